package io.grassroots.inspection.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Chains visits into joint teams' routes: one family and lead in one county, chained while within a few days. */
final class Itineraries {
    private static final Comparator<Team> TEAM_ORDER = Comparator.comparing(Team::family).thenComparing(Team::lead)
            .thenComparing(Team::county);
    private static final Comparator<Visit> BY_UNIT = Comparator.comparing(Visit::unitCode);

    /** The visits one joint team could make: same family, lead department and county. */
    private record Team(String family, String lead, String county) {
    }

    /** A team's visits: their places in the visits ordered by unit, ascending. */
    private static final class Members {
        int[] at = new int[4];
        int size;

        void add(int i) {
            if (size == at.length) {
                at = Arrays.copyOf(at, size * 2);
            }
            at[size++] = i;
        }
    }

    private Itineraries() {
    }

    /**
     * The routes in the order of family, lead, county, then date and unit (among equals, the given
     * order). The visits are ordered by unit once (a stable sort; a schedule's visits come so
     * ordered, sortedByUnit), so that a team's visits are ordered by date and then by their
     * place in that order: numbers compared instead of dates and unit codes, and without reading a
     * visit's date more than once.
     */
    static List<Itinerary> of(List<Visit> visits, int itineraryDays, boolean sortedByUnit) {
        Visit[] byUnit = visits.toArray(new Visit[0]);
        if (!sortedByUnit) {
            Arrays.sort(byUnit, BY_UNIT);
        }
        long[] epochDay = new long[byUnit.length];
        long min = Long.MAX_VALUE;
        long max = Long.MIN_VALUE;
        Map<Team, Members> byTeam = new HashMap<>();
        for (int i = 0; i < byUnit.length; i++) {
            Visit v = byUnit[i];
            epochDay[i] = v.date().toEpochDay();
            min = Math.min(min, epochDay[i]);
            max = Math.max(max, epochDay[i]);
            byTeam.computeIfAbsent(new Team(v.family(), v.leadDepartment(), v.countyCode()), t -> new Members()).add(i);
        }
        // A day and a place packed in one long sort as the pair does; dates too far apart (never in a
        // real year) fall back to comparing the pairs.
        boolean packed = max - min < Integer.MAX_VALUE;
        List<Team> teams = new ArrayList<>(byTeam.keySet());
        teams.sort(TEAM_ORDER);
        List<Itinerary> routes = new ArrayList<>();
        for (Team team : teams) {
            Members members = byTeam.get(team);
            int[] order = packed ? byDay(members, epochDay, min) : byDayCompared(members, epochDay);
            List<Visit> current = new ArrayList<>();
            long start = 0;
            for (int i : order) {
                if (!current.isEmpty() && epochDay[i] > start + itineraryDays) {
                    routes.add(new Itinerary(team.family(), team.lead(), team.county(), current));
                    current = new ArrayList<>();
                }
                if (current.isEmpty()) {
                    start = epochDay[i];
                }
                current.add(byUnit[i]);
            }
            routes.add(new Itinerary(team.family(), team.lead(), team.county(), current));
        }
        return routes;
    }

    private static int[] byDay(Members members, long[] epochDay, long min) {
        long[] keys = new long[members.size];
        for (int k = 0; k < members.size; k++) {
            int i = members.at[k];
            keys[k] = (epochDay[i] - min) << 32 | i;
        }
        Arrays.sort(keys);
        int[] order = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            order[k] = (int) keys[k];
        }
        return order;
    }

    private static int[] byDayCompared(Members members, long[] epochDay) {
        Integer[] order = new Integer[members.size];
        for (int k = 0; k < members.size; k++) {
            order[k] = members.at[k];
        }
        Arrays.sort(order, Comparator.comparingLong((Integer i) -> epochDay[i]).thenComparingInt(i -> i));
        return Arrays.stream(order).mapToInt(Integer::intValue).toArray();
    }
}
