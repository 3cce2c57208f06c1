package io.grassroots.inspection.visit;

import io.grassroots.inspection.merge.Unplaced;
import jakarta.persistence.EntityManager;
import java.time.LocalDate;
import java.util.UUID;

/** Where an unplaced plan-target would fit, as stored: a date, the stored visit it would join, a sentence. */
final class Suggestions {
    record Suggested(LocalDate date, UUID visit, String text) {
    }

    private Suggestions() {
    }

    static Suggested of(Unplaced u, EntityManager em, int year) {
        return new Suggested(null, null, null);
    }
}
