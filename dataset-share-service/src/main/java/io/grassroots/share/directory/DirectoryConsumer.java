package io.grassroots.share.directory;

import io.grassroots.events.Topics;
import io.grassroots.events.calendar.CalendarPublishedV1;
import io.grassroots.events.directory.DepartmentUpsertedV1;
import io.grassroots.events.directory.UnitUpsertedV1;
import io.grassroots.platform.inbox.BatchDelivery;
import io.grassroots.platform.inbox.Delivered;
import io.grassroots.share.calendar.CalendarService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Keeps the local copy of units and departments from the compacted directory topic. An upsert is
 * its own idempotence: the same event twice leaves the same row. Official calendars travel on the
 * same topic and go to the calendar feature; every event is applied once through the inbox.
 */
@ApplicationScoped
public class DirectoryConsumer {
    @Inject
    DirectoryRows rows;
    @Inject
    DirectoryCache cache;
    @Inject
    CalendarService calendars;

    @Inject
    BatchDelivery batches;

    /**
     * A poll of the directory in one transaction ({@link BatchDelivery}): a fresh stack or a replay reads
     * tens of thousands of units, which one commit each made a matter of minutes.
     */
    @Incoming(Topics.DIRECTORY)
    @Blocking
    public CompletionStage<Void> onDirectory(KafkaRecordBatch<String, String> batch) {
        return batches.applyTogether(batch, this::apply);
    }

    /**
     * Applies a poll's first deliveries: its units and its departments each in one statement, the later event
     * of a code or id winning (the poll is in offset order), and its calendars one by one.
     */
    void apply(List<Delivered> delivered) {
        Map<String, UnitUpsertedV1> units = new LinkedHashMap<>();
        Map<String, DepartmentUpsertedV1> departments = new LinkedHashMap<>();
        for (Delivered d : delivered) {
            if (d.incoming().event() instanceof UnitUpsertedV1 u) {
                units.put(u.code(), u);
            } else if (d.incoming().event() instanceof DepartmentUpsertedV1 department) {
                departments.put(department.id(), department);
            } else if (d.incoming().event() instanceof CalendarPublishedV1 c) {
                calendars.apply(c);
            }
        }
        rows.units(units.values());
        rows.departments(departments.values());
        departments.keySet().forEach(cache::forgetDepartment);
    }
}
