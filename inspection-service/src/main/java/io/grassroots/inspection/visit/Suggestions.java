package io.grassroots.inspection.visit;

import io.grassroots.inspection.merge.Unplaced;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
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
     * written by now), all in one query: a province's run leaves a thousand plan-targets unplaced.
     */
    static Map<Unplaced, Suggested> of(List<Unplaced> unplaced, EntityManager em) {
        Set<String> units = new HashSet<>();
        Set<LocalDate> dates = new HashSet<>();
        for (Unplaced u : unplaced) {
            if (u.suggestion() != null && u.suggestion().joins() != null) {
                units.add(u.target().unitCode());
                dates.add(u.suggestion().date());
            }
        }
        Map<String, List<JointVisit>> byUnitDay = new HashMap<>();
        if (!units.isEmpty()) {
            em.createQuery("select distinct v from JointVisit v left join fetch v.members where v.unitCode in :u "
                    + "and v.date in :d", JointVisit.class).setParameter("u", units).setParameter("d", dates)
                    .getResultList().forEach(v -> byUnitDay.computeIfAbsent(v.unitCode + "@" + v.date,
                            k -> new java.util.ArrayList<>()).add(v));
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
                // Two visits of a unit may share a day: the one holding the plans the engine named.
                visit = byUnitDay.getOrDefault(u.target().unitCode() + "@" + s.date(), List.of()).stream()
                        .filter(v -> v.members.stream().map(m -> m.planId().toString()).toList()
                                .containsAll(s.joinsPlans()))
                        .map(v -> v.id).findFirst().orElse(null);
            }
            out.put(u, new Suggested(s.date(), visit, s.text()));
        }
        return out;
    }
}
