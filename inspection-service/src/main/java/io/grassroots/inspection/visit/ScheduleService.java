package io.grassroots.inspection.visit;

import io.grassroots.inspection.plan.PlanTargetQuery;
import io.grassroots.inspection.directory.RegionRepository;
import io.grassroots.inspection.merge.MergeEngine;
import io.grassroots.inspection.merge.MergeResult;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.inspection.merge.Unplaced;
import io.grassroots.inspection.merge.Visit;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.logging.Logger;

/**
 * Runs the merge engine over a region's approved plans, places plans approved later into the
 * schedule, and takes cancelled plans out of it. Each county is scheduled with its own calendar
 * (its blackouts) and monthly cap; confirmed visits are frozen.
 */
@ApplicationScoped
public class ScheduleService {
    private static final int SHOWN_UNMERGED = 500;
    private static final Logger LOG = Logger.getLogger(ScheduleService.class);

    @Inject
    PlanTargetQuery targets;
    @Inject
    VisitStore visits;
    @Inject
    StoredVisitQuery stored;
    @Inject
    ScheduleLocks locks;
    @Inject
    CountyEngines engines;
    @Inject
    VisitedPlans visitedPlans;
    @Inject
    UnplacedTargets unplacedTargets;
    @Inject
    RegionRepository regions;
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional
    public ScheduleSummary schedule(String region, int year, Caller caller) {
        if (regions.findById(region) == null || !caller.oversees(region)) {
            throw ProblemException.notFound("region " + region);
        }
        long started = System.nanoTime();
        // Everything below reads the schedule after the locks, so it sees every approval committed before.
        List<String> lockedCounties = regions.countiesUnder(region);
        locks.counties(lockedCounties, year);
        visits.flushOnlyWhenWritten();
        List<StoredVisit> before = stored.inRegion(region, year);
        List<Visit> frozen = VisitStore.toEngine(before.stream().filter(v -> !v.planned()).toList());
        Set<String> frozenTargets = frozen.stream().flatMap(v -> v.members().stream()).map(PlanTarget::key)
                .collect(Collectors.toSet());
        List<PlanTarget> free = targets.approvedIn(region, year).stream()
                .filter(t -> !frozenTargets.contains(t.key())).toList();

        Map<String, List<PlanTarget>> freeByCounty = byCounty(free, PlanTarget::countyCode);
        Map<String, List<Visit>> frozenByCounty = byCounty(frozen, Visit::countyCode);
        Set<String> counties = new java.util.TreeSet<>(freeByCounty.keySet());
        counties.addAll(frozenByCounty.keySet());

        List<Visit> scheduled = new ArrayList<>();
        Map<Visit, String> itineraries = new HashMap<>();
        List<ScheduleSummary.Unmerged> unmerged = new ArrayList<>();
        List<Unplaced> refused = new ArrayList<>();
        int planTargets = 0;
        int placeable = 0;
        int lowerBound = 0;
        int noMerge = 0;
        int busiest = 0;
        int routes = 0;
        long read = System.nanoTime();
        for (MergeResult result : scheduleCounties(new ArrayList<>(counties), year, freeByCounty, frozenByCounty)) {
            scheduled.addAll(result.visits());
            itineraries.putAll(CountyEngines.itineraryIds(result.itineraries()));
            routes += result.itineraries().size();
            planTargets += result.summary().planTargets();
            placeable += result.summary().placeableUpperBound();
            lowerBound += result.summary().lowerBound();
            noMerge += result.summary().noMergeVisits();
            busiest = Math.max(busiest, result.summary().busiestUnitMonth());
            refused.addAll(result.unplaced());
            result.unplaced().forEach(u -> unmerged.add(ScheduleSummary.Unmerged.of(u)));
            result.notMerged().forEach(n -> unmerged.add(new ScheduleSummary.Unmerged(n.target().planId(),
                    n.target().unitCode(), n.reason().name(), true, n.detail(), null, null)));
        }
        long merged = System.nanoTime();
        Set<UUID> touched = visits.apply(before, scheduled, year, itineraries, "scheduling run of " + region);
        long written = System.nanoTime();
        unplacedTargets.replace(lockedCounties, year, refused);
        long listed = System.nanoTime();
        free.forEach(t -> touched.add(UUID.fromString(t.planId())));
        visitedPlans.placed(touched);
        // Where a run's time goes, for whoever wonders why a province's run took as long as it did.
        LOG.infof(
                "scheduling run of %s %d: %d plan-targets read in %d ms, scheduled in %d ms; %d visits written in %d ms, "
                        + "%d unplaced listed in %d ms, %d plans told in %d ms",
                region, year, free.size() + frozenTargets.size(),
                millis(started, read), millis(read, merged), scheduled.size(), millis(merged, written), refused.size(),
                millis(written, listed), touched.size(), millis(listed, System.nanoTime()));

        Map<String, Integer> byReason = new TreeMap<>();
        unmerged.forEach(u -> byReason.merge(u.reason(), 1, Integer::sum));
        double ratio = lowerBound == 0 ? 1.0 : (double) scheduled.size() / lowerBound;
        ScheduleSummary summary = new ScheduleSummary(region, year, planTargets, planTargets - refused.size(),
                placeable, scheduled.size(), lowerBound,
                Math.round(ratio * 10000) / 10000.0, noMerge, busiest, routes, byReason,
                unmerged.subList(0, Math.min(SHOWN_UNMERGED, unmerged.size())), unmerged.size() > SHOWN_UNMERGED);
        recordRun(region, year, summary, caller);
        return summary;
    }

