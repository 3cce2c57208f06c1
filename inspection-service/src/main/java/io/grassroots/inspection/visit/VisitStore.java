package io.grassroots.inspection.visit;

import io.grassroots.events.PlatformEvent;
import io.grassroots.events.visit.VisitRescheduledV1;
import io.grassroots.events.visit.VisitScheduledV1;
import io.grassroots.events.visit.VisitSnapshot;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.inspection.plan.PlanTargetQuery;
import io.grassroots.inspection.merge.Visit;
import io.grassroots.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Keeps the stored visits in step with a schedule: a visit that did not change keeps its id and
 * says nothing; a changed one keeps its id and announces visit.rescheduled.v1; a new one
 * announces visit.scheduled.v1; one that is gone is deleted and announced as cancelled.
 */
@ApplicationScoped
public class VisitStore {
    @Inject
    EntityManager em;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;
    @Inject
    PlanTargetQuery planTargets;
    @Inject
    NewVisitRepository newVisits;

    /**
     * From here to the end of the transaction, queries do not flush first: a schedule change reads
     * many visits and writes few, and {@link #apply} flushes what it wrote before anything reads it.
     * What the transaction wrote before (a plan's new status) is flushed now, so the reads see it.
     */
    public void flushOnlyWhenWritten() {
        em.flush();
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
    }

    /** The engine's view of stored visits: confirmed and completed ones are frozen. */
    public static List<Visit> toEngine(List<StoredVisit> stored) {
        return stored.stream().map(StoredVisit::toEngine).toList();
    }

    /**
     * Makes the stored visits of a scope equal the scheduled ones. Returns the plans whose visits changed.
     * Frozen visits come back from the engine as they went in and are left alone. Only the visits that
     * change are loaded as entities; new ones are inserted as rows ({@link NewVisitRepository}).
     */
    public Set<UUID> apply(List<StoredVisit> before, List<Visit> after, int year, Map<Visit, String> itineraries,
            String reason) {
        Instant now = Instant.now(clock);
        VisitMatch match = VisitMatch.of(before, after, itineraries);
        Set<UUID> written = new HashSet<>(match.rerouted().keySet());
        match.changed().values().forEach(s -> written.add(s.id()));
        match.left().forEach(s -> written.add(s.id()));
        Map<UUID, JointVisit> entities = load(written);

        Set<UUID> touched = new HashSet<>();
        // One JDBC batch for every event of the change: a province's run announces ~30,000 visits.
        List<PlatformEvent> events = new ArrayList<>();
        Map<UUID, String> categories = categoriesOf(after);
        match.rerouted().forEach((id, route) -> entities.get(id).itineraryId = route);
        List<JointVisit> created = new ArrayList<>();
        for (Visit v : match.created()) {
            JointVisit stored = create(v, year, itineraries.get(v), now, categories);
            created.add(stored);
            touched.addAll(planIds(stored));
            events.add(new VisitScheduledV1(stored.snapshot(), now));
        }
        for (Map.Entry<Visit, StoredVisit> e : match.changed().entrySet()) {
            Visit v = e.getKey();
            JointVisit stored = entities.get(e.getValue().id());
            List<LocalDate> previousDays = stored.days;
            Set<UUID> previousPlans = planIds(stored);
            stored.itineraryId = v.frozen() ? stored.itineraryId : itineraries.get(v);
            touched.addAll(previousPlans);
            touched.addAll(VisitMatch.planIdsOf(v));
            fill(stored, v, now, categories);
            events.add(new VisitRescheduledV1(stored.snapshot(), previousDays, sortedStrings(previousPlans), false,
                    reason, now));
        }
        for (StoredVisit s : match.left()) {
            JointVisit gone = entities.get(s.id());
            touched.addAll(planIds(gone));
            VisitSnapshot last = gone.snapshot();
            VisitSnapshot cancelled = new VisitSnapshot(last.visitId(), last.unitCode(), last.countyCode(), last.year(),
                    last.group(), last.days(), last.leadDepartment(), List.of(), List.of(), List.of(),
                    VisitSnapshot.Status.CANCELLED.name(),
                    last.itineraryId());
            events.add(new VisitRescheduledV1(cancelled, gone.days, sortedStrings(planIds(gone)), true, reason,
                    now));
            em.remove(gone);
        }
        em.flush();
        // After the flush: a plan-target moving into a new visit has left its old one by then.
        newVisits.insert(created);
        outbox.publishAll(events);
        return touched;
    }

    /** The visits a change writes, with their members, in one query. */
    private Map<UUID, JointVisit> load(Set<UUID> ids) {
        Map<UUID, JointVisit> byId = new HashMap<>();
        List<UUID> all = new ArrayList<>(ids);
        // In chunks: a province's run may rewrite tens of thousands of visits, past the bind-parameter limit.
        for (int from = 0; from < all.size(); from += 1000) {
            em.createQuery("select distinct v from JointVisit v left join fetch v.members where v.id in :ids",
                    JointVisit.class).setParameter("ids", all.subList(from, Math.min(all.size(), from + 1000)))
                    .getResultList().forEach(v -> byId.put(v.id, v));
        }
        if (byId.size() != ids.size()) {
            // The caller holds the units' schedule locks, so a visit read a moment ago cannot be gone.
            throw new IllegalStateException("a visit of a locked schedule disappeared");
        }
        return byId;
    }

    private JointVisit create(Visit v, int year, String itinerary, Instant now, Map<UUID, String> categories) {
        JointVisit stored = new JointVisit();
        stored.id = UUID.randomUUID();
        stored.year = year;
        stored.unitCode = v.unitCode();
        stored.countyCode = v.countyCode();
        stored.family = v.family();
        stored.status = VisitStatus.PLANNED;
        stored.itineraryId = itinerary;
        stored.createdAt = now;
        fill(stored, v, now, categories);
        return stored;
    }

    private void fill(JointVisit stored, Visit v, Instant now, Map<UUID, String> categories) {
        stored.date = v.date();
        stored.days = v.days();
        stored.leadDepartment = v.leadDepartment();
        stored.team = v.team();
        stored.materials = v.materials();
        stored.updatedAt = now;
        Map<UUID, PlanTarget> next = new LinkedHashMap<>();
        v.members().forEach(t -> next.put(UUID.fromString(t.planId()), t));
        stored.members.removeIf(m -> !next.containsKey(m.planId()));
        Set<UUID> kept = planIds(stored);
        for (Map.Entry<UUID, PlanTarget> e : next.entrySet()) {
            if (!kept.contains(e.getKey())) {
                VisitMember m = new VisitMember();
                m.key = new VisitMember.Key(stored.id, e.getKey());
                m.visit = stored;
                m.unitCode = stored.unitCode;
                m.departmentId = e.getValue().departmentId();
                m.categoryCode = categories.get(e.getKey());
                stored.members.add(m);
            }
        }
    }

    /** The category of every plan in the schedule, in one query. */
    private Map<UUID, String> categoriesOf(List<Visit> visits) {
        Set<UUID> plans = new HashSet<>();
        visits.forEach(v -> v.members().forEach(t -> plans.add(UUID.fromString(t.planId()))));
        return planTargets.categories(plans);
    }

    private static Set<UUID> planIds(JointVisit v) {
        return v.members.stream().map(VisitMember::planId).collect(Collectors.toSet());
    }

    private static List<String> sortedStrings(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().toList();
    }
}
