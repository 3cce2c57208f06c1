package io.grassroots.deploy.manifests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service's chart (target/helm) renders with `helm template`, and what it renders parses strictly. */
class HelmTemplateTest {
    static List<String> services() {
        return Manifests.SERVICES;
    }

    private static boolean helmPresent() {
        String path = System.getenv().getOrDefault("PATH", "");
        for (String dir : path.split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "helm"))) {
                return true;
            }
        }
        return false;
    }

    @ParameterizedTest
    @MethodSource("services")
    void chartRenders(String service) throws IOException, InterruptedException {
        assumeTrue(helmPresent(), "helm is not installed here: the chart's rendering is not checked");
        Path chart = Manifests.root().resolve(service).resolve("target/helm/kubernetes").resolve(service);
        assertTrue(Files.exists(chart.resolve("Chart.yaml")), chart + " is missing: package " + service + " first");
        Process helm = new ProcessBuilder("helm", "template", service, chart.toString())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        String rendered = new String(helm.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(helm.waitFor(60, TimeUnit.SECONDS), "helm template finished");
        assertEquals(0, helm.exitValue(), "helm template exit code");
        List<HasMetadata> resources = Manifests.documents(rendered).stream().map(Manifests::parse).toList();
        assertTrue(resources.stream().anyMatch(r -> r.getKind().equals("Deployment")), "a Deployment");
    }
}
