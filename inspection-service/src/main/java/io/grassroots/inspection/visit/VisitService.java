package io.grassroots.inspection.visit;

import io.grassroots.platform.web.JsonText;
import io.grassroots.events.result.ResultPublishedV1;
import io.grassroots.events.visit.VisitCompletedV1;
import io.grassroots.events.visit.VisitConfirmedV1;
import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.inspection.directory.Unit;
import io.grassroots.inspection.directory.UnitRepository;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.inspection.plan.Plan;
import io.grassroots.inspection.plan.PlanRepository;
import io.grassroots.inspection.policy.EffectivePolicy;
import io.grassroots.inspection.policy.PolicyService;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.regex.Pattern;

/** Joint visits for their parties: reading them, confirming them, and recording what the team found. */
@ApplicationScoped
public class VisitService {
    private static final Pattern PERIOD = Pattern.compile("[0-9]{4}(-(0[1-9]|1[0-2])|-Q[1-4])?");

    @Inject
    EntityManager em;
    @Inject
    VisitStore store;
    @Inject
    ScheduleLocks locks;
    @Inject
    PlanRepository plans;
    @Inject
    VisitedPlans visitedPlans;
    @Inject
    UnitRepository units;
    @Inject
    PolicyService policies;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    @Transactional
    public VisitView get(UUID id, Caller caller) {
        return detail(visible(id, caller));
    }

    @Transactional
    public Page<VisitView> list(Caller caller, VisitFilter filter, PageRequest page) {
        List<String> where = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        switch (caller.role()) {
            case COORDINATOR, AUDITOR -> {
                where.add("v.unitCode like :region");
                params.put("region", caller.region() + "%");
            }
            case DEPARTMENT, TEAM -> {
                where.add("exists (select 1 from VisitMember m where m.visit = v and m.departmentId = :own)");
                params.put("own", caller.department());
            }
            case UNIT -> {
                where.add("v.unitCode = :own");
                params.put("own", caller.unit());
            }
        }
        if (filter.unit() != null) {
            where.add("v.unitCode = :unit");
            params.put("unit", filter.unit());
        }
        if (filter.region() != null) {
            where.add("v.unitCode like :prefix");
            params.put("prefix", filter.region() + "%");
        }
        if (filter.department() != null) {
            where.add("exists (select 1 from VisitMember d where d.visit = v and d.departmentId = :department)");
            params.put("department", filter.department());
        }
        if (filter.status() != null) {
            where.add("v.status = :status");
            params.put("status", filter.status());
        }
        if (filter.from() != null) {
            where.add("v.date >= :from");
            params.put("from", filter.from());
        }
        if (filter.to() != null) {
            where.add("v.date <= :to");
            params.put("to", filter.to());
        }
        String condition = " where " + String.join(" and ", where);
        TypedQuery<JointVisit> query = em.createQuery("select v from JointVisit v" + condition
                + " order by v.date, v.unitCode, v.id", JointVisit.class);
        TypedQuery<Long> count = em.createQuery("select count(v) from JointVisit v" + condition, Long.class);
        params.forEach((k, val) -> {
            query.setParameter(k, val);
            count.setParameter(k, val);
        });
        List<VisitView> items = query.setFirstResult(page.page() * page.size()).setMaxResults(page.size())
                .getResultList().stream().map(this::view).toList();
        return new Page<>(items, page.page(), page.size(), count.getSingleResult());
    }

    /** Confirms a planned visit: notice is given, and from now on the visit does not move. */
    @Transactional
    public VisitView confirm(UUID id, Caller caller) {
        JointVisit v = visible(id, caller);
        if (!caller.oversees(v.unitCode)) {
            throw ProblemException.notFound("visit " + id);
        }
        // A run or an approval may be moving this very visit: wait for it and read what it left.
        lockAndRefresh(v, id);
        if (v.status != VisitStatus.PLANNED) {
            throw ProblemException.conflict("STATUS", "visit is " + v.status + "; only a PLANNED visit is confirmed");
        }
        EffectivePolicy policy = policies.effective(v.countyCode, v.year);
        WorkingCalendar calendar = policies.calendar(policy);
        LocalDate today = LocalDate.now(clock);
        int required = policy.parameters().noticeWorkingDays();
        LocalDate earliest = calendar.plusWorkingDays(today, required);
        if (v.date.isBefore(earliest)) {
            int given = v.date.isAfter(today) ? calendar.workingDaysAfter(today, v.date) : 0;
            throw ProblemException.ruleViolations(List.of(new io.grassroots.platform.web.Violation("date", "NOTICE",
                    "visit on " + v.date + " is " + given + " working day(s) away; notice requires " + required
                            + " (earliest " + earliest + ")")));
        }
        Instant now = Instant.now(clock);
        v.status = VisitStatus.CONFIRMED;
        v.confirmedBy = caller.subject();
        v.confirmedAt = now;
        v.updatedAt = now;
        outbox.publish(new VisitConfirmedV1(store.snapshot(v), caller.subject(), now));
        return detail(v);
    }

