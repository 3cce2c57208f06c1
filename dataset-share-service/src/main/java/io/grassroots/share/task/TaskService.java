package io.grassroots.share.task;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violations;
import io.grassroots.share.catalog.Indicator;
import io.grassroots.share.catalog.IndicatorRepository;
import io.grassroots.share.data.NewValue;
import io.grassroots.share.data.ValueRules;
import io.grassroots.share.data.ValueStore;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A unit's tasks: only the fields nobody had; submitting one answers every request waiting on it. */
@ApplicationScoped
public class TaskService {
    @Inject
    EntityManager em;
    @Inject
    IndicatorRepository indicators;
    @Inject
    ValueStore values;

    /** The values a unit submits for its task. */
    public record Submission(List<Item> values) {
        /** One field's value. */
        public record Item(String indicator, BigDecimal value) {
        }
    }

    @Transactional
    public List<TaskView> mine(Caller caller, String status) {
        return em.createQuery("select t from Task t where t.unitCode = :u order by t.dueDate, t.createdAt", Task.class)
                .setParameter("u", caller.unit()).getResultStream()
                .filter(t -> status == null || status.equals(t.status)).map(this::view).toList();
    }

    @Transactional
    public TaskView submit(UUID id, Submission submission, Caller caller) {
        Task task = em.find(Task.class, id);
        if (task == null || caller.role() != Role.UNIT || !task.unitCode.equals(caller.unit())) {
            throw ProblemException.notFound("task " + id);
        }
        if (!"OPEN".equals(task.status)) {
            throw ProblemException.conflict("STATUS", "task is " + task.status);
        }
        List<String> open = openIndicators(task.id);
        List<Submission.Item> items = submission == null || submission.values() == null ? List.of()
                : submission.values();
        Violations v = new Violations();
        Set<String> given = new HashSet<>();
        List<NewValue> accepted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Submission.Item item = items.get(i);
            String at = "values[" + i + "]";
            if (item == null || item.indicator() == null || !open.contains(item.indicator())) {
                v.add(at + ".indicator", "IN_TASK", (item == null ? null : item.indicator())
                        + " is not an open field of this task " + open);
                continue;
            }
            if (!given.add(item.indicator())) {
                v.add(at, "DUPLICATE", item.indicator() + " is given twice");
                continue;
            }
            Indicator indicator = indicators.findById(item.indicator());
            ValueRules.problem(indicator, item.value()).ifPresent(p -> v.add(at + ".value", "VALUE", p));
            accepted.add(new NewValue(task.unitCode, item.indicator(), task.period, item.value(), "UNIT_REPORT", null,
                    caller.subject()));
        }
        for (String missing : open) {
            if (!given.contains(missing)) {
                v.add("values", "REQUIRED", "the task asks for " + missing);
            }
        }
        v.throwIfAny();
        values.write(accepted);
        em.refresh(task);
        return view(task);
    }

    private List<String> openIndicators(UUID taskId) {
        return em.createNativeQuery("select indicator from task_field where task_id = :t and open order by indicator",
                String.class).setParameter("t", taskId).getResultList();
    }

    private TaskView view(Task t) {
        List<String> all = em.createNativeQuery("select indicator from task_field where task_id = :t order by indicator",
                String.class).setParameter("t", t.id).getResultList();
        List<String> by = em.createNativeQuery("select distinct r.department_id from request_field f join data_request r "
                + "on r.id = f.request_id where f.task_id = :t order by 1", String.class)
                .setParameter("t", t.id).getResultList();
        return new TaskView(t.id, t.unitCode, t.period, t.status, t.dueDate, all, openIndicators(t.id), by,
                t.createdAt, t.fulfilledAt);
    }
}
