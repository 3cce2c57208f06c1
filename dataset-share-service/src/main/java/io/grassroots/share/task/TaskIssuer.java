package io.grassroots.share.task;

import io.grassroots.events.data.TaskIssuedV1;
import io.grassroots.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Opens tasks: what a data request could not answer from shared data is asked of the unit, and a field
 * that an open task already asks for is not asked again. The only writer of new task rows.
 */
@ApplicationScoped
public class TaskIssuer {
    /** What to ask of one unit: the fields nobody had, by when, for which request and department. */
    public record Order(String unit, String period, List<String> indicators, LocalDate dueDate, UUID requestId,
            String departmentId, int minutesEstimated, Instant at) {
    }

    @Inject
    EntityManager em;
    @Inject
    TaskFields fields;
    @Inject
    Outbox outbox;

    /**
     * The fields among these that an open task asks for already. The caller holds the fields' locks
     * (FieldLocks), so that no other request opens a task for them before it has decided.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<TaskFields.OpenField> openFields(Collection<String> units, Collection<String> indicators,
            String period) {
        return fields.open(units, indicators, period);
    }

    /** Opens the unit's task and announces it (task.issued.v1); its id. */
    @Transactional(Transactional.TxType.MANDATORY)
    public UUID issue(Order order) {
        Task task = new Task();
        task.id = UUID.randomUUID();
        task.unitCode = order.unit();
        task.period = order.period();
        task.status = TaskStatus.OPEN;
        task.dueDate = order.dueDate();
        task.createdAt = order.at();
        em.persist(task);
        // The task row first: its fields refer to it and are written with native SQL.
        em.flush();
        fields.add(task.id, task.unitCode, task.period, order.indicators());
        outbox.publish(new TaskIssuedV1(task.id.toString(), task.unitCode, task.period, order.indicators(),
                task.dueDate, order.requestId().toString(), order.departmentId(), order.at(),
                order.minutesEstimated()));
        return task.id;
    }
}
