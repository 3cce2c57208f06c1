package io.grassroots.deploy.manifests;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/** Reads manifests and parses them strictly with the fabric8 Kubernetes model: an unknown field fails. */
final class Manifests {
    /** The services whose build generates manifests and a chart (quarkus-kubernetes, quarkus-helm). */
    static final List<String> SERVICES = List.of("inspection-service", "dataset-share-service", "assessment-service",
            "web", "gateway");
    /** The services that publish to or consume from Kafka. */
    static final List<String> KAFKA_SERVICES = List.of("inspection-service", "dataset-share-service",
            "assessment-service");

    // Not platform JSON: these mappers read Kubernetes manifests (YAML), and STRICT must refuse an
    // unknown field (a misspelt key in a manifest), the opposite of PlatformJson, which ignores a field a
    // newer producer added. So they stay local rather than taking PlatformJson.
    private static final YAMLMapper YAML = new YAMLMapper(new YAMLFactory());
    private static final KubernetesSerialization STRICT = new KubernetesSerialization(
            new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES), true);

    private Manifests() {
    }

    /** The repository's root: surefire runs in the deploy module's directory. */
    static Path root() {
        Path here = Path.of("").toAbsolutePath();
        return Files.exists(here.resolve("deploy/kubernetes")) ? here : here.getParent();
    }

    static Path handWritten() {
        return root().resolve("deploy/kubernetes");
    }

    static Path generated(String service) {
        return root().resolve(service).resolve("target/kubernetes/kubernetes.yml");
    }

    /** Every YAML document of a file as a tree, empty ones (a leading comment) left out. */
    static List<ObjectNode> documents(Path file) {
        try {
            return documents(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<ObjectNode> documents(String yaml) {
        try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
            List<ObjectNode> docs = new ArrayList<>();
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc instanceof ObjectNode object && !object.isEmpty()) {
                    docs.add(object);
                }
            }
            return docs;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The hand-written manifests, every *.yaml under deploy/kubernetes except the CRDs themselves. */
    static List<Path> handWrittenFiles() {
        try (Stream<Path> files = Files.walk(handWritten())) {
            return files.filter(f -> f.toString().endsWith(".yaml"))
                    .filter(f -> !f.startsWith(handWritten().resolve("crds"))).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Parses one document with the model; a kind it has no class for (a custom resource) becomes a
     * GenericKubernetesResource, whose metadata is still parsed strictly.
     */
    static HasMetadata parse(ObjectNode doc) {
        KubernetesResource resource = STRICT.convertValue(doc, KubernetesResource.class);
        if (!(resource instanceof HasMetadata parsed)) {
            throw new IllegalArgumentException("not a Kubernetes resource: " + doc.path("kind"));
        }
        List<String> unknown = new ArrayList<>();
        unknownFields(parsed, parsed.getKind() + " " + parsed.getMetadata().getName(), unknown);
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("unknown fields: " + unknown);
        }
        return parsed;
    }

    static List<HasMetadata> parseAll(Path file) {
        return documents(file).stream().map(Manifests::parse).toList();
    }

    /**
     * The model keeps fields it does not know in each object's additionalProperties instead of failing,
     * whatever the ObjectMapper says: walk the tree and report every one.
     */
    private static void unknownFields(Object value, String path, List<String> unknown) {
        if (value == null) {
            return;
        }
        if (value instanceof Collection<?> items) {
            int i = 0;
            for (Object item : items) {
                unknownFields(item, path + "[" + i++ + "]", unknown);
            }
            return;
        }
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> unknownFields(v, path + "." + k, unknown));
            return;
        }
        if (!value.getClass().getName().startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        if (value instanceof GenericKubernetesResource generic) {
            unknownFields(generic.getMetadata(), path + ".metadata", unknown);
            return;
        }
        for (Method getter : value.getClass().getMethods()) {
            if (getter.getParameterCount() != 0 || Modifier.isStatic(getter.getModifiers())
                    || !getter.getName().startsWith("get") || getter.getDeclaringClass() == Object.class) {
                continue;
            }
            Object field = invoke(getter, value);
            if (getter.getName().equals("getAdditionalProperties")) {
                if (field instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    unknown.add(path + ": " + extra.keySet());
                }
            } else {
                unknownFields(field, path + "." + getter.getName().substring(3), unknown);
            }
        }
    }

    private static Object invoke(Method getter, Object target) {
        try {
            return getter.invoke(target);
        } catch (IllegalAccessException | InvocationTargetException e) {
            return null;
        }
    }
}
