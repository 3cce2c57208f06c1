package io.grassroots.inspection.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * A would-be visit while a unit is planned: one merge family's slots that can share a start day,
 * the start days first..last they all accept, and (once placed) its month.
 */
final class Group {
    /** Urgent first, then by the earliest start and the first member's key: any order of input gives the same. */
    static final Comparator<Group> BY_DEADLINE = Comparator.comparingInt(Group::last).thenComparingInt(Group::first)
            .thenComparing(g -> g.members.get(0).target(), Visits.BY_KEY);

    private final String family;
    private final List<Slot> members;
    private TeamLoad load;
    private final int first;
    private final int last;
    private final int length;
    int month;

    Group(String family, List<Slot> members) {
        this.family = family;
        List<Slot> sorted = new ArrayList<>(members);
        sorted.sort(Packer.BY_DEADLINE);
        this.members = List.copyOf(sorted);
        if (sorted.isEmpty()) {
            throw new NoSuchElementException("a group without members");
        }
        // One pass instead of a stream per figure: most groups have one or two members.
        int from = Integer.MIN_VALUE;
        int to = Integer.MAX_VALUE;
        int days = 1;
        for (int i = 0; i < sorted.size(); i++) {
            Slot s = sorted.get(i);
            from = Math.max(from, s.first());
            to = Math.min(to, s.last());
            days = i == 0 ? s.target().onSiteDays() : Math.max(days, s.target().onSiteDays());
        }
        this.first = from;
        this.last = to;
        this.length = days;
    }

    /** The members' joint team, built when first asked: most groups are never asked. */
    private TeamLoad load() {
        if (load == null) {
            load = new TeamLoad(members.stream().map(Slot::target).toList());
        }
        return load;
    }

    String family() {
        return family;
    }

    List<Slot> members() {
        return members;
    }

    int first() {
        return first;
    }

    int last() {
        return last;
    }

    int size() {
        return members.size();
    }

    /** The visit's length: the longest on-site work of its members. */
    int length() {
        return length;
    }

    /** Whether the slot could join: a start day both accept, and the caps still hold. */
    boolean accepts(Slot s, MergeSettings settings) {
        return Math.max(first, s.first()) <= Math.min(last, s.last()) && load().fits(s.target(), settings);
    }

    Group with(Slot s) {
        List<Slot> more = new ArrayList<>(members);
        more.add(s);
        return new Group(family, more);
    }

    /** The two as one visit, or null when they share no start day or together exceed a cap. */
    Group mergedWith(Group other, MergeSettings settings) {
        if (!family.equals(other.family) || Math.max(first, other.first) > Math.min(last, other.last)) {
            return null;
        }
        TeamLoad both = new TeamLoad(members.stream().map(Slot::target).toList());
        for (Slot s : other.members) {
            if (!both.fits(s.target(), settings)) {
                return null;
            }
            both.add(s.target());
        }
        List<Slot> all = new ArrayList<>(members);
        all.addAll(other.members);
        return new Group(family, all);
    }
}
