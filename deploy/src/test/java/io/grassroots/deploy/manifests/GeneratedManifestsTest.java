package io.grassroots.deploy.manifests;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Each service's generated manifests (target/kubernetes after package) parse strictly and are fit for production. */
class GeneratedManifestsTest {
    static List<String> services() {
        return Manifests.SERVICES;
    }

    private static List<HasMetadata> generated(String service) {
        Path file = Manifests.generated(service);
        assertTrue(Files.exists(file), file + " is missing: package " + service + " first (the reactor does)");
        return Manifests.parseAll(file);
    }

    private static <T> T only(List<HasMetadata> resources, Class<T> kind) {
        List<T> found = resources.stream().filter(kind::isInstance).map(kind::cast).toList();
        assertEquals(1, found.size(), "one " + kind.getSimpleName() + " expected");
        return found.get(0);
    }

    @ParameterizedTest
    @MethodSource("services")
    void deploymentProbesResourcesAndNoLocalDefaults(String service) {
        Deployment deployment = only(generated(service), Deployment.class);
        Container container = deployment.getSpec().getTemplate().getSpec().getContainers().get(0);
        assertAll(
                () -> assertEquals("/q/health/live", container.getLivenessProbe().getHttpGet().getPath()),
                () -> assertEquals("/q/health/ready", container.getReadinessProbe().getHttpGet().getPath()),
                () -> assertEquals("/q/health/started", container.getStartupProbe().getHttpGet().getPath()),
                () -> assertNotNull(container.getResources().getRequests().get("memory"), "memory request"),
                () -> assertNotNull(container.getResources().getLimits().get("memory"), "memory limit"),
                () -> assertTrue(deployment.getSpec().getReplicas() >= 2, "two instances at least"),
                () -> assertTrue(deployment.getSpec().getTemplate().getSpec().getInitContainers().isEmpty(),
                        "no init container waiting for a migration Job"));
        for (EnvVar env : container.getEnv()) {
            String value = env.getValue() == null ? "" : env.getValue();
            assertFalse(value.contains("127.0.0.1") || value.contains(".local/") || value.isBlank() && env
                    .getValueFrom() == null, service + " leaks a local default: " + env.getName() + "=" + value);
            assertFalse(env.getName().startsWith("QUARKUS_FLYWAY"), "migrations stay on: " + env.getName());
        }
    }

    @ParameterizedTest
    @MethodSource("services")
    void credentialsComeFromSecrets(String service) {
        Container container = only(generated(service), Deployment.class).getSpec().getTemplate().getSpec()
                .getContainers().get(0);
        Set<String> fromSecrets = container.getEnv().stream()
                .filter(e -> e.getValueFrom() != null && e.getValueFrom().getSecretKeyRef() != null)
                .map(EnvVar::getName).collect(Collectors.toSet());
        if (!service.equals("web")) {
            assertTrue(fromSecrets.containsAll(Set.of("PGUSER", "PGPASSWORD")), service + ": " + fromSecrets);
        }
        if (Manifests.KAFKA_SERVICES.contains(service)) {
            assertTrue(fromSecrets.contains("KAFKA_SASL_JAAS_CONFIG"), service + ": " + fromSecrets);
        }
        assertTrue(container.getVolumeMounts().stream().anyMatch(m -> m.getName().equals("jwt-keys")),
                "the JWT keys secret is mounted");
    }

    @ParameterizedTest
    @MethodSource("services")
    void onlyWhatProductionNeeds(String service) {
        Set<String> kinds = generated(service).stream().map(HasMetadata::getKind).collect(Collectors.toSet());
        assertFalse(kinds.contains("Job"), "no Flyway init Job");
        assertFalse(kinds.contains("ServiceMonitor"), "no ServiceMonitor unless configured");
        assertEquals(service.equals("gateway"), kinds.contains("Ingress"), "an Ingress for the gateway only");
    }

    @ParameterizedTest
    @MethodSource("services")
    void scalesBetweenTwoAndSixAndKeepsOneThroughDisruptions(String service) {
        List<HasMetadata> resources = generated(service);
        HorizontalPodAutoscaler hpa = only(resources, HorizontalPodAutoscaler.class);
        PodDisruptionBudget pdb = only(resources, PodDisruptionBudget.class);
        assertAll(
                () -> assertEquals(2, hpa.getSpec().getMinReplicas()),
                () -> assertEquals(6, hpa.getSpec().getMaxReplicas()),
                () -> assertEquals(service, hpa.getSpec().getScaleTargetRef().getName()),
                () -> assertEquals(1, pdb.getSpec().getMinAvailable().getIntVal()),
                () -> assertEquals(service,
                        pdb.getSpec().getSelector().getMatchLabels().get("app.kubernetes.io/name")));
    }

    @ParameterizedTest
    @MethodSource("services")
    void onlyTheGatewayReachesTheServices(String service) {
        NetworkPolicy policy = only(generated(service), NetworkPolicy.class);
        assertEquals(service, policy.getSpec().getPodSelector().getMatchLabels().get("app.kubernetes.io/name"));
        List<NetworkPolicyPeer> peers = policy.getSpec().getIngress().stream()
                .flatMap(rule -> rule.getFrom().stream()).toList();
        Set<String> pods = peers.stream().filter(p -> p.getPodSelector() != null)
                .map(p -> p.getPodSelector().getMatchLabels().get("app.kubernetes.io/name"))
                .collect(Collectors.toSet());
        if (service.equals("gateway")) {
            assertEquals(Set.of("web"), pods, "the console reaches the gateway");
            assertTrue(peers.stream().anyMatch(p -> p.getNamespaceSelector() != null), "and the ingress controller");
        } else {
            assertEquals(Set.of("gateway"), pods);
            assertTrue(peers.stream().allMatch(p -> p.getNamespaceSelector() == null && p.getIpBlock() == null),
                    "nothing but the gateway: " + peers);
        }
    }
}
