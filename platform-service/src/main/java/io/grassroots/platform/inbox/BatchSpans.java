package io.grassroots.platform.inbox;

import io.grassroots.platform.trace.EventTrace;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.jboss.logging.Logger;

/**
 * The spans of a batch applied together, one per record, open until the batch's transaction ends: then
 * each record's outcome is logged in its own span (its trace and request id in the MDC, as
 * {@link EventDelivery} logs a record applied alone), but only once it is true (after the commit), and
 * every span ends, whether the transaction committed or not.
 */
final class BatchSpans implements Synchronization {
    private static final Logger LOG = Logger.getLogger(BatchSpans.class);

    /** A record's span and what was read in it (null if the record could not be read). */
    private static final class Entry {
        final RecordSpan span;
        Delivered delivered;

        Entry(RecordSpan span) {
            this.span = span;
        }
    }

    private final List<Entry> entries = new ArrayList<>();
    private final Set<Delivered> first = Collections.newSetFromMap(new IdentityHashMap<>());

    /** Opens the record's span, kept until the transaction ends, and reads the record in it. */
    Delivered read(EventDelivery delivery, ConsumerRecord<String, String> record) {
        Entry entry = new Entry(delivery.open(record));
        entries.add(entry);
        entry.span.run(span -> entry.delivered = new Delivered(delivery.read(record, span), EventTrace.current()));
        return entry.delivered;
    }

    /** The records read here that the inbox saw for the first time (the others are redeliveries). */
    void firstDeliveries(Collection<Delivered> delivered) {
        first.addAll(delivered);
    }

    @Override
    public void beforeCompletion() {
    }

    @Override
    public void afterCompletion(int status) {
        boolean committed = status == Status.STATUS_COMMITTED;
        for (Entry entry : entries) {
            try (RecordSpan span = entry.span) {
                if (!committed) {
                    span.note("the batch's transaction rolled back");
                } else if (entry.delivered != null) {
                    IncomingEvent incoming = entry.delivered.incoming();
                    span.run(s -> {
                        if (first.contains(entry.delivered)) {
                            LOG.debugf("%s %s applied (a batch of %d in one transaction)", incoming.type(),
                                    incoming.id(), entries.size());
                        } else {
                            LOG.debugf("%s %s was delivered before; not applied again", incoming.type(),
                                    incoming.id());
                        }
                    });
                }
            } catch (RuntimeException e) {
                LOG.warnf("a batch's span not closed cleanly: %s", e.toString());
            }
        }
    }
}
