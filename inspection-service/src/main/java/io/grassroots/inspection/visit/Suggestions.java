package io.grassroots.inspection.visit;

import io.grassroots.inspection.merge.Unplaced;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Where an unplaced plan-target would fit, as stored: a date, the stored visit it would join, a sentence. */
final class Suggestions {
    record Suggested(LocalDate date, UUID visit, String text) {
    }

    private Suggestions() {
    }

    /** The engine's suggestion with the visit it names resolved to the stored one (the schedule is written). */
    static Suggested of(Unplaced u, EntityManager em) {
        Unplaced.Suggestion s = u.suggestion();
        if (s == null) {
            return new Suggested(null, null, null);
        }
        UUID visit = null;
        if (s.joins() != null) {
            List<JointVisit> sameDay = em.createQuery("select v from JointVisit v where v.unitCode = :u and v.date = :d",
                    JointVisit.class).setParameter("u", u.target().unitCode()).setParameter("d", s.date())
                    .getResultList();
            // Two visits of a unit may share a day: the one holding the plans the engine named.
            visit = sameDay.stream().filter(v -> v.members.stream().map(m -> m.planId().toString()).toList()
                    .containsAll(s.joinsPlans())).map(v -> v.id).findFirst().orElse(null);
        }
        return new Suggested(s.date(), visit, s.text());
    }
}
