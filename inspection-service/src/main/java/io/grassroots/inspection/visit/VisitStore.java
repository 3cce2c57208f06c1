package io.grassroots.inspection.visit;

import io.grassroots.platform.web.JsonText;
import io.grassroots.events.visit.VisitRescheduledV1;
import io.grassroots.events.visit.VisitScheduledV1;
import io.grassroots.events.visit.VisitSnapshot;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.inspection.merge.Visit;
import io.grassroots.platform.outbox.Outbox;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;
import org.hibernate.jpa.HibernateHints;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
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
    PlanTargetLoader targets;
    @Inject
    Outbox outbox;
    @Inject
    Clock clock;

    /**
     * From here to the end of the transaction, queries do not flush first: a schedule change loads
     * every visit of its units, and an automatic flush before each of its queries dirty-checked all of
     * them, most of an approval's time. {@link #apply} flushes what it wrote before anything reads it.
     */
    public void flushOnlyWhenWritten() {
        em.setFlushMode(jakarta.persistence.FlushModeType.COMMIT);
    }

    /**
     * Visits are read read-only (the session keeps no snapshot of them and its flush skips them): a
     * change of a schedule reads every visit of its units and writes few. One it writes becomes
     * writable first, so that its changes are flushed.
     */
    private JointVisit writable(JointVisit v) {
        Session session = em.unwrap(Session.class);
        if (session.contains(v) && session.isReadOnly(v)) {
            session.setReadOnly(v, false);
            v.members.forEach(m -> session.setReadOnly(m, false));
        }
        return v;
    }

    /** Stored visits at units inside a region in a year. */
    public List<JointVisit> inRegion(String region, int year) {
        return em.createQuery("select distinct v from JointVisit v left join fetch v.members where v.year = :year "
                + "and v.unitCode like :region order by v.unitCode, v.date", JointVisit.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("year", year).setParameter("region", region + "%").getResultList();
    }

    /** Stored visits at these units in a year. */
    public List<JointVisit> atUnits(Collection<String> units, int year) {
        if (units.isEmpty()) {
            return List.of();
        }
        // Members come in the same query: an approval reads every visit at the plan's units.
        return em.createQuery("select distinct v from JointVisit v left join fetch v.members where v.year = :year "
                + "and v.unitCode in :units order by v.unitCode, v.date", JointVisit.class)
                .setHint(HibernateHints.HINT_READ_ONLY, true)
                .setParameter("year", year).setParameter("units", units).getResultList();
    }

    /** Stored visits that serve a plan. */
    public List<JointVisit> ofPlan(UUID planId) {
        return em.createQuery("select distinct v from JointVisit v join v.members m where m.key.planId = :plan",
                JointVisit.class).setParameter("plan", planId).getResultList();
    }

    /** The engine's view of stored visits: confirmed and completed ones are frozen. */
    public List<Visit> toEngine(List<JointVisit> stored) {
        Set<UUID> plans = new HashSet<>();
        Set<String> units = new HashSet<>();
        for (JointVisit v : stored) {
            units.add(v.unitCode);
            v.members.forEach(m -> plans.add(m.planId()));
        }
        Map<String, PlanTarget> byKey = targets.of(plans, units).stream()
                .collect(Collectors.toMap(PlanTarget::key, t -> t));
        List<Visit> visits = new ArrayList<>();
        for (JointVisit v : stored) {
            List<PlanTarget> members = v.members.stream()
                    .map(m -> byKey.get(m.planId() + "@" + v.unitCode))
                    .filter(java.util.Objects::nonNull).toList();
            visits.add(new Visit(v.unitCode, v.countyCode, v.family, v.dayList(), members, v.leadDepartment,
                    v.teamList(), v.materialList(), v.status != VisitStatus.PLANNED));
        }
        return visits;
    }

    /**
     * Makes the stored visits of a scope equal the scheduled ones. Returns the plans whose visits changed.
     * Frozen visits come back from the engine as they went in and are left alone.
     */
    public Set<UUID> apply(List<JointVisit> before, List<Visit> after, int year, Map<Visit, String> itineraries,
            String reason) {
        Instant now = Instant.now(clock);
        Map<UUID, String> categories = categoriesOf(after);
        Set<UUID> touched = new HashSet<>();
        // One unit may hold two visits of a group on one day (when the caps split a day's plans): a
        // key may name several stored visits, and each is matched, moved or removed, never lost.
        Map<String, List<JointVisit>> byKey = new LinkedHashMap<>();
        before.forEach(v -> byKey.computeIfAbsent(key(v.unitCode, v.date.toString(), v.family), k -> new ArrayList<>())
                .add(v));
        List<Visit> unmatched = new ArrayList<>();
        Map<Visit, JointVisit> matched = new HashMap<>();
        for (Visit v : after) {
            List<JointVisit> same = byKey.getOrDefault(key(v.unitCode(), v.date().toString(), v.family()), List.of());
            JointVisit stored = mostShared(v, same, false);
            if (stored != null) {
                same.remove(stored);
                matched.put(v, stored);
            } else {
                unmatched.add(v);
            }
        }
        // A visit that moved keeps its identity: it is the old visit of that unit and group sharing most plans.
        List<JointVisit> left = new ArrayList<>();
        byKey.values().forEach(left::addAll);
        for (Visit v : unmatched) {
            JointVisit best = mostShared(v, left, true);
            if (best != null) {
                left.remove(best);
                matched.put(v, best);
            } else {
                JointVisit created = create(v, year, itineraries.get(v), now, categories);
                touched.addAll(planIds(created));
                outbox.publish(new VisitScheduledV1(snapshot(created), now));
            }
        }
        for (Map.Entry<Visit, JointVisit> e : matched.entrySet()) {
            Visit v = e.getKey();
            JointVisit stored = e.getValue();
            List<java.time.LocalDate> previousDays = stored.dayList();
            Set<UUID> previousPlans = planIds(stored);
            Set<UUID> nextPlans = v.members().stream().map(t -> UUID.fromString(t.planId())).collect(Collectors.toSet());
            // A confirmed visit keeps the route its notice named; a planned one follows the routes.
            String route = v.frozen() ? stored.itineraryId : itineraries.get(v);
            boolean sameRoute = java.util.Objects.equals(route, stored.itineraryId);
            if (previousDays.equals(v.days()) && previousPlans.equals(nextPlans)) {
                if (!sameRoute) {
                    writable(stored).itineraryId = route;
                }
                continue;
            }
            writable(stored).itineraryId = route;
            touched.addAll(previousPlans);
            touched.addAll(nextPlans);
            fill(stored, v, now, categories);
            outbox.publish(new VisitRescheduledV1(snapshot(stored), previousDays, sortedStrings(previousPlans), false,
                    reason, now));
        }
        for (JointVisit gone : left) {
            touched.addAll(planIds(gone));
            VisitSnapshot last = snapshot(gone);
            VisitSnapshot cancelled = new VisitSnapshot(last.visitId(), last.unitCode(), last.countyCode(), last.year(),
                    last.group(), last.days(), last.leadDepartment(), List.of(), List.of(), List.of(), "CANCELLED",
                    last.itineraryId());
            outbox.publish(new VisitRescheduledV1(cancelled, gone.dayList(), sortedStrings(planIds(gone)), true, reason,
                    now));
            em.remove(writable(gone));
        }
        em.flush();
        return touched;
    }

    /**
     * Of the stored visits, the one serving most of the visit's plans: any one on the same day, only a
     * planned one of the same unit and group sharing a plan when it moves. A confirmed visit is only
     * ever matched by itself (the engine returns it frozen), so it never takes other plans.
     */
    private static JointVisit mostShared(Visit v, List<JointVisit> candidates, boolean moving) {
        JointVisit best = null;
        int bestShared = moving ? 0 : -1;
        for (JointVisit old : candidates) {
            if ((old.status != VisitStatus.PLANNED) != v.frozen()) {
                continue;
            }
            if (moving && !(old.unitCode.equals(v.unitCode()) && old.family.equals(v.family())
                    && old.status == VisitStatus.PLANNED)) {
                continue;
            }
            Set<UUID> plans = planIds(old);
            int shared = (int) v.members().stream().filter(t -> plans.contains(UUID.fromString(t.planId()))).count();
            if (shared > bestShared) {
                best = old;
                bestShared = shared;
            }
        }
        return best;
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
        em.persist(stored);
        return stored;
    }

    private void fill(JointVisit stored, Visit v, Instant now, Map<UUID, String> categories) {
        stored.date = v.date();
        stored.days = JsonText.write(v.days());
        stored.leadDepartment = v.leadDepartment();
        stored.team = JsonText.write(v.team());
        stored.materials = JsonText.write(v.materials());
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
        Map<UUID, String> categories = new HashMap<>();
        if (!plans.isEmpty()) {
            em.createQuery("select p.id, p.categoryCode from Plan p where p.id in :ids", Object[].class)
                    .setParameter("ids", plans).getResultList()
                    .forEach(r -> categories.put((UUID) r[0], (String) r[1]));
        }
        return categories;
    }

    public VisitSnapshot snapshot(JointVisit v) {
        return new VisitSnapshot(v.id.toString(), v.unitCode, v.countyCode, v.year, v.family, v.dayList(),
                v.leadDepartment, v.teamList().stream().map(t -> new VisitSnapshot.TeamPart(t.departmentId(), t.size()))
                        .toList(),
                v.members.stream().map(m -> new VisitSnapshot.PlanPart(m.planId().toString(), m.departmentId,
                        m.categoryCode)).sorted(java.util.Comparator.comparing(VisitSnapshot.PlanPart::planId)).toList(),
                v.materialList(), v.status.name(), v.itineraryId);
    }

    private static Set<UUID> planIds(JointVisit v) {
        return v.members.stream().map(VisitMember::planId).collect(Collectors.toSet());
    }

    private static List<String> sortedStrings(Set<UUID> ids) {
        return ids.stream().map(UUID::toString).sorted().toList();
    }

    private static String key(String unit, String date, String family) {
        return unit + "@" + date + "|" + family;
    }
}
