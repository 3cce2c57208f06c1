package io.grassroots.share.data;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.ValidationProblems;
import io.grassroots.platform.web.Violation;
import io.grassroots.share.catalog.Indicator;
import io.grassroots.share.catalog.IndicatorRepository;
import io.grassroots.share.directory.DirectoryQuery;
import io.grassroots.share.directory.LocalDepartment;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Takes batches of values: a unit's own reports, and imports of audit or statistics results.
 * Each item is checked for its shape (Bean Validation on {@link ReportItem}), then against the directory
 * and the catalog; the batch is all-or-nothing unless partial acceptance is asked for, in which case the
 * good items are stored and the others reported. A batch's own bounds (at least one item, at most
 * {@link #MAX_BATCH}) are declared on ReportResource's input, a CSV import's rows included.
 */
@ApplicationScoped
public class ReportService {
    /** The most values one batch may carry; ReportResource declares it, and at least one, on its input. */
    public static final int MAX_BATCH = 10_000;

    @Inject
    DirectoryQuery directory;
    @Inject
    IndicatorRepository indicators;
    @Inject
    ValueStore values;
    @Inject
    Validator validator;

    @Transactional
    public ReportOutcome report(List<ReportItem> items, boolean partial, ValueSource source, Caller caller) {
        List<ReportOutcome.Accepted> accepted = new ArrayList<>();
        List<ReportOutcome.Rejected> rejected = new ArrayList<>();
        List<NewValue> good = new ArrayList<>();
        List<Integer> goodIndex = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < items.size(); i++) {
            ReportItem item = items.get(i);
            List<Violation> problems = check(item, "[" + i + "]", caller, seen);
            if (problems.isEmpty()) {
                good.add(new NewValue(item.unit(), item.indicator(), item.period(), item.value(), source, null,
                        caller.subject()));
                goodIndex.add(i);
            } else {
                rejected.add(new ReportOutcome.Rejected(i, problems));
            }
        }
        if (!rejected.isEmpty() && !partial) {
            throw ProblemException.invalid(rejected.stream().flatMap(r -> r.violations().stream()).toList());
        }
        List<DataValue> stored = values.write(good);
        for (int i = 0; i < stored.size(); i++) {
            DataValue v = stored.get(i);
            accepted.add(new ReportOutcome.Accepted(goodIndex.get(i), v.unitCode, v.indicator, v.period, v.version));
        }
        return new ReportOutcome(accepted, rejected);
    }

    private boolean granted(Indicator indicator, Caller caller) {
        LocalDepartment d = caller.department() == null ? null : directory.department(caller.department());
        return d != null && indicator.grants().allow(d.id, d.groupList());
    }

    /** What is wrong with one item: the shape of its fields first (ReportItem), then what they name. */
    private List<Violation> check(ReportItem item, String at, Caller caller, Set<String> seen) {
        if (item == null) {
            return List.of(new Violation(at, "REQUIRED", at + " must be an object"));
        }
        List<Violation> shape = ValidationProblems.violations(validator.validate(item)).stream()
                .map(v -> new Violation(at + "." + v.field(), v.rule(), v.message())).toList();
        if (!shape.isEmpty()) {
            return shape;
        }
        List<Violation> problems = new ArrayList<>();
        if (directory.unit(item.unit()) == null) {
            problems.add(new Violation(at + ".unit", "EXISTS", "unit " + item.unit() + " is not in the directory"));
        } else if (caller.role() == Role.UNIT && !item.unit().equals(caller.unit())) {
            // Another unit's data is not there for this caller: the same answer as for an unknown object.
            throw ProblemException.notFound("unit " + item.unit());
        } else if (caller.role() != Role.UNIT && !caller.oversees(item.unit())
                && (caller.region() == null || !item.unit().startsWith(caller.region()))) {
            problems.add(new Violation(at + ".unit", "TARGET_IN_REGION", "unit " + item.unit()
                    + " lies outside your region " + caller.region()));
        }
        Indicator indicator = indicators.findById(item.indicator());
        if (indicator == null) {
            problems.add(new Violation(at + ".indicator", "EXISTS", "indicator " + item.indicator()
                    + " is not in the catalog"));
        } else {
            ValueRules.problem(indicator, item.value())
                    .ifPresent(p -> problems.add(new Violation(at + ".value", "VALUE", p)));
            // A department writes only what it may read: an import is no way round the catalog's grants.
            if (caller.role() == Role.DEPARTMENT && !granted(indicator, caller)) {
                problems.add(new Violation(at + ".indicator", "GRANT", indicator.code + " (" + indicator.sensitivity
                        + ") is not granted to " + caller.department()));
            }
        }
        if (!seen.add(item.unit() + "|" + item.indicator() + "|" + item.period())) {
            problems.add(new Violation(at, "DUPLICATE", item.unit() + " " + item.indicator() + " " + item.period()
                    + " appears twice in this batch"));
        }
        return problems;
    }
}
