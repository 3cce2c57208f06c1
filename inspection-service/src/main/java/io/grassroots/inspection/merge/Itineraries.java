package io.grassroots.inspection.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Chains visits into joint teams' routes: one family and lead in one county, chained while within a few days. */
final class Itineraries {
    private static final Comparator<Team> TEAM_ORDER = Comparator.comparing(Team::family).thenComparing(Team::lead)
            .thenComparing(Team::county);
    private static final Comparator<Visit> DAY_ORDER = Comparator.comparing(Visit::date)
            .thenComparing(Visit::unitCode);

    /** The visits one joint team could make: same family, lead department and county. */
    private record Team(String family, String lead, String county) {
    }

    private Itineraries() {
    }

    /**
     * The routes in the order of family, lead, county, then date and unit. Grouping by team first and
     * sorting each team's visits by day orders them as one sort by all five keys would (both keep the
     * given order among equals), without comparing the team's strings between its own visits.
     */
    static List<Itinerary> of(List<Visit> visits, int itineraryDays) {
        Map<Team, List<Visit>> byTeam = new HashMap<>();
        for (Visit v : visits) {
            byTeam.computeIfAbsent(new Team(v.family(), v.leadDepartment(), v.countyCode()), t -> new ArrayList<>())
                    .add(v);
        }
        List<Team> teams = new ArrayList<>(byTeam.keySet());
        teams.sort(TEAM_ORDER);
        List<Itinerary> routes = new ArrayList<>();
        for (Team team : teams) {
            List<Visit> order = byTeam.get(team);
            order.sort(DAY_ORDER);
            List<Visit> current = new ArrayList<>();
            for (Visit v : order) {
                if (!current.isEmpty() && v.date().isAfter(current.get(0).date().plusDays(itineraryDays))) {
                    routes.add(new Itinerary(team.family(), team.lead(), team.county(), current));
                    current = new ArrayList<>();
                }
                current.add(v);
            }
            routes.add(new Itinerary(team.family(), team.lead(), team.county(), current));
        }
        return routes;
    }
}
