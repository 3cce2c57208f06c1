package io.grassroots.platform.inbox;

import io.grassroots.platform.trace.EventTrace;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.reactive.messaging.kafka.KafkaRecord;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import io.smallrye.reactive.messaging.kafka.api.IncomingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * Applies the records of one poll (a channel with {@code batch=true}) in one transaction, so a busy
 * consumer pays one commit for many events instead of one each. The guarantees are those of
 * {@link EventDelivery}: each record is applied in order (a partition's records come in offset order,
 * so a key's events keep theirs), its effect and its {@link Inbox} record commit together (an event
 * seen before, in an earlier batch or earlier in this one, has no second effect), and the offsets are
 * acknowledged only after the commit. If the batch's transaction fails, nothing of it is kept and its
 * records are applied again one by one through {@link EventDelivery}: passing failures are retried
 * there, and a record that cannot be applied is dead-lettered alone (nacked) while the others commit.
 * The whole batch goes to one effect, so that a consumer writes it in a few statements rather than a few
 * per record; each record still has its own span, in which its "applied" line is logged once the batch has
 * committed, as a record applied alone has.
 */
@ApplicationScoped
public class BatchDelivery {
    private static final Logger LOG = Logger.getLogger(BatchDelivery.class);

    @Inject
    EventDelivery delivery;
    @Inject
    Inbox inbox;
    @Inject
    TransactionSynchronizationRegistry transactions;

    /**
     * Applies the batch (see above) and returns its acknowledgement: once it completes, the channel's commit
     * strategy may commit the offsets of the batch's last records. The batch's first deliveries go to the
     * effect at once, in offset order, after one inbox statement for them all; the fallback hands the effect
     * one record at a time.
     */
    public CompletionStage<Void> applyTogether(KafkaRecordBatch<String, String> batch,
            Consumer<List<Delivered>> effect) {
        List<ConsumerRecord<String, String>> records = batch.getRecords().stream().map(BatchDelivery::consumerRecord)
                .toList();
        if (records.isEmpty()) {
            return batch.ack();
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> applyTogether(records, effect));
            LOG.debugf("%d events of %s applied in one transaction", records.size(), records.get(0).topic());
        } catch (RuntimeException e) {
            LOG.infof("a batch of %d events of %s was not applied in one transaction (%s); applying them one by one",
                    records.size(), records.get(0).topic(), e.toString());
            oneByOne(batch, incoming -> effect.accept(firstDeliveries(
                    List.of(new Delivered(incoming, EventTrace.current())))));
        }
        return batch.ack();
    }

    /**
     * Reads each record in its own span, records the batch in the inbox and applies its first deliveries;
     * each record's span stays open until the transaction ends and then logs, in it, that the record was
     * applied (after a commit only).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void applyTogether(List<ConsumerRecord<String, String>> records, Consumer<List<Delivered>> effect) {
        BatchSpans spans = new BatchSpans();
        // Registered first: every span ends with the transaction, even if reading a record fails.
        transactions.registerInterposedSynchronization(spans);
        List<Delivered> read = new ArrayList<>(records.size());
        for (ConsumerRecord<String, String> record : records) {
            read.add(spans.read(delivery, record));
        }
        List<Delivered> first = firstDeliveries(read);
        spans.firstDeliveries(first);
        effect.accept(first);
    }

    private List<Delivered> firstDeliveries(List<Delivered> read) {
        Set<IncomingEvent> first = Collections.newSetFromMap(new IdentityHashMap<>());
        first.addAll(inbox.firstDeliveries(read.stream().map(Delivered::incoming).toList()));
        return read.stream().filter(d -> first.contains(d.incoming())).toList();
    }

    /**
     * Each record in a transaction of its own, as a channel without batches does; one that gives up is
     * sent to the dead-letter topic by nacking it alone (nacking the batch would send them all).
     */
    private void oneByOne(KafkaRecordBatch<String, String> batch, Consumer<IncomingEvent> effect) {
        for (KafkaRecord<String, String> message : batch.getRecords()) {
            try {
                delivery.apply(consumerRecord(message), effect);
            } catch (RuntimeException e) {
                LOG.warnf("%s-%d@%d goes to the dead-letter topic: %s", message.getTopic(), message.getPartition(),
                        consumerRecord(message).offset(), e.getMessage());
                // Waited for: the batch is acknowledged only once it is on the dead-letter topic.
                message.nack(e).toCompletableFuture().join();
            }
        }
    }

    private static ConsumerRecord<String, String> consumerRecord(KafkaRecord<String, String> message) {
        @SuppressWarnings("unchecked")
        IncomingKafkaRecordMetadata<String, String> metadata = message.getMetadata(IncomingKafkaRecordMetadata.class)
                .orElseThrow(() -> new IllegalStateException("a batch record without its Kafka metadata"));
        return metadata.getRecord();
    }
}
