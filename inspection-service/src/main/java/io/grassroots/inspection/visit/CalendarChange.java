package io.grassroots.inspection.visit;

import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.inspection.calendar.ScheduleOnCalendar;
import io.grassroots.inspection.directory.RegionRepository;
import io.grassroots.inspection.merge.MergeEngine;
import io.grassroots.inspection.merge.MergeResult;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.inspection.merge.Visit;
import io.grassroots.inspection.merge.VisitDays;
import io.grassroots.inspection.policy.PolicyService;
import io.grassroots.platform.security.Caller;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * What a newly loaded official calendar does to a year's schedule: planned visits with a day that is
 * no longer a visit day (a new holiday, or a span that is no longer consecutive working days) give
 * their plan-targets back to the merge engine, which places them in the remaining visits of their
 * units under the new calendar; confirmed visits (notice given) never move and are listed instead.
 */
@ApplicationScoped
public class CalendarChange implements ScheduleOnCalendar {
    @Inject
    EntityManager em;
    @Inject
    VisitStore visits;
    @Inject
    StoredVisitQuery storedVisits;
    @Inject
    ScheduleLocks locks;
    @Inject
    UnplacedTargets unplacedTargets;
    @Inject
    PolicyService policies;
    @Inject
    RegionRepository regions;
    @Inject
    CountyEngines engines;
    @Inject
    VisitedPlans visitedPlans;

    private record Stored(UUID id, String unitCode, String countyCode, VisitStatus status, List<LocalDate> days) {
    }

    /**
     * Holds every county's schedule of the year exclusively until commit, like a scheduling run: an
     * approval, confirmation or run waits, then reads the new calendar. A calendar changes every
     * county at once, so all of them are locked, before anything is read.
     */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockYear(int year) {
        locks.counties(regions.countiesUnder(""), year);
    }

    /** Moves the year's planned visits off the days the new official calendar takes away. */
    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(int year, WorkingCalendar official, String reason) {
        visits.flushOnlyWhenWritten();
        Map<String, List<Stored>> plannedByCounty = new TreeMap<>();
        List<OnHoliday> confirmed = new ArrayList<>();
        for (Stored s : stored(year, null)) {
            if (s.status() == VisitStatus.PLANNED) {
                plannedByCounty.computeIfAbsent(s.countyCode(), c -> new ArrayList<>()).add(s);
            } else {
                dayOff(s, official).ifPresent(confirmed::add);
            }
        }
        List<Moved> moved = new ArrayList<>();
        Set<UUID> touched = new HashSet<>();
        int unplaced = 0;
        for (Map.Entry<String, List<Stored>> county : plannedByCounty.entrySet()) {
            MergeEngine engine = engines.of(county.getKey(), year, official);
            VisitDays days = engine.days();
            Set<String> units = new HashSet<>();
            county.getValue().stream().filter(s -> !fits(s.days(), days)).forEach(s -> units.add(s.unitCode()));
            if (units.isEmpty()) {
                continue;
            }
            List<StoredVisit> current = storedVisits.atUnits(units, year);
            List<Visit> kept = new ArrayList<>();
            List<PlanTarget> moving = new ArrayList<>();
            for (Visit v : VisitStore.toEngine(current)) {
                // A confirmed visit stays where its notice put it (and counts in its month), even on a new day off.
                if (v.frozen() || fits(v.days(), days)) {
                    kept.add(v);
                } else {
                    moving.addAll(v.members());
                }
            }
            MergeResult result = engine.add(kept, moving);
            List<Visit> after = new ArrayList<>(result.visits());
            touched.addAll(
                    visits.apply(current, after, year, CountyEngines.itineraryIds(engine.itineraries(after)), reason));
            unplacedTargets.add(year, result.unplaced());
            unplaced += result.unplaced().size();
            Map<UUID, List<LocalDate>> now = new HashMap<>();
            storedVisits.atUnits(units, year).forEach(v -> now.put(v.id(), v.days()));
            for (StoredVisit v : current) {
                List<LocalDate> to = now.getOrDefault(v.id(), List.of());
                if (!to.equals(v.days())) {
                    moved.add(new Moved(v.id(), v.unitCode(), v.days(), to));
                }
            }
        }
        visitedPlans.placed(touched);
        return new Outcome(moved, unplaced, confirmed);
    }

    /** Confirmed visits of the year the caller may see that lie on a day the calendar has off. */
    @Override
    public List<OnHoliday> confirmedOnHolidays(int year, WorkingCalendar official, Caller caller) {
        List<OnHoliday> found = new ArrayList<>();
        stored(year, caller).stream().filter(s -> s.status() == VisitStatus.CONFIRMED)
                .forEach(s -> dayOff(s, official).ifPresent(found::add));
        return found;
    }

    /** The year's planned and confirmed visits (those the caller may see, when one is given), days only. */
    private List<Stored> stored(int year, Caller caller) {
        String where = "v.year = :year and v.status in :statuses";
        if (caller != null && caller.role() == null) {
            return List.of();
        }
        VisitScope scope = caller == null ? null : VisitScope.of(caller);
        if (scope != null) {
            where += " and " + scope.condition();
        }
        var query = em.createQuery("select v.id as id, v.unitCode as unit, v.countyCode as county, v.status as status, "
                + "v.days as days from JointVisit v where " + where + " order by v.unitCode, v.date", Tuple.class)
                .setParameter("year", year)
                .setParameter("statuses", List.of(VisitStatus.PLANNED, VisitStatus.CONFIRMED));
        if (scope != null) {
            query.setParameter(VisitScope.PARAMETER, scope.value());
        }
        return query.getResultList().stream().map(r -> new Stored(r.get("id", UUID.class), r.get("unit", String.class),
                r.get("county", String.class), r.get("status", VisitStatus.class),
                days(r))).toList();
    }

    /** The visit's days as the entity maps its jsonb column: the tuple hands back the typed list. */
    @SuppressWarnings("unchecked")
    private static List<LocalDate> days(Tuple row) {
        return (List<LocalDate>) row.get("days");
    }

    private static Optional<OnHoliday> dayOff(Stored s, WorkingCalendar official) {
        return s.days().stream().filter(d -> !official.isWorkingDay(d)).findFirst()
                .map(d -> new OnHoliday(s.id(), s.unitCode(), d, official.holidayOn(d).orElse("weekend")));
    }

    /** Whether the days are still consecutive visit days from the first: otherwise the visit must move. */
    private static boolean fits(List<LocalDate> visitDays, VisitDays days) {
        int start = days.indexOf(visitDays.get(0));
        if (start < 0 || start + visitDays.size() > days.size()) {
            return false;
        }
        for (int i = 0; i < visitDays.size(); i++) {
            if (!days.day(start + i).equals(visitDays.get(i))) {
                return false;
            }
        }
        return true;
    }

}
