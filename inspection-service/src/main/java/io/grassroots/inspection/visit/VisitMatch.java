package io.grassroots.inspection.visit;

import io.grassroots.inspection.merge.Visit;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/** A schedule's visits paired with the stored visits they continue, as {@link VisitStore#apply} writes them. */
record VisitMatch(List<Visit> created, Map<Visit, StoredVisit> changed, Map<UUID, String> rerouted,
        List<StoredVisit> left) {

    /**
     * Pairs each scheduled visit with a stored one: created (none), changed (other days or plans), rerouted
     * (the same but for its itinerary); the stored visits left over are no longer scheduled.
     */
    static VisitMatch of(List<StoredVisit> before, List<Visit> after, Map<Visit, String> itineraries) {
        // One unit may hold two visits of a group on one day (when the caps split a day's plans): a
        // key may name several stored visits, and each is matched, moved or removed, never lost.
        Map<String, List<StoredVisit>> byKey = new LinkedHashMap<>();
        before.forEach(v -> byKey.computeIfAbsent(key(v.unitCode(), v.date(), v.family()), k -> new ArrayList<>())
                .add(v));
        List<Visit> unmatched = new ArrayList<>();
        Map<Visit, StoredVisit> matched = new LinkedHashMap<>();
        for (Visit v : after) {
            List<StoredVisit> same = byKey.getOrDefault(key(v.unitCode(), v.date(), v.family()), List.of());
            StoredVisit stored = mostShared(v, same, false);
            if (stored != null) {
                same.remove(stored);
                matched.put(v, stored);
            } else {
                unmatched.add(v);
            }
        }
        // A visit that moved keeps its identity: it is the old visit of that unit and group sharing most plans.
        List<StoredVisit> left = new ArrayList<>();
        byKey.values().forEach(left::addAll);
        List<Visit> created = new ArrayList<>();
        for (Visit v : unmatched) {
            StoredVisit best = mostShared(v, left, true);
            if (best != null) {
                left.remove(best);
                matched.put(v, best);
            } else {
                created.add(v);
            }
        }
        Map<Visit, StoredVisit> changed = new LinkedHashMap<>();
        Map<UUID, String> rerouted = new LinkedHashMap<>();
        for (Map.Entry<Visit, StoredVisit> e : matched.entrySet()) {
            Visit v = e.getKey();
            StoredVisit stored = e.getValue();
            // A confirmed visit keeps the route its notice named; a planned one follows the routes.
            String route = v.frozen() ? stored.itineraryId() : itineraries.get(v);
            if (stored.days().equals(v.days()) && stored.planIds().equals(planIdsOf(v))) {
                if (!Objects.equals(route, stored.itineraryId())) {
                    rerouted.put(stored.id(), route);
                }
            } else {
                changed.put(v, stored);
            }
        }
        return new VisitMatch(created, changed, rerouted, left);
    }

    /**
     * Of the stored visits, the one serving most of the visit's plans: any one on the same day, only a
     * planned one of the same unit and group sharing a plan when it moves. A confirmed visit is only
     * ever matched by itself (the engine returns it frozen), so it never takes other plans.
     */
    private static StoredVisit mostShared(Visit v, List<StoredVisit> candidates, boolean moving) {
        StoredVisit best = null;
        int bestShared = moving ? 0 : -1;
        for (StoredVisit old : candidates) {
            if (!old.planned() != v.frozen()) {
                continue;
            }
            if (moving && !(old.unitCode().equals(v.unitCode()) && old.family().equals(v.family()) && old.planned())) {
                continue;
            }
            Set<UUID> plans = old.planIds();
            int shared = (int) v.members().stream().filter(t -> plans.contains(UUID.fromString(t.planId()))).count();
            if (shared > bestShared) {
                best = old;
                bestShared = shared;
            }
        }
        return best;
    }

    /** The plans a scheduled visit serves. */
    static Set<UUID> planIdsOf(Visit v) {
        return v.members().stream().map(t -> UUID.fromString(t.planId())).collect(Collectors.toSet());
    }

    private static String key(String unit, LocalDate date, String family) {
        return unit + "@" + date + "|" + family;
    }
}
