package io.grassroots.inspection.visit;

import io.grassroots.inspection.merge.Unplaced;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Where unplaced plan-targets would fit, as stored: a date, the stored visit each would join, a sentence. */
final class Suggestions {
    record Suggested(LocalDate date, UUID visit, String text) {
        static final Suggested NONE = new Suggested(null, null, null);
    }

    private Suggestions() {
    }

    /**
     * The engine's suggestions with the visits they name resolved to the stored ones (the schedule is
     * written by now), all in one query: a province's run leaves thousands of plan-targets unplaced.
     * The query reads ids and plans only: loading the named units' visits as entities (their JSON
     * columns parsed, each dirty-checked at commit) was a third of a province's run (#19).
     */
    static Map<Unplaced, Suggested> of(List<Unplaced> unplaced, EntityManager em) {
        Set<String> units = new HashSet<>();
        Set<LocalDate> dates = new HashSet<>();
        Set<String> wanted = new HashSet<>();
        for (Unplaced u : unplaced) {
            if (u.suggestion() != null && u.suggestion().joins() != null) {
                units.add(u.target().unitCode());
                dates.add(u.suggestion().date());
                wanted.add(u.target().unitCode() + "@" + u.suggestion().date());
            }
        }
        // Per unit and day, its visits' plans: two visits of a unit may share a day.
        Map<String, Map<UUID, Set<String>>> byUnitDay = new HashMap<>();
        if (!units.isEmpty()) {
            em.createQuery("select v.id as visit, v.unitCode as unit, v.date as visitDay, m.key.planId as plan "
                    + "from JointVisit v join v.members m where v.unitCode in :u and v.date in :d order by v.id",
                    Tuple.class).setParameter("u", units).setParameter("d", dates).getResultList().forEach(row -> {
                        String unitDay = row.get("unit", String.class) + "@" + row.get("visitDay", LocalDate.class);
                        if (wanted.contains(unitDay)) {
                            byUnitDay.computeIfAbsent(unitDay, k -> new LinkedHashMap<>())
                                    .computeIfAbsent(row.get("visit", UUID.class), k -> new HashSet<>())
                                    .add(row.get("plan", UUID.class).toString());
                        }
                    });
        }
        Map<Unplaced, Suggested> out = new HashMap<>();
        for (Unplaced u : unplaced) {
            Unplaced.Suggestion s = u.suggestion();
            if (s == null) {
                out.put(u, Suggested.NONE);
                continue;
            }
            UUID visit = null;
            if (s.joins() != null) {
                // The visit holding the plans the engine named.
                visit = byUnitDay.getOrDefault(u.target().unitCode() + "@" + s.date(), Map.of()).entrySet().stream()
                        .filter(v -> v.getValue().containsAll(s.joinsPlans())).map(Map.Entry::getKey).findFirst()
                        .orElse(null);
            }
            out.put(u, new Suggested(s.date(), visit, s.text()));
        }
        return out;
    }
}
