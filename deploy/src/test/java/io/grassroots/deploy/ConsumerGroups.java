package io.grassroots.deploy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.GroupState;
import org.apache.kafka.common.TopicPartition;

/**
 * Where the platform's consumer groups stand on their topics, as Kafka's admin client sees them. The
 * outboxes publish in transactions, so a partition ends with a commit marker that no consumer is ever
 * handed: a group is at the end of a partition when its committed offset is past the partition's last
 * record a read-committed consumer sees, not when it equals the partition's end offset.
 */
final class ConsumerGroups {
    private ConsumerGroups() {
    }

    /**
     * For each partition of the topics where the group's committed offset is short of the offset after the
     * partition's last committed record: how far short (in offsets, commit markers included). Empty when
     * the group has committed past everything.
     */
    static Map<String, Long> behind(String bootstrap, String group, Collection<String> topics) throws Exception {
        Map<TopicPartition, Long> ends = endsOfRecords(bootstrap, topics);
        Map<TopicPartition, OffsetAndMetadata> committed;
        try (Admin admin = admin(bootstrap)) {
            committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        }
        Map<String, Long> behind = new TreeMap<>();
        ends.forEach((partition, end) -> {
            OffsetAndMetadata at = committed.get(partition);
            long position = at == null ? 0 : at.offset();
            if (position < end) {
                behind.put(partition.toString(), end - position);
            }
        });
        return behind;
    }

    /** The group's lag over the topics, summed: 0 when it has committed past every record. */
    static long lag(String bootstrap, String group, Collection<String> topics) throws Exception {
        return behind(bootstrap, group, topics).values().stream().mapToLong(Long::longValue).sum();
    }

    /** The ids of the group's members that hold partitions now. */
    static Set<String> assignedMembers(String bootstrap, String group) throws Exception {
        try (Watch watch = new Watch(bootstrap)) {
            return watch.assignedMembers(group);
        }
    }

    /** Offsets short of the given ends (from {@link #endsOfRecords}), summed over the partitions. */
    static long behind(Map<TopicPartition, Long> ends, Map<TopicPartition, OffsetAndMetadata> committed) {
        long behind = 0;
        for (Map.Entry<TopicPartition, Long> end : ends.entrySet()) {
            OffsetAndMetadata at = committed.get(end.getKey());
            behind += Math.max(0, end.getValue() - (at == null ? 0 : at.offset()));
        }
        return behind;
    }

    /** One admin client for quick repeated questions about a group (each a round trip or two). */
    static final class Watch implements AutoCloseable {
        private final Admin admin;

        Watch(String bootstrap) {
            admin = admin(bootstrap);
        }

        /** The ids of the group's members that hold partitions now (none while it rebalances). */
        Set<String> assignedMembers(String group) throws Exception {
            ConsumerGroupDescription description = admin.describeConsumerGroups(List.of(group)).describedGroups()
                    .get(group).get();
            if (description.groupState() != GroupState.STABLE) {
                return Set.of();
            }
            return description.members().stream().filter(m -> !m.assignment().topicPartitions().isEmpty())
                    .map(MemberDescription::consumerId).collect(Collectors.toSet());
        }

        /** The group's committed offsets. */
        Map<TopicPartition, OffsetAndMetadata> committed(String group) throws Exception {
            return admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
        }

        @Override
        public void close() {
            admin.close();
        }
    }

    /** The topics each group of the platform consumes (Poison.READERS turned round). */
    static Map<String, List<String>> topicsByGroup() {
        Map<String, List<String>> topics = new TreeMap<>();
        Poison.READERS.forEach((topic, readers) -> readers.subList(1, readers.size())
                .forEach(group -> topics.computeIfAbsent(group, g -> new ArrayList<>()).add(topic)));
        topics.values().forEach(list -> list.sort(null));
        return topics;
    }

    private static Admin admin(String bootstrap) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap));
    }

    /** For each partition: the offset after its last record a read-committed consumer is handed (0 if none). */
    static Map<TopicPartition, Long> endsOfRecords(String bootstrap, Collection<String> topics) {
        Map<TopicPartition, Long> ends = new HashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = TopicAudit.readCommitted(bootstrap)) {
            List<TopicPartition> partitions = TopicAudit.partitions(consumer, topics);
            Map<TopicPartition, Long> first = consumer.beginningOffsets(partitions, Duration.ofSeconds(10));
            // For a read-committed consumer: the last stable offset, past which nothing is handed out yet.
            Map<TopicPartition, Long> last = consumer.endOffsets(partitions, Duration.ofSeconds(10));
            for (TopicPartition partition : partitions) {
                ends.put(partition, lastRecordEnd(consumer, partition, first.get(partition), last.get(partition)));
            }
        }
        return ends;
    }

    /** Reads back from the end, further each time, until a record turns up or the start is reached. */
    private static long lastRecordEnd(KafkaConsumer<byte[], byte[]> consumer, TopicPartition partition, long first,
            long end) {
        consumer.assign(List.of(partition));
        for (long window = 16;; window *= 4) {
            long from = Math.max(first, end - window);
            consumer.seek(partition, from);
            long lastRecord = -1;
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (consumer.position(partition) < end) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException(partition + " could not be read to its end within 30 s");
                }
                for (ConsumerRecord<byte[], byte[]> r : consumer.poll(Duration.ofMillis(200))) {
                    if (r.offset() < end) {
                        lastRecord = Math.max(lastRecord, r.offset());
                    }
                }
            }
            if (lastRecord >= 0) {
                return lastRecord + 1;
            }
            if (from == first) {
                return first;
            }
        }
    }
}