    /** Records a joint team's results; each plan's result is published for the shared dataset. */
    @Transactional
    public VisitView record(UUID id, ResultRequest request, Caller caller) {
        JointVisit v = visible(id, caller);
        if (request == null || request.results() == null || request.results().isEmpty()) {
            throw ProblemException.invalid("results", "REQUIRED", "results for at least one plan are required");
        }
        // A cancellation may be taking a plan out of this visit: record against what it left.
        lockAndRefresh(v, id);
        if (v.status != VisitStatus.CONFIRMED) {
            throw ProblemException.conflict("STATUS", "visit is " + v.status
                    + "; results are recorded for a CONFIRMED visit");
        }
        Map<UUID, VisitMember> members = new LinkedHashMap<>();
        v.members.forEach(m -> members.put(m.planId(), m));
        Set<UUID> recorded = recordedPlans(v.id);
        Violations violations = new Violations();
        Set<UUID> inRequest = new HashSet<>();
        for (int i = 0; i < request.results().size(); i++) {
            validate(request.results().get(i), "results[" + i + "]", v, members, recorded, inRequest, caller,
                    violations);
        }
        violations.throwIfAny();

        Instant now = Instant.now(clock);
        for (ResultRequest.PlanResult r : request.results()) {
            UUID planId = UUID.fromString(r.planId());
            VisitResult result = new VisitResult();
            result.id = UUID.randomUUID();
            result.visitId = v.id;
            result.planId = planId;
            result.findings = r.findings().trim();
            result.rating = r.rating();
            result.rectifications = JsonText.write(nullToEmpty(r.rectifications()));
            result.indicatorValues = JsonText.write(nullToEmpty(r.indicatorValues()));
            result.recordedBy = caller.subject();
            result.recordedAt = now;
            em.persist(result);
            outbox.publish(new ResultPublishedV1(result.id.toString(), v.id.toString(), planId.toString(), v.unitCode,
                    members.get(planId).departmentId, members.get(planId).categoryCode, v.date, result.findings,
                    result.rating, nullToEmpty(r.rectifications()).stream()
                            .map(x -> new ResultPublishedV1.Rectification(x.item(), x.dueDate())).toList(),
                    nullToEmpty(r.indicatorValues()).stream()
                            .map(x -> new ResultPublishedV1.IndicatorValue(x.indicator(), x.period(), x.value())).toList(),
                    caller.subject(), now));
        }
        em.flush();
        if (recordedPlans(v.id).containsAll(members.keySet())) {
            v.status = VisitStatus.COMPLETED;
            v.completedAt = now;
            v.updatedAt = now;
            outbox.publish(new VisitCompletedV1(store.snapshot(v), now));
            em.flush();
            visitedPlans.completed(members.keySet());
        }
        return detail(v);
    }

    /** The unit's visits of a year, month by month. */
    @Transactional
    public Map<String, List<VisitView>> calendar(String unitCode, int year, Caller caller) {
        Unit unit = units.findById(unitCode);
        boolean own = caller.role() == Role.UNIT && unitCode.equals(caller.unit());
        if (unit == null || !(own || caller.oversees(unitCode))) {
            throw ProblemException.notFound("unit calendar " + unitCode);
        }
        Map<String, List<VisitView>> months = new TreeMap<>();
        for (int m = 1; m <= 12; m++) {
            months.put(String.format("%d-%02d", year, m), new ArrayList<>());
        }
        for (JointVisit v : em.createQuery("select distinct v from JointVisit v left join fetch v.members "
                + "where v.year = :year and v.unitCode = :unit order by v.date", JointVisit.class)
                .setParameter("year", year).setParameter("unit", unitCode).getResultList()) {
            months.get(String.format("%d-%02d", year, v.date.getMonthValue())).add(view(v));
        }
        return months;
    }

