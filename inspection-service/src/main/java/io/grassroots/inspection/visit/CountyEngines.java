package io.grassroots.inspection.visit;

import io.grassroots.calendar.WorkingCalendar;
import io.grassroots.inspection.config.PlatformConfig;
import io.grassroots.inspection.merge.Itinerary;
import io.grassroots.inspection.merge.MergeEngine;
import io.grassroots.inspection.merge.MergeSettings;
import io.grassroots.inspection.merge.Visit;
import io.grassroots.inspection.merge.VisitDays;
import io.grassroots.inspection.policy.EffectivePolicy;
import io.grassroots.inspection.policy.PolicyService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every change of a schedule shares: the merge engine of a county and year (its calendar with
 * the county's blackouts, its monthly cap, the configured caps and compatible groups) and the
 * routes' ids.
 */
@ApplicationScoped
public class CountyEngines {
    @Inject
    PolicyService policies;
    @Inject
    PlatformConfig config;

    /** The engine of a county and year under the official calendar in force. */
    public MergeEngine of(String county, int year) {
        EffectivePolicy policy = policies.effective(county, year);
        return engine(policy, policies.calendar(policy), year);
    }

    /** The engine of a county and year under the given official calendar (a newly loaded one). */
    public MergeEngine of(String county, int year, WorkingCalendar official) {
        EffectivePolicy policy = policies.effective(county, year);
        return engine(policy, official.withBlackouts(policy.blackouts()), year);
    }

    private static VisitDays days(WorkingCalendar calendar, int year) {
        return VisitDays.between(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), calendar::isVisitDay);
    }

    private MergeEngine engine(EffectivePolicy policy, WorkingCalendar calendar, int year) {
        VisitDays days = days(calendar, year);
        PlatformConfig.Merge merge = config.merge();
        MergeSettings settings = new MergeSettings(merge.teamCapPerVisit(), merge.departmentsPerVisit(),
                policy.parameters().unitMonthlyCap(), Map.of(), merge.itineraryDays());
        for (String compatible : merge.compatibleGroups().orElse(List.of())) {
            settings = settings.withCompatible(compatible.split("\\+"));
        }
        return new MergeEngine(settings, days);
    }

    /** Route ids: family, lead department, county and the route's first day. */
    public static Map<Visit, String> itineraryIds(List<Itinerary> routes) {
        Map<Visit, String> ids = new HashMap<>();
        for (Itinerary route : routes) {
            Visit first = route.visits().get(0);
            String id = route.family() + ":" + route.leadDepartment() + ":" + route.countyCode() + ":" + first.date();
            route.visits().forEach(v -> ids.put(v, id));
        }
        return ids;
    }
}
