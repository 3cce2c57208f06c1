package io.grassroots.inspection.visit;

import io.grassroots.events.result.ResultPublishedV1;
import io.grassroots.events.visit.VisitCompletedV1;
import io.grassroots.events.visit.VisitConfirmedV1;
import io.grassroots.calendar.Notice;
import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.platform.outbox.Outbox;
import io.grassroots.inspection.policy.EffectivePolicy;
import io.grassroots.inspection.policy.PolicyService;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.platform.web.Violations;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Changes of a joint visit by its parties: confirming it, and recording what the team found. */
@ApplicationScoped
public class VisitService {
    @Inject
    EntityManager em;
    @Inject
    VisitStore store;
    @Inject
    ScheduleLocks locks;
    @Inject
    VisitQuery query;
    @Inject
    VisitedPlans visitedPlans;
    @Inject
    PolicyService policies;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /** Confirms a planned visit: notice is given, and from now on the visit does not move. */
    @Transactional
    public VisitView confirm(UUID id, Caller caller) {
        JointVisit v = query.visible(id, caller);
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
        Notice notice = Notice.of(calendar, today, v.date, policy.parameters().noticeWorkingDays());
        if (!notice.enough()) {
            throw ProblemException.ruleViolations(List.of(new io.grassroots.platform.web.Violation("date", "NOTICE",
                    "visit on " + v.date + " is " + notice.daysGiven() + " working day(s) away; notice requires "
                            + notice.required() + " (earliest " + notice.earliest() + ")")));
        }
        Instant now = Instant.now(clock);
        v.status = VisitStatus.CONFIRMED;
        v.confirmedBy = caller.subject();
        v.confirmedAt = now;
        v.updatedAt = now;
        outbox.publish(new VisitConfirmedV1(v.snapshot(), caller.subject(), now));
        return query.detail(v);
    }

    /** Records a joint team's results; each plan's result is published for the shared dataset. */
    @Transactional
    public VisitView record(UUID id, ResultRequest request, Caller caller) {
        JointVisit v = query.visible(id, caller);
        // A cancellation may be taking a plan out of this visit: record against what it left.
        lockAndRefresh(v, id);
        if (v.status != VisitStatus.CONFIRMED) {
            throw ProblemException.conflict("STATUS", "visit is " + v.status
                    + "; results are recorded for a CONFIRMED visit");
        }
        Map<UUID, VisitMember> members = new LinkedHashMap<>();
        v.members.forEach(m -> members.put(m.planId(), m));
        Set<UUID> recorded = query.recordedPlans(v.id);
        Violations violations = new Violations();
        Set<UUID> inRequest = new HashSet<>();
        for (int i = 0; i < request.results().size(); i++) {
            ResultCheck.validate(request.results().get(i), "results[" + i + "]", v, members, recorded, inRequest,
                    caller,
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
            result.rectifications = ResultCheck.nullToEmpty(r.rectifications());
            result.indicatorValues = ResultCheck.nullToEmpty(r.indicatorValues());
            result.recordedBy = caller.subject();
            result.recordedAt = now;
            em.persist(result);
            outbox.publish(new ResultPublishedV1(result.id.toString(), v.id.toString(), planId.toString(), v.unitCode,
                    members.get(planId).departmentId, members.get(planId).categoryCode, v.date, result.findings,
                    result.rating, ResultCheck.nullToEmpty(r.rectifications()).stream()
                            .map(x -> new ResultPublishedV1.Rectification(x.item(), x.dueDate())).toList(),
                    ResultCheck.nullToEmpty(r.indicatorValues()).stream()
                            .map(x -> new ResultPublishedV1.IndicatorValue(x.indicator(), x.period(), x.value()))
                            .toList(),
                    caller.subject(), now));
        }
        em.flush();
        if (query.recordedPlans(v.id).containsAll(members.keySet())) {
            v.status = VisitStatus.COMPLETED;
            v.completedAt = now;
            v.updatedAt = now;
            outbox.publish(new VisitCompletedV1(v.snapshot(), now));
            em.flush();
            visitedPlans.completed(members.keySet());
        }
        return query.detail(v);
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

}
