package io.grassroots.deploy.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.marcnuri.helm.Helm;
import com.marcnuri.helm.LintResult;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service's chart (target/helm) lints and renders with Helm's own library, and what it renders parses strictly. */
class HelmTemplateTest {
    private static final Set<String> KINDS = Set.of("Deployment", "Service", "HorizontalPodAutoscaler",
            "PodDisruptionBudget", "NetworkPolicy");

    static List<String> services() {
        return Manifests.SERVICES;
    }

    private static Path chart(String service) {
        Path chart = Manifests.root().resolve(service).resolve("target/helm/kubernetes").resolve(service);
        assertTrue(Files.exists(chart.resolve("Chart.yaml")), chart + " is missing: package " + service + " first");
        return chart;
    }

    @ParameterizedTest
    @MethodSource("services")
    void chartLints(String service) {
        LintResult lint = new Helm(chart(service)).lint().strict().call();
        assertFalse(lint.isFailed(), service + " chart lint: " + lint.getMessages());
    }

    @ParameterizedTest
    @MethodSource("services")
    void chartRenders(String service) {
        String rendered = new Helm(chart(service)).template().withName(service).call();
        List<HasMetadata> resources = Manifests.documents(rendered).stream().map(Manifests::parse).toList();
        Set<String> kinds = resources.stream().map(HasMetadata::getKind).collect(Collectors.toSet());
        assertTrue(kinds.containsAll(KINDS), service + " renders " + kinds + ", not all of " + KINDS);
        HasMetadata deployment = resources.stream()
                .filter(r -> r.getKind().equals("Deployment"))
                .findFirst()
                .orElseThrow();
        assertEquals(service, deployment.getMetadata().getName(), "the Deployment is named for the service");
    }

    /** The check can fail: a chart whose template calls an unknown function does not lint. */
    @Test
    void brokenChartFailsLint(@TempDir Path chart) throws IOException {
        Files.writeString(chart.resolve("Chart.yaml"), "apiVersion: v2\nname: broken\nversion: 0.1.0\n");
        Files.createDirectory(chart.resolve("templates"));
        Files.writeString(chart.resolve("templates/cm.yaml"),
                "kind: ConfigMap\ndata: {{ .Values.x | nosuchfunction }}\n");
        LintResult lint = new Helm(chart).lint().strict().call();
        assertTrue(lint.isFailed(), "a broken chart fails lint: " + lint.getMessages());
    }
}
