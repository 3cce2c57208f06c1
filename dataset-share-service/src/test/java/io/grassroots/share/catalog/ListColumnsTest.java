package io.grassroots.share.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.share.directory.LocalDepartment;
import io.grassroots.share.support.Db;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The list columns are text arrays: rows from before the change keep their items, and a list round-trips. */
@QuarkusTest
class ListColumnsTest {
    @Inject
    Db db;
    @Inject
    EntityManager em;

    @Test
    void theListColumnsAreTextArrays() {
        for (String column : List.of("department.groups", "indicator.granted_departments",
                "indicator.granted_groups")) {
            String[] parts = column.split("\\.");
            assertEquals("_text", db.text("select udt_name from information_schema.columns where table_schema = "
                    + "current_schema() and table_name = ? and column_name = ?", parts[0], parts[1]), column);
        }
    }

    @Test
    void theCatalogsSeededGrantsKeptTheirItemsThroughTheMigration() {
        assertEquals("SOCIAL|GOVERNANCE", db.text("select array_to_string(granted_groups, '|') from indicator "
                + "where code = 'ELDERLY_POPULATION'"));
        assertEquals(0, db.count("select cardinality(granted_groups) from indicator where code = 'POPULATION'"));
    }

    @Test
    void anIndicatorsGrantsRoundTripThroughItsEntity() {
        String code = "ARRAY_ROUND_TRIP";
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                Indicator i = new Indicator();
                i.code = code;
                i.name = "数组往返";
                i.unitOfMeasure = "个";
                i.ownerDepartment = "45-statistics";
                i.freshnessDays = 30;
                i.sensitivity = Sensitivity.RESTRICTED;
                i.valueType = ValueType.DECIMAL;
                i.minValue = BigDecimal.ZERO;
                i.grantedDepartments = new ArrayList<>(List.of("450102-finance", "450102-fire"));
                // A comma inside an item survives, which the comma-joined text could not keep apart.
                i.grantedGroups = new ArrayList<>(List.of("SAFETY", "RURAL,SOCIAL"));
                i.createdAt = Instant.parse("2026-03-02T02:00:00Z");
                em.persist(i);
            });
            Indicator read = QuarkusTransaction.requiringNew().call(() -> em.find(Indicator.class, code));
            assertEquals(List.of("450102-finance", "450102-fire"), read.grantedDepartments);
            assertEquals(List.of("SAFETY", "RURAL,SOCIAL"), read.grantedGroups);
            assertEquals(Sensitivity.RESTRICTED, read.sensitivity);
            assertEquals(ValueType.DECIMAL, read.valueType);
            assertEquals(2, db.count("select cardinality(granted_groups) from indicator where code = ?", code));
            assertEquals("RESTRICTED/DECIMAL", db.text("select sensitivity || '/' || value_type from indicator "
                    + "where code = ?", code));
        } finally {
            db.update("delete from indicator where code = ?", code);
        }
    }

    @Test
    void aDepartmentsGroupsRoundTripThroughItsEntity() {
        String id = "99-array-round-trip";
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                LocalDepartment d = new LocalDepartment();
                d.id = id;
                d.name = id;
                d.level = "COUNTY";
                d.regionCode = "99";
                d.groups = new ArrayList<>(List.of("ECONOMY", "SAFETY"));
                em.persist(d);
            });
            assertEquals(List.of("ECONOMY", "SAFETY"),
                    QuarkusTransaction.requiringNew().call(() -> em.find(LocalDepartment.class, id).groupList()));
            assertEquals("SAFETY", db.text("select groups[2] from department where id = ?", id));
        } finally {
            db.update("delete from department where id = ?", id);
        }
    }
}
