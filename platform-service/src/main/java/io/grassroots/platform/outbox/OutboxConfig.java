package io.grassroots.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** How the outbox relay publishes, and to which topics. */
@ConfigMapping(prefix = "outbox")
public interface OutboxConfig {
    @WithDefault("500")
    int batchSize();

    /**
     * Whether this instance publishes its outbox. Off for an instance that rebuilds a read model from
     * the topics beside the live one: what it derives is the live instance's to publish, not its own.
     */
    @WithDefault("true")
    boolean relayEnabled();

    /**
     * How often the relay looks for waiting rows whatever woke it (OutboxRelay's schedule reads this key): rows
     * no commit of this instance woke it for, and those a failed run left. A duration (the schedule's "off" is
     * not one: {@link #relayEnabled()} turns the relay off).
     */
    @WithDefault("1s")
    Duration interval();

    /**
     * How long after a commit that wrote events the relay starts publishing them: the commits within it go
     * out together. Before, only the relay's 1 s schedule published them: a second's events at once, a burst
     * that stalled the service's consumers beside it (#19); the schedule remains for rows no commit here woke
     * it for (another instance's, bulk seeding's).
     */
    @WithDefault("0.1s")
    Duration wakeDelay();

    /** The topics this service publishes, created before the first event goes out. */
    List<String> topics();

    /** Of those, the topics whose latest record per key is the state (e.g. the directory): compacted. */
    Optional<List<String>> compactedTopics();

    /** How long the broker may take to answer one request (and to give the producer its metadata). */
    @WithDefault("5s")
    Duration requestTimeout();

    /**
     * The longest a send may take to end in an acknowledgement or a failure (Kafka's delivery.timeout.ms):
     * the relay waits that long for every send of a batch, and only a failed send is sent again.
     */
    @WithDefault("15s")
    Duration deliveryTimeout();

    /**
     * How long a published event stays in the outbox table: its copy on the topic is what consumers and replays
     * read, so the row only serves an operator looking back. Older ones are deleted ({@link OutboxPruner}).
     */
    @WithDefault("P7D")
    Duration keepPublished();

    /** Topic replication: 1 on a single broker, 3 on a production cluster. */
    @WithDefault("1")
    short replicationFactor();

    @WithDefault("3")
    int partitions();

    /**
     * The largest event (its JSON, in bytes) this outbox takes: a plan over a whole country lists some
     * 600,000 units, about 9 MB. {@link Outbox} refuses a larger event, so its transaction rolls back;
     * the producer and the topics allow this plus {@link #ENVELOPE_BYTES}.
     */
    @WithDefault("16777216")
    int maxEventBytes();

    /** Room for a record's key, CloudEvents headers and batch framing on top of the event itself. */
    int ENVELOPE_BYTES = 64 * 1024;

    /** What the producer sends (max.request.size) and the topics take (max.message.bytes): one whole record. */
    default int maxRecordBytes() {
        return Math.addExact(maxEventBytes(), ENVELOPE_BYTES);
    }
}