    private void validate(ResultRequest.PlanResult r, String field, JointVisit v, Map<UUID, VisitMember> members,
            Set<UUID> recorded, Set<UUID> inRequest, Caller caller, Violations violations) {
        if (r == null) {
            violations.add(field, "REQUIRED", field + " must be an object");
            return;
        }
        UUID planId = null;
        try {
            planId = r.planId() == null ? null : UUID.fromString(r.planId());
        } catch (IllegalArgumentException e) {
            // Reported below as not part of the visit.
        }
        if (planId == null || !members.containsKey(planId)) {
            violations.add(field + ".planId", "IN_VISIT", "plan " + r.planId() + " is not one of this visit's plans");
        } else if (!caller.department().equals(members.get(planId).departmentId)
                && !caller.department().equals(v.leadDepartment)) {
            violations.add(field + ".planId", "OWN_PLAN", "only the plan's own department or the lead "
                    + v.leadDepartment + " records its result");
        } else if (recorded.contains(planId) || !inRequest.add(planId)) {
            violations.add(field + ".planId", "ONCE", "the result of plan " + planId + " is recorded already");
        }
        if (violations.required(field + ".findings", r.findings())) {
            violations.maxLength(field + ".findings", r.findings(), 10_000);
        }
        if (violations.required(field + ".rating", r.rating())) {
            violations.range(field + ".rating", r.rating(), 1, 5);
        }
        List<ResultRequest.Rectification> rectifications = nullToEmpty(r.rectifications());
        for (int i = 0; i < rectifications.size(); i++) {
            ResultRequest.Rectification x = rectifications.get(i);
            String f = field + ".rectifications[" + i + "]";
            if (x == null) {
                violations.add(f, "REQUIRED", f + " must be an object");
                continue;
            }
            if (violations.required(f + ".item", x.item())) {
                violations.maxLength(f + ".item", x.item(), 1000);
            }
            if (violations.required(f + ".dueDate", x.dueDate()) && !x.dueDate().isAfter(v.date)) {
                violations.add(f + ".dueDate", "AFTER_VISIT", "a rectification is due after the visit on " + v.date);
            }
        }
        List<String> materials = v.materialList();
        List<ResultRequest.IndicatorValue> values = nullToEmpty(r.indicatorValues());
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < values.size(); i++) {
            ResultRequest.IndicatorValue x = values.get(i);
            String f = field + ".indicatorValues[" + i + "]";
            if (x == null) {
                violations.add(f, "REQUIRED", f + " must be an object");
                continue;
            }
            if (violations.required(f + ".indicator", x.indicator()) && !materials.contains(x.indicator())) {
                violations.add(f + ".indicator", "KNOWN_INDICATOR", "indicator " + x.indicator()
                        + " is not among the visit's materials " + materials);
            }
            if (violations.required(f + ".period", x.period()) && !PERIOD.matcher(x.period()).matches()) {
                violations.add(f + ".period", "FORMAT", "period must be YYYY, YYYY-MM or YYYY-Qn, was " + x.period());
            }
            violations.required(f + ".value", x.value());
            if (x.indicator() != null && x.period() != null && !seen.add(x.indicator() + "|" + x.period())) {
                violations.add(f, "UNIQUE", x.indicator() + " for " + x.period() + " is given twice");
            }
        }
    }

    private Set<UUID> recordedPlans(UUID visitId) {
        return new HashSet<>(em.createQuery("select r.planId from VisitResult r where r.visitId = :v", UUID.class)
                .setParameter("v", visitId).getResultList());
    }

    /** Takes the schedule lock of the visit's unit and reads the visit as the last writer left it. */
    private void lockAndRefresh(JointVisit v, UUID id) {
        locks.units(List.of(v.countyCode), List.of(v.unitCode), v.year);
        try {
            em.refresh(v);
        } catch (jakarta.persistence.EntityNotFoundException gone) {
            throw ProblemException.notFound("visit " + id);
        }
    }

    private JointVisit visible(UUID id, Caller caller) {
        JointVisit v = em.find(JointVisit.class, id);
        if (v == null || !maySee(v, caller)) {
            throw ProblemException.notFound("visit " + id);
        }
        return v;
    }

    private static boolean maySee(JointVisit v, Caller caller) {
        return switch (caller.role()) {
            case COORDINATOR, AUDITOR -> caller.oversees(v.unitCode);
            case DEPARTMENT, TEAM -> v.members.stream().anyMatch(m -> m.departmentId.equals(caller.department()));
            case UNIT -> v.unitCode.equals(caller.unit());
        };
    }

    /** One visit as its page shows it: with the results recorded so far (a list leaves them out). */
    private VisitView detail(JointVisit v) {
        return view(v).withResults(em.createQuery("select r from VisitResult r where r.visitId = :v "
                + "order by r.recordedAt, r.planId", VisitResult.class).setParameter("v", v.id).getResultList()
                .stream().map(VisitView.RecordedResult::of).toList());
    }

    private VisitView view(JointVisit v) {
        Set<UUID> recorded = recordedPlans(v.id);
        List<VisitView.PlanPart> parts = new ArrayList<>();
        for (VisitMember m : v.members) {
            Plan plan = plans.findById(m.planId());
            parts.add(new VisitView.PlanPart(m.planId(), m.departmentId, plan == null ? null : plan.title,
                    m.categoryCode, recorded.contains(m.planId())));
        }
        parts.sort(java.util.Comparator.comparing(VisitView.PlanPart::departmentId));
        Unit unit = units.findById(v.unitCode);
        var team = v.teamList();
        int teamSize = team.stream().mapToInt(t -> t.size()).sum();
        String explanation = parts.size() == 1 ? "one plan; no other plan of group " + v.family
                + " could share this visit"
                : "one joint visit instead of " + parts.size() + ": " + parts.size() + " plans of " + team.size()
                        + " department(s) in group " + v.family + ", led by " + v.leadDepartment;
        return new VisitView(v.id, v.year, v.unitCode, unit == null ? null : unit.name, v.countyCode, v.family, v.date,
                v.dayList(), v.leadDepartment, team, teamSize, v.materialList(), v.status, v.itineraryId, parts,
                explanation, v.confirmedAt, v.completedAt, null);
    }

    private static <T> List<T> nullToEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }
}
