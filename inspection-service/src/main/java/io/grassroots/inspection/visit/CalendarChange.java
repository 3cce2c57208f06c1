package io.grassroots.inspection.visit;

import com.fasterxml.jackson.core.type.TypeReference;
import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.inspection.config.PlatformConfig;
import io.grassroots.inspection.directory.RegionRepository;
import io.grassroots.inspection.merge.Itinerary;
import io.grassroots.inspection.merge.MergeEngine;
import io.grassroots.inspection.merge.MergeResult;
import io.grassroots.inspection.merge.MergeSettings;
import io.grassroots.inspection.merge.PlanTarget;
import io.grassroots.inspection.merge.Visit;
import io.grassroots.inspection.merge.VisitDays;
import io.grassroots.inspection.policy.EffectivePolicy;
import io.grassroots.inspection.policy.PolicyService;
import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.JsonText;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
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
public class CalendarChange {
    private static final TypeReference<List<LocalDate>> DAYS = new TypeReference<>() {
    };

    @Inject
    EntityManager em;
    @Inject
    VisitStore visits;
    @Inject
    ScheduleLocks locks;
    @Inject
    UnplacedTargets unplacedTargets;
    @Inject
    PolicyService policies;
    @Inject
    RegionRepository regions;
    @Inject
    PlatformConfig config;

    /** A planned visit whose days changed (none left: its plan-targets could not be placed again). */
    public record Moved(UUID visitId, String unitCode, List<LocalDate> from, List<LocalDate> to) {
    }

    /** A confirmed visit on a day that is no longer a working day: for the coordinator to decide. */
    public record OnHoliday(UUID visitId, String unitCode, LocalDate date, String holiday) {
    }

    /** What the change did: visits moved, plan-targets left unplaced, confirmed visits on days off. */
    public record Outcome(List<Moved> rescheduled, int unplaced, List<OnHoliday> confirmedOnHolidays) {
    }

    private record Stored(UUID id, String unitCode, String countyCode, VisitStatus status, List<LocalDate> days) {
    }

