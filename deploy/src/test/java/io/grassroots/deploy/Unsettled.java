package io.grassroots.deploy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;

/**
 * Why a fault row's acknowledged writes are not all in the read models: which kind is missing from which
 * model (with a few keys), the outbox rows each service has not published, and how far each consuming
 * group is behind the topics it reads. Printed when a row does not settle, so that a rare failure says
 * where the writes stopped.
 */
final class Unsettled {
    private static final List<String> OUTBOXES = List.of(Service.INSPECTION, Service.SHARE, Service.ASSESSMENT);

    private Unsettled() {
    }

    /** The diagnosis as one line per finding; what could not be found out is said, not thrown. */
    static String diagnose(RunningStack stack, FaultLoad load) {
        try {
            return findings(stack, load);
        } catch (Exception e) {
            // A row that does not settle may have the database or the broker away: its own failure must still show.
            return "diagnosis failed: " + e;
        }
    }

    private static String findings(RunningStack stack, FaultLoad load) throws Exception {
        List<String> lines = new ArrayList<>();
        for (WriteKind kind : WriteKind.values()) {
            List<String> keys = load.acknowledged(kind);
            for (WriteKind.ReadModel model : kind.readModels) {
                Set<String> missing = new HashSet<>(keys);
                missing.removeAll(Fault.foundKeys(stack, model.module(), model.query(), keys));
                if (!missing.isEmpty()) {
                    lines.add(kind + " missing from the " + model.name() + ": " + missing.size() + " of "
                            + new HashSet<>(keys).size() + ", e.g. " + missing.stream().limit(3).toList());
                }
            }
        }
        for (String module : OUTBOXES) {
            lines.add(module + " outbox: " + outbox(stack, module));
        }
        String bootstrap = stack.stack.broker().bootstrapServers();
        for (Map.Entry<String, List<String>> group : ConsumerGroups.topicsByGroup().entrySet()) {
            Map<String, Long> behind = ConsumerGroups.behind(bootstrap, group.getKey(), group.getValue());
            lines.add("group " + group.getKey() + " behind: " + (behind.isEmpty() ? "none" : behind));
        }
        lines.add("dead letters: " + deadLetters(bootstrap));
        return String.join("\n", lines);
    }

    /** The records on each dead-letter topic (a consumer that gave events up shows here). */
    private static Map<String, Long> deadLetters(String bootstrap) {
        Map<String, Long> counts = new TreeMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = TopicAudit.readCommitted(bootstrap)) {
            List<String> topics = consumer.listTopics(Duration.ofSeconds(10)).keySet().stream()
                    .filter(topic -> topic.startsWith("dead-letter.")).toList();
            List<TopicPartition> partitions = TopicAudit.partitions(consumer, topics);
            consumer.endOffsets(partitions, Duration.ofSeconds(10))
                    .forEach((partition, end) -> counts.merge(partition.topic(), end, Long::sum));
        }
        return counts;
    }

    /** Unpublished and parked rows of a service's outbox, with the oldest unpublished row's topic and age. */
    private static String outbox(RunningStack stack, String module) throws Exception {
        String query = "select count(*) filter (where published_at is null and parked_at is null), "
                + "count(*) filter (where parked_at is not null and published_at is null), "
                + "min(id) filter (where published_at is null and parked_at is null), "
                + "(select topic || ' ' || (now() - created_at) from outbox_event "
                + "where published_at is null and parked_at is null order by id limit 1) from outbox_event";
        try (Connection c = stack.database(module);
                PreparedStatement ps = c.prepareStatement(query);
                ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1) + " unpublished, " + rs.getLong(2) + " parked, oldest unpublished id "
                    + rs.getString(3) + " (" + rs.getString(4) + ")";
        }
    }
}
