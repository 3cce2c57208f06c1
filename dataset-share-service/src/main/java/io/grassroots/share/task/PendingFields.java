package io.grassroots.share.task;

import io.grassroots.events.data.TaskFulfilledV1;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.share.data.ValuesStored;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.UUID;

/**
 * When values are stored, the task fields waiting on them are closed, and a task with no open field left is
 * fulfilled and announced (task.fulfilled.v1). The only place a task's status changes.
 */
@ApplicationScoped
public class PendingFields {
    /**
     * Before the requests' observer: a unit's answer announces its task fulfilled before the requests it
     * answered, the order consumers have always seen.
     */
    public static final int ORDER = 100;

    @Inject
    EntityManager em;
    @Inject
    TaskFields fields;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    void onValuesStored(@Observes @Priority(ORDER) ValuesStored stored) {
        Instant now = Instant.now(clock);
        for (UUID taskId : new LinkedHashSet<>(fields.close(stored.values()))) {
            long open = fields.openCount(taskId);
            Task task = em.find(Task.class, taskId);
            if (open == 0 && task != null && task.status == TaskStatus.OPEN) {
                task.status = TaskStatus.FULFILLED;
                task.fulfilledAt = now;
                outbox.publish(new TaskFulfilledV1(task.id.toString(), task.unitCode, task.period,
                        fields.indicators(taskId), now));
            }
        }
    }
}
