package io.grassroots.inspection.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The best visits for a run of one unit's months: most plan-targets placed, then fewest visits.
 * Families share nothing but each month's room, so each family's best for every number of visits
 * per month is found on its own ({@link FamilyOptions}), and a knapsack over the families shares
 * out the rooms: its state is how much of each month's room is taken. Gives up (null) when the run
 * has too many months with room or a family too many plan-targets.
 */
final class ExactPlacer {
    static final int ROOM_STATES = 4096;
    static final int FAMILY_LIMIT = 20;
    static final int WORK_LIMIT = 2_000_000;

    private final int[] monthList;
    private final List<FamilyOptions> families;
    /** Per family, its options' patterns and values as arrays: the knapsack reads them for every state. */
    private final int[][][] patterns;
    private final long[][] gains;

    private ExactPlacer(int[] monthList, List<FamilyOptions> families) {
        this.monthList = monthList;
        this.families = families;
        this.patterns = new int[families.size()][][];
        this.gains = new long[families.size()][];
        for (int f = 0; f < families.size(); f++) {
            FamilyOptions options = families.get(f);
            patterns[f] = options.patterns.toArray(new int[0][]);
            long[] gain = new long[patterns[f].length];
            for (int o = 0; o < gain.length; o++) {
                gain[o] = options.placed.get(o) * 65_536L - options.visitCounts.get(o);
            }
            gains[f] = gain;
        }
    }

    /**
     * Each family's options for the room the months have now (the most that {@link #best} may be
     * asked about later), or null when the run is too large.
     */
    static ExactPlacer of(List<Slot> run, Months months, MergeSettings settings) {
        VisitDays days = months.days();
        int firstMonth = run.stream().mapToInt(s -> days.month(s.first())).min().orElse(0);
        int lastMonth = run.stream().mapToInt(s -> days.month(s.last())).max().orElse(-1);
        List<Integer> open = new ArrayList<>();
        for (int m = firstMonth; m <= lastMonth; m++) {
            if (months.room(m) > 0) {
                open.add(m);
            }
        }
        int[] monthList = open.stream().mapToInt(Integer::intValue).toArray();
        int[] room = rooms(monthList, months, run.size());
        long states = 1;
        for (int r : room) {
            states *= r + 1;
            if (states > ROOM_STATES) {
                return null;
            }
        }
        Map<String, List<Slot>> byFamily = new TreeMap<>();
        for (Slot s : run) {
            byFamily.computeIfAbsent(settings.familyOf(s.target().group()), f -> new ArrayList<>()).add(s);
        }
        if (byFamily.values().stream().anyMatch(f -> f.size() > FAMILY_LIMIT)) {
            return null;
        }
        List<FamilyOptions> families = new ArrayList<>();
        long work = 0;
        for (Map.Entry<String, List<Slot>> f : byFamily.entrySet()) {
            FamilyOptions options;
            try {
                options = new FamilyOptions(f.getKey(), f.getValue(), monthList, room, days, settings);
            } catch (FamilyOptions.TooLarge e) {
                return null;
            }
            families.add(options);
            work += states * options.patterns.size();
            if (work > WORK_LIMIT) {
                return null;
            }
        }
        return new ExactPlacer(monthList, families);
    }

    private static int[] rooms(int[] monthList, Months months, int most) {
        int[] room = new int[monthList.length];
        for (int j = 0; j < monthList.length; j++) {
            room[j] = Math.min(months.room(monthList[j]), most);
        }
        return room;
    }

    /** A best schedule under the months' room now, which must not exceed the room at construction. */
    List<Group> best(Months months) {
        int most = families.stream().mapToInt(f -> f.size).sum();
        int[] room = rooms(monthList, months, most);
        int[] radix = new int[room.length];
        int states = 1;
        for (int j = 0; j < room.length; j++) {
            radix[j] = states;
            states *= room[j] + 1;
        }
        return share(states, room, radix);
    }

    /** The knapsack over families: value is placed first, then fewer visits. */
    private List<Group> share(int states, int[] room, int[] radix) {
        long[] value = new long[states];
        Arrays.fill(value, Long.MIN_VALUE);
        value[0] = 0;
        int[][] choice = new int[families.size()][];
        for (int f = 0; f < families.size(); f++) {
            int[][] options = patterns[f];
            long[] gain = gains[f];
            long[] next = new long[states];
            Arrays.fill(next, Long.MIN_VALUE);
            int[] chosen = new int[states];
            // Options using more room than a month has now are dropped once here, not tested again for every state.
            int[] usable = new int[options.length];
            int[] offset = new int[options.length];
            int count = 0;
            for (int o = 0; o < options.length; o++) {
                int[] p = options[o];
                int add = 0;
                boolean fits = true;
                for (int j = 0; j < p.length && fits; j++) {
                    fits = p[j] <= room[j];
                    add += p[j] * radix[j];
                }
                if (fits) {
                    usable[count] = o;
                    offset[count++] = add;
                }
            }
            // The room each state uses, its digits in the mixed radix, counted up with the state.
            int[] used = new int[room.length];
            for (int u = 0; u < states; u++, countUp(used, room)) {
                long base = value[u];
                if (base == Long.MIN_VALUE) {
                    continue;
                }
                for (int k = 0; k < count; k++) {
                    int o = usable[k];
                    if (!fits(used, options[o], room)) {
                        continue;
                    }
                    long v = base + gain[o];
                    int target = u + offset[k];
                    if (v > next[target]) {
                        next[target] = v;
                        chosen[target] = o;
                    }
                }
            }
            value = next;
            choice[f] = chosen;
        }
        int best = 0;
        for (int u = 1; u < states; u++) {
            if (value[u] > value[best]) {
                best = u;
            }
        }
        List<Group> groups = new ArrayList<>();
        for (int f = families.size() - 1; f >= 0; f--) {
            int o = choice[f][best];
            groups.addAll(families.get(f).groups(o));
            int[] p = patterns[f][o];
            for (int j = 0; j < p.length; j++) {
                best -= p[j] * radix[j];
            }
        }
        groups.sort(Group.BY_DEADLINE);
        return groups;
    }

    /** The next state's digits: the room it uses in each month. */
    private static void countUp(int[] used, int[] room) {
        for (int j = 0; j < used.length; j++) {
            if (used[j] < room[j]) {
                used[j]++;
                return;
            }
            used[j] = 0;
        }
    }

    private static boolean fits(int[] used, int[] pattern, int[] room) {
        for (int j = 0; j < pattern.length; j++) {
            if (used[j] + pattern[j] > room[j]) {
                return false;
            }
        }
        return true;
    }
}