    /**
     * Holds every county's schedule of the year exclusively until commit, like a scheduling run: an
     * approval, confirmation or run waits, then reads the new calendar. A calendar changes every
     * county at once, so all of them are locked, before anything is read.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public void lockYear(int year) {
        locks.counties(regions.countiesUnder(""), year);
    }

    /** Moves the year's planned visits off the days the new official calendar takes away. */
    @Transactional(Transactional.TxType.MANDATORY)
    public Outcome apply(int year, WorkingCalendar official, String reason) {
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
            EffectivePolicy policy = policies.effective(county.getKey(), year);
            WorkingCalendar calendar = official.withBlackouts(policy.blackouts());
            VisitDays days = VisitDays.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31),
                    calendar::isVisitDay);
            Set<String> units = new HashSet<>();
            county.getValue().stream().filter(s -> !fits(s.days(), days)).forEach(s -> units.add(s.unitCode()));
            if (units.isEmpty()) {
                continue;
            }
            List<JointVisit> current = visits.atUnits(units, year);
            Map<UUID, List<LocalDate>> before = new HashMap<>();
            current.forEach(v -> before.put(v.id, v.dayList()));
            List<Visit> kept = new ArrayList<>();
            List<Visit> aside = new ArrayList<>();
            List<PlanTarget> moving = new ArrayList<>();
            for (Visit v : visits.toEngine(current)) {
                if (fits(v.days(), days)) {
                    kept.add(v);
                } else if (v.frozen()) {
                    // Listed for the coordinator; kept out of the engine, which numbers visit days only.
                    aside.add(v);
                } else {
                    moving.addAll(v.members());
                }
            }
            MergeEngine engine = new MergeEngine(settings(policy), days);
            MergeResult result = engine.add(kept, moving);
            List<Visit> after = new ArrayList<>(result.visits());
            after.addAll(aside);
            touched.addAll(visits.apply(current, after, year, itineraryIds(engine.itineraries(after)), reason));
            unplacedTargets.add(year, result.unplaced());
            unplaced += result.unplaced().size();
            for (JointVisit v : current) {
                List<LocalDate> now = em.contains(v) ? v.dayList() : List.of();
                if (!now.equals(before.get(v.id))) {
                    moved.add(new Moved(v.id, v.unitCode, before.get(v.id), now));
                }
            }
        }
        syncPlanStatuses(touched);
        return new Outcome(moved, unplaced, confirmed);
    }

    /** Confirmed visits of the year the caller may see that lie on a day the calendar has off. */
    public List<OnHoliday> confirmedOnHolidays(int year, WorkingCalendar official, Caller caller) {
        List<OnHoliday> found = new ArrayList<>();
        stored(year, caller).stream().filter(s -> s.status() == VisitStatus.CONFIRMED)
                .forEach(s -> dayOff(s, official).ifPresent(found::add));
        return found;
    }

    /** The year's planned and confirmed visits (those the caller may see, when one is given), days only. */
    private List<Stored> stored(int year, Caller caller) {
        String where = "v.year = :year and v.status in :statuses";
        String own = null;
        if (caller != null && caller.role() == null) {
            return List.of();
        }
        if (caller != null) {
            switch (caller.role()) {
                case COORDINATOR, AUDITOR -> {
                    where += " and v.unitCode like :own";
                    own = caller.region() + "%";
                }
                case DEPARTMENT, TEAM -> {
                    where += " and exists (select 1 from VisitMember m where m.visit = v and m.departmentId = :own)";
                    own = caller.department();
                }
                case UNIT -> {
                    where += " and v.unitCode = :own";
                    own = caller.unit();
                }
            }
        }
        var query = em.createQuery("select v.id, v.unitCode, v.countyCode, v.status, v.days from JointVisit v where "
                + where + " order by v.unitCode, v.date", Object[].class).setParameter("year", year)
                .setParameter("statuses", List.of(VisitStatus.PLANNED, VisitStatus.CONFIRMED));
        if (caller != null) {
            query.setParameter("own", String.valueOf(own));
        }
        return query.getResultList().stream().map(r -> new Stored((UUID) r[0], (String) r[1], (String) r[2],
                (VisitStatus) r[3], JsonText.read((String) r[4], DAYS))).toList();
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

    /** The merge settings of a county, as a scheduling run takes them (see ScheduleService). */
    private MergeSettings settings(EffectivePolicy policy) {
        PlatformConfig.Merge merge = config.merge();
        MergeSettings settings = new MergeSettings(merge.teamCapPerVisit(), merge.departmentsPerVisit(),
                policy.parameters().unitMonthlyCap(), Map.of(), merge.itineraryDays());
        for (String compatible : merge.compatibleGroups().orElse(List.of())) {
            settings = settings.withCompatible(compatible.split("\\+"));
        }
        return settings;
    }

    /** Route ids as a scheduling run gives them: family, lead, county and the route's first day. */
    private static Map<Visit, String> itineraryIds(List<Itinerary> routes) {
        Map<Visit, String> ids = new HashMap<>();
        for (Itinerary route : routes) {
            Visit first = route.visits().get(0);
            String id = route.family() + ":" + route.leadDepartment() + ":" + route.countyCode() + ":" + first.date();
            route.visits().forEach(v -> ids.put(v, id));
        }
        return ids;
    }

    /** APPROVED plans with a visit become SCHEDULED; SCHEDULED plans left without one go back to APPROVED. */
    private void syncPlanStatuses(Set<UUID> plans) {
        if (plans.isEmpty()) {
            return;
        }
        List<UUID> ids = new ArrayList<>(plans);
        em.createNativeQuery("update plan set status = 'SCHEDULED', updated_at = now(), version = version + 1 "
                + "where id in (:ids) and status = 'APPROVED' and exists (select 1 from visit_member m where m.plan_id = plan.id)")
                .setParameter("ids", ids).executeUpdate();
        em.createNativeQuery("update plan set status = 'APPROVED', updated_at = now(), version = version + 1 "
                + "where id in (:ids) and status = 'SCHEDULED' and not exists (select 1 from visit_member m where m.plan_id = plan.id)")
                .setParameter("ids", ids).executeUpdate();
    }
}
