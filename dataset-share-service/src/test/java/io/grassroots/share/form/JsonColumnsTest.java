package io.grassroots.share.form;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.share.support.Db;
import io.grassroots.testing.JsonColumnChecks;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every JSON column is jsonb, and an entity's JSON field is written and read back as the same value. */
@QuarkusTest
class JsonColumnsTest {
    /** table.column of every JSON column of the service (the outbox's payload is text on purpose). */
    private static final List<String> JSON_COLUMNS = List.of("official_calendar.holidays",
            "official_calendar.workdays", "form.layout", "form.mapping", "form_mapping.columns");

    @Inject
    Db db;
    @Inject
    EntityManager em;

    @Test
    void everyJsonColumnIsJsonb() {
        JsonColumnChecks.assertJsonb(db, JSON_COLUMNS);
    }

    @Test
    void aKeptMappingRoundTripsThroughItsEntity() {
        KeptMapping.Key key = new KeptMapping.Key("json-test-department", "json-test-signature");
        Map<String, String> columns = new HashMap<>();
        columns.put("B", "POPULATION");
        columns.put("C", null);
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                KeptMapping kept = new KeptMapping();
                kept.key = key;
                kept.columns = columns;
                kept.updatedAt = Instant.parse("2026-03-02T02:00:00Z");
                em.persist(kept);
            });
            assertEquals(columns,
                    QuarkusTransaction.requiringNew().call(() -> em.find(KeptMapping.class, key).columns));
            assertEquals("POPULATION", db.text("select columns ->> 'B' from form_mapping where department_id = ?",
                    key.departmentId()));
            assertEquals("null",
                    db.text("select jsonb_typeof(columns -> 'C') from form_mapping where department_id = ?",
                            key.departmentId()));
        } finally {
            db.update("delete from form_mapping where department_id = ?", key.departmentId());
        }
    }
}
