package io.grassroots.share.task;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The fields of tasks (table task_field): one row per indicator a task asks of its unit, open until a
 * value for it is stored. At most one open row per field, so that a field missing from several
 * requests is asked once. The only writer of task_field.
 */
@ApplicationScoped
public class TaskFields {
    /** An open task field: the task that asks the unit for the indicator. */
    public record OpenField(String unit, String indicator, UUID taskId) {
    }

    @Inject
    EntityManager em;

    void add(UUID taskId, String unit, String period, List<String> indicators) {
        for (String code : indicators) {
            em.createNativeQuery("insert into task_field (task_id, unit_code, indicator, period, open) "
                    + "values (?1, ?2, ?3, ?4, true)").setParameter(1, taskId).setParameter(2, unit)
                    .setParameter(3, code).setParameter(4, period).executeUpdate();
        }
    }

    /** The open fields among the units × indicators of a period, in one query. */
    @SuppressWarnings("unchecked")
    List<OpenField> open(Collection<String> units, Collection<String> indicators, String period) {
        List<Tuple> rows = em.createNativeQuery("select unit_code as unit, indicator, task_id from task_field "
                + "where unit_code in (:u) and indicator in (:i) and period = :p and open", Tuple.class)
                .setParameter("u", units).setParameter("i", indicators).setParameter("p", period).getResultList();
        return rows.stream().map(r -> new OpenField(r.get("unit", String.class), r.get("indicator", String.class),
                r.get("task_id", UUID.class))).toList();
    }

    /** Closes the field wherever it is open; the tasks that asked for it. */
    List<UUID> close(String unit, String indicator, String period) {
        // No result class: Hibernate caches a native query's plan under its SQL and result mapping, and a
        // basic result class (UUID.class) makes a mapping that equals no other, so every stored value
        // added a plan under the same hash and each lookup compared against them all (bench-results).
        List<?> rows = em.createNativeQuery("update task_field set open = false where unit_code = :u "
                + "and indicator = :i and period = :p and open returning task_id")
                .setParameter("u", unit).setParameter("i", indicator).setParameter("p", period).getResultList();
        return rows.stream().map(UUID.class::cast).toList();
    }

    long openCount(UUID taskId) {
        return ((Number) em.createNativeQuery("select count(*) from task_field where task_id = :t and open")
                .setParameter("t", taskId).getSingleResult()).longValue();
    }

    List<String> openIndicators(UUID taskId) {
        return em.createNativeQuery("select indicator from task_field where task_id = :t and open order by indicator",
                String.class).setParameter("t", taskId).getResultList();
    }

    List<String> closedIndicators(UUID taskId) {
        return em.createNativeQuery("select indicator from task_field where task_id = :t and not open",
                String.class).setParameter("t", taskId).getResultList();
    }

    List<String> indicators(UUID taskId) {
        return em.createNativeQuery("select indicator from task_field where task_id = :t order by indicator",
                String.class).setParameter("t", taskId).getResultList();
    }
}
