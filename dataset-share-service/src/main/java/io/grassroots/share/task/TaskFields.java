package io.grassroots.share.task;

import io.grassroots.platform.sql.SqlArrays;
import io.grassroots.share.data.ValueStored;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
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

    /** Closes the stored values' fields wherever they are open, in one statement; the tasks that asked for them. */
    List<UUID> close(List<ValueStored> values) {
        List<UUID> tasks = new ArrayList<>();
        em.unwrap(org.hibernate.Session.class).doWork(connection -> {
            try (PreparedStatement close = connection.prepareStatement("update task_field t set open = false "
                    + "from unnest(?::text[], ?::text[], ?::text[]) f(u, i, p) where t.unit_code = f.u "
                    + "and t.indicator = f.i and t.period = f.p and t.open returning t.task_id")) {
                SqlArrays.texts(close, 1, values, ValueStored::unitCode);
                SqlArrays.texts(close, 2, values, ValueStored::indicator);
                SqlArrays.texts(close, 3, values, ValueStored::period);
                try (ResultSet rows = close.executeQuery()) {
                    while (rows.next()) {
                        tasks.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        return tasks;
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