    /**
     * Places plan-targets of approved plans into the schedule of their year, where a run has made one.
     * The caller holds their units' schedule locks.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void place(List<UUID> plans, int year, List<PlanTarget> planTargets) {
        visits.flushOnlyWhenWritten();
        List<String> scheduledRegions = em
                .createQuery("select r.key.regionCode from ScheduleRun r where r.key.year = :y", String.class)
                .setParameter("y", year).getResultList();
        List<PlanTarget> fresh = planTargets.stream()
                .filter(t -> scheduledRegions.stream().anyMatch(r -> t.unitCode().startsWith(r))).toList();
        if (fresh.isEmpty()) {
            return;
        }
        String reason = plans.size() == 1 ? "plan " + plans.get(0) + " approved"
                : plans.size() + " plans approved: "
                        + plans.stream().map(UUID::toString).collect(Collectors.joining(", "));
        Set<UUID> touched = new HashSet<>(plans);
        for (Map.Entry<String, List<PlanTarget>> county : byCounty(fresh, PlanTarget::countyCode).entrySet()) {
            Set<String> units = county.getValue().stream().map(PlanTarget::unitCode).collect(Collectors.toSet());
            List<StoredVisit> current = stored.atUnits(units, year);
            MergeEngine engine = engines.of(county.getKey(), year);
            MergeResult result = engine.add(VisitStore.toEngine(current), county.getValue());
            touched.addAll(visits.apply(current, new ArrayList<>(result.visits()), year,
                    CountyEngines.itineraryIds(result.itineraries()), reason));
            unplacedTargets.add(year, result.unplaced());
        }
        visitedPlans.placed(touched);
    }

    /**
     * Waits for the schedules of a plan's units (a run or placement in progress holds them), before
     * the plan row or any visit is changed or read: a cancellation then sees every run and placement
     * committed before it, and never holds a plan row a run waits for.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockPlan(UUID planId, int year) {
        List<PlanTarget> planTargets = targets.ofPlan(planId);
        locks.units(planTargets.stream().map(PlanTarget::countyCode).collect(Collectors.toSet()),
                planTargets.stream().map(PlanTarget::unitCode).toList(), year);
    }

    /**
     * Takes a cancelled plan out of its visits; a visit left empty disappears, the others keep their
     * days. The caller has taken the plan's schedule locks ({@link #lockPlan}).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void removePlan(UUID planId, int year) {
        visits.flushOnlyWhenWritten();
        unplacedTargets.forgetPlan(planId);
        List<StoredVisitQuery.UnitOfPlan> affected = stored.unitsOf(planId);
        for (Map.Entry<String, List<StoredVisitQuery.UnitOfPlan>> county : byCounty(affected,
                StoredVisitQuery.UnitOfPlan::countyCode).entrySet()) {
            Set<String> units = county.getValue().stream().map(StoredVisitQuery.UnitOfPlan::unitCode)
                    .collect(Collectors.toSet());
            List<StoredVisit> current = stored.atUnits(units, year);
            MergeEngine engine = engines.of(county.getKey(), year);
            List<Visit> remaining = engine.removePlan(VisitStore.toEngine(current), planId.toString());
            visits.apply(current, new ArrayList<>(remaining), year,
                    CountyEngines.itineraryIds(engine.itineraries(remaining)),
                    "plan " + planId + " cancelled");
        }
    }

    /**
     * Each county's engine (read here, in the transaction) schedules its county on every core: counties
     * share no unit, and a county's ~20 townships are too few for the engine to spread them over the
     * cores itself. The results come back in county order, as one core would give them.
     */
    private List<MergeResult> scheduleCounties(List<String> counties, int year,
            Map<String, List<PlanTarget>> free, Map<String, List<Visit>> frozen) {
        List<MergeEngine> countyEngines = counties.stream().map(county -> engines.of(county, year)).toList();
        return IntStream.range(0, counties.size()).parallel()
                .mapToObj(i -> countyEngines.get(i).schedule(free.getOrDefault(counties.get(i), List.of()),
                        frozen.getOrDefault(counties.get(i), List.of())))
                .toList();
    }

    private void recordRun(String region, int year, ScheduleSummary summary, Caller caller) {
        ScheduleRun.Key key = new ScheduleRun.Key(region, year);
        ScheduleRun run = em.find(ScheduleRun.class, key);
        boolean created = run == null;
        if (created) {
            run = new ScheduleRun();
            run.key = key;
        }
        run.summary = summary;
        run.ranBy = caller.subject();
        run.ranAt = Instant.now(clock);
        if (created) {
            em.persist(run);
        }
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private static <T> Map<String, List<T>> byCounty(List<T> items, java.util.function.Function<T, String> county) {
        Map<String, List<T>> map = new TreeMap<>();
        items.forEach(i -> map.computeIfAbsent(county.apply(i), c -> new ArrayList<>()).add(i));
        return map;
    }
}
