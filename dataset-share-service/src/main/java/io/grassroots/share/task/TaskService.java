package io.grassroots.share.task;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violation;
import io.grassroots.platform.web.Violations;
import io.grassroots.share.catalog.IndicatorRepository;
import io.grassroots.share.data.NewValue;
import io.grassroots.share.data.ValueStore;
import io.grassroots.share.directory.DirectoryQuery;
import io.grassroots.share.directory.LocalDepartment;
import io.grassroots.share.directory.LocalUnit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * A unit's tasks: only the fields nobody had. Answering them, as JSON or as a filled workbook, stores
 * the values as the unit's reports, which answers every request waiting on those fields.
 */
@ApplicationScoped
public class TaskService {
    @Inject
    EntityManager em;
    @Inject
    DirectoryQuery directory;
    @Inject
    IndicatorRepository indicators;
    @Inject
    ValueStore values;
    @Inject
    TaskFields fields;
    @Inject
    Requesters requesters;

    @Transactional
    public List<TaskView> mine(Caller caller, TaskStatus status) {
        return em.createQuery("select t from Task t where t.unitCode = :u order by t.dueDate, t.createdAt", Task.class)
                .setParameter("u", caller.unit()).getResultStream()
                .filter(t -> status == null || status == t.status).map(this::view).toList();
    }

    /** Every open field at once; all-or-nothing. The values' shape was checked ({@link Submission}). */
    @Transactional
    public TaskView submit(UUID id, Submission submission, Caller caller) {
        Task task = open(id, caller);
        AnswerCheck check = new AnswerCheck(task, fields.openIndicators(task.id), Map.of(), indicators);
        List<Submission.Item> items = submission.values() == null ? List.of() : submission.values();
        Violations v = new Violations();
        List<NewValue> accepted = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            Submission.Item item = items.get(i);
            String at = "values[" + i + "]";
            String code = item.indicator();
            Optional<Violation> problem = check.indicator(at + ".indicator", at, code);
            if (problem.isEmpty()) {
                problem = check.value(at + ".value", code, item.value(), false);
                accepted.add(check.newValue(code, item.value(), caller));
            }
            problem.ifPresent(p -> v.add(p.field(), p.rule(), p.message()));
        }
        for (String missing : check.open()) {
            if (!check.given().contains(missing)) {
                v.add("values", "REQUIRED", "the task asks for " + missing);
            }
        }
        v.throwIfAny();
        return store(task, accepted);
    }

    /**
     * The rows of a filled task workbook: blank rows were left out, the others are checked one by one
     * like the JSON submit. Any bad row refuses the whole sheet unless {@code partial}, in which case
     * the good rows are stored (closing their fields; the task stays open for the rest) and the bad
     * ones returned. A row repeating a field of this task already answered with the same value (the
     * sheet sent again after fixing a row) is neither stored nor refused.
     */
    @Transactional
    public SheetOutcome answer(UUID id, List<FilledRows.Filled> rows, boolean partial, Caller caller) {
        Task task = open(id, caller);
        AnswerCheck check = new AnswerCheck(task, fields.openIndicators(task.id), answered(task), indicators);
        List<SheetOutcome.Accepted> accepted = new ArrayList<>();
        List<SheetOutcome.Rejected> rejected = new ArrayList<>();
        List<NewValue> good = new ArrayList<>();
        for (FilledRows.Filled row : rows) {
            if (row.problems().isEmpty() && check.unchanged(row.indicator(), row.value())) {
                continue;
            }
            String at = "rows[" + row.row() + "]";
            List<Violation> problems = new ArrayList<>(row.problems());
            if (row.indicator() != null) {
                check.indicator(at + ".indicator", at + ".indicator", row.indicator()).ifPresent(problems::add);
            }
            if (problems.isEmpty()) {
                check.value(at + ".value", row.indicator(), row.value(), row.percent()).ifPresent(problems::add);
            }
            if (problems.isEmpty()) {
                good.add(check.newValue(row.indicator(), row.value(), caller));
                accepted.add(new SheetOutcome.Accepted(row.row(), row.indicator()));
            } else {
                rejected.add(new SheetOutcome.Rejected(row.row(), List.copyOf(problems)));
            }
        }
        if (accepted.isEmpty() && rejected.isEmpty()) {
            throw ProblemException.invalid("rows", "REQUIRED", "no value is filled in (" + TaskWorkbook.VALUE
                    + "); the task asks for " + check.open());
        }
        if (!rejected.isEmpty() && !partial) {
            throw ProblemException.invalid(rejected.stream().flatMap(r -> r.violations().stream()).toList());
        }
        return new SheetOutcome(accepted, rejected, store(task, good));
    }

    /** What the task's workbook shows: its open fields with the catalog's rules. */
    @Transactional
    public TaskSheet sheet(UUID id, Caller caller) {
        Task task = open(id, caller);
        LocalUnit unit = directory.unit(task.unitCode);
        List<String> by = requesters.of(task.id).stream().map(d -> {
            LocalDepartment department = directory.department(d);
            return department == null || department.name == null ? d : department.name;
        }).toList();
        return new TaskSheet(task.id, task.unitCode, unit == null ? null : unit.name, task.period, task.dueDate, by,
                fields.openIndicators(task.id).stream().map(indicators::findById).toList());
    }

    /** The caller's own open task: another's is not there for them (404), a fulfilled one takes no more (409). */
    @Transactional
    public Task open(UUID id, Caller caller) {
        Task task = em.find(Task.class, id);
        if (task == null || caller.role() != Role.UNIT || !task.unitCode.equals(caller.unit())) {
            throw ProblemException.notFound("task " + id);
        }
        if (task.status != TaskStatus.OPEN) {
            throw ProblemException.conflict("STATUS", "task is " + task.status);
        }
        return task;
    }

    private TaskView store(Task task, List<NewValue> accepted) {
        values.write(accepted);
        // Answering may have fulfilled the task in this persistence context: written before it is read again.
        em.flush();
        em.refresh(task);
        return view(task);
    }

    /** The task's closed fields with the value now in force for each. */
    private Map<String, BigDecimal> answered(Task task) {
        Map<String, BigDecimal> answered = new HashMap<>();
        for (String indicator : fields.closedIndicators(task.id)) {
            values.asOf(task.unitCode, indicator, task.period, null).ifPresent(v -> answered.put(indicator, v.value));
        }
        return answered;
    }

    private TaskView view(Task t) {
        return new TaskView(t.id, t.unitCode, t.period, t.status, t.dueDate, fields.indicators(t.id),
                fields.openIndicators(t.id), requesters.of(t.id), t.createdAt, t.fulfilledAt);
    }
}
