package io.grassroots.platform.outbox;

import io.smallrye.common.annotation.Identifier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Stream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.RetriableException;
import org.jboss.logging.Logger;

/**
 * Creates the topics this service publishes, and its relay's progress topic, before the first event
 * goes out: compacted ones keep
 * the latest record per key, the event topics keep their history. Every one takes records up to
 * the outbox's limit (max.message.bytes); an existing topic with a lower limit is raised to it.
 */
@ApplicationScoped
public class TopicProvisioner {
    private static final Logger LOG = Logger.getLogger(TopicProvisioner.class);

    @Inject
    @Identifier("default-kafka-broker")
    Map<String, Object> kafka;
    @Inject
    OutboxConfig config;
    @Inject
    RelayProgress progress;

    private volatile boolean done;

    /** True once the topics exist and take the outbox's records; false (to retry) while the broker is away. */
    public boolean ensureTopics() {
        return done || provision();
    }

    /** Creates missing topics and raises a lower record limit, whether or not this was done before. */
    public boolean provision() {
        Map<String, Object> props = new HashMap<>(KafkaConnection.of(kafka));
        props.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5000);
        props.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 8000);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get(10, TimeUnit.SECONDS);
            List<NewTopic> missing = wanted().stream().filter(t -> !existing.contains(t.name())).toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get(15, TimeUnit.SECONDS);
            }
            raiseLimits(admin, config.topics().stream().filter(existing::contains).toList());
            done = true;
            return true;
        } catch (ExecutionException | TimeoutException e) {
            LOG.warnf("Kafka topics not ready yet (%s); will retry", e.getMessage());
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /**
     * A topic made before the limit was raised (or by hand, or by the broker's defaults) would refuse a
     * large event with RecordTooLargeException and park it: its max.message.bytes is raised, never lowered.
     */
    private void raiseLimits(Admin admin, Collection<String> topics)
            throws ExecutionException, TimeoutException, InterruptedException {
        if (topics.isEmpty()) {
            return;
        }
        String limit = String.valueOf(config.maxRecordBytes());
        try {
            Map<ConfigResource, Config> configs = admin.describeConfigs(topics.stream()
                    .map(t -> new ConfigResource(ConfigResource.Type.TOPIC, t)).toList())
                    .all().get(10, TimeUnit.SECONDS);
            Map<ConfigResource, Collection<AlterConfigOp>> raises = new HashMap<>();
            configs.forEach((resource, topicConfig) -> {
                ConfigEntry entry = topicConfig.get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG);
                if (entry == null || entry.value() == null || Long.parseLong(entry.value()) < config.maxRecordBytes()) {
                    LOG.infof("raising max.message.bytes of topic %s from %s to %s", resource.name(),
                            entry == null ? "the broker's default" : entry.value(), limit);
                    raises.put(resource, List.of(new AlterConfigOp(
                            new ConfigEntry(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, limit), AlterConfigOp.OpType.SET)));
                }
            });
            if (!raises.isEmpty()) {
                admin.incrementalAlterConfigs(raises).all().get(15, TimeUnit.SECONDS);
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RetriableException) {
                throw e;
            }
            // Not allowed here (ACLs, a policy): the topics are someone else's to change. Events go on;
            // one over a topic's limit is parked with the reason, for an operator to see.
            LOG.warnf("could not make sure topics %s take records of %s bytes (%s): larger events will be parked",
                    topics, limit, e.getCause());
        }
    }

    private List<NewTopic> wanted() {
        List<String> compacted = config.compactedTopics().orElse(List.of());
        // One partition: the relay's transactions follow one another, and only the latest record counts.
        NewTopic progressTopic = new NewTopic(progress.topic(), 1, config.replicationFactor()).configs(Map.of(
                TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        return Stream.concat(Stream.of(progressTopic), config.topics().stream().sorted().map(topic -> {
            Map<String, String> configs = new HashMap<>();
            configs.put(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(config.maxRecordBytes()));
            if (compacted.contains(topic)) {
                configs.put(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT);
            }
            return new NewTopic(topic, config.partitions(), config.replicationFactor()).configs(configs);
        })).toList();
    }
}
