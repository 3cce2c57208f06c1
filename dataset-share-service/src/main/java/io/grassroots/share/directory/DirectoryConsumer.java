package io.grassroots.share.directory;

import io.grassroots.events.Topics;
import io.grassroots.events.calendar.CalendarPublishedV1;
import io.grassroots.events.directory.DepartmentUpsertedV1;
import io.grassroots.events.directory.UnitUpsertedV1;
import io.grassroots.platform.inbox.BatchDelivery;
import io.grassroots.platform.inbox.IncomingEvent;
import io.grassroots.share.calendar.CalendarService;
import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;
import java.util.concurrent.CompletionStage;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import java.util.ArrayList;

/**
 * Keeps the local copy of units and departments from the compacted directory topic. An upsert is
 * its own idempotence: the same event twice leaves the same row. Official calendars travel on the
 * same topic and go to the calendar feature; every event is applied once through the inbox.
 */
@ApplicationScoped
public class DirectoryConsumer {
    @Inject
    EntityManager em;
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
        return batches.applyTogether(batch, delivered -> delivered.forEach(d -> apply(d.incoming())));
    }

    private void apply(IncomingEvent incoming) {
        if (incoming.event() instanceof UnitUpsertedV1 u) {
            LocalUnit unit = em.find(LocalUnit.class, u.code());
            boolean fresh = unit == null;
            if (fresh) {
                unit = new LocalUnit();
                unit.code = u.code();
            }
            unit.name = u.name();
            unit.level = u.level();
            unit.parentCode = u.parentCode();
            unit.countyCode = u.countyCode();
            unit.cityCode = u.cityCode();
            unit.provinceCode = u.provinceCode();
            if (fresh) {
                em.persist(unit);
            }
            cache.forgetUnit(u.code());
        } else if (incoming.event() instanceof DepartmentUpsertedV1 d) {
            LocalDepartment department = em.find(LocalDepartment.class, d.id());
            boolean fresh = department == null;
            if (fresh) {
                department = new LocalDepartment();
                department.id = d.id();
            }
            department.name = d.name();
            department.level = d.level();
            department.regionCode = d.regionCode();
            department.groups = d.groups() == null ? new ArrayList<>() : new ArrayList<>(d.groups());
            if (fresh) {
                em.persist(department);
            }
            cache.forgetDepartment(d.id());
        } else if (incoming.event() instanceof CalendarPublishedV1 c) {
            calendars.apply(c);
        }
    }
}
