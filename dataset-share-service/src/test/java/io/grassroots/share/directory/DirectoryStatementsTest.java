package io.grassroots.share.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.directory.DepartmentUpsertedV1;
import io.grassroots.events.directory.UnitUpsertedV1;
import io.grassroots.share.support.CountedStatements;
import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.CountingDriver;
import io.grassroots.testing.PolledBatch;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * A poll of the directory writes its units and its departments with a statement each, however many it
 * holds (a fresh stack reads a province's 18,000 units; a look-up and an insert per unit made the shared
 * dataset's copy the slowest part of the stack's start), and stores every field as the event gave it.
 */
@QuarkusTest
@TestProfile(CountedStatements.class)
class DirectoryStatementsTest extends ShareTest {
    @Inject
    DirectoryConsumer consumer;
    @Inject
    ObjectMapper json;

    private DirectoryRecords topic;

    private ConsumerRecord<String, String> record(PlatformEvent event) throws Exception {
        if (topic == null) {
            topic = new DirectoryRecords(json, 2_000_000);
        }
        return topic.record(event);
    }

    /** A poll of n villages under the prefix and two departments; the statements it ran. */
    private int poll(String prefix, int n) throws Exception {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            records.add(record(new UnitUpsertedV1(prefix + String.format("%04d", i), "村" + i, "VILLAGE", "450129100",
                    "450129", "4501", "45")));
        }
        records.add(record(new DepartmentUpsertedV1(prefix + "-fire", "消防", "COUNTY", "450129", List.of("FIRE",
                "SAFETY"))));
        records.add(record(new DepartmentUpsertedV1(prefix + "-none", "无组", "COUNTY", "450129", null)));
        // A later event of the first unit in the same poll: one statement cannot update a row twice.
        records.add(record(new UnitUpsertedV1(prefix + "0000", "后村", "VILLAGE", "450129100", "450129", "4501",
                "45")));
        int statements = CountingDriver.count(() -> PolledBatch.deliverCleanly(records, consumer::onDirectory));
        assertEquals(n, db.count("select count(*) from unit where code like '" + prefix + "%'"), "every unit kept");
        assertEquals("后村", db.text("select name from unit where code = '" + prefix + "0000'"), "the later event wins");
        return statements;
    }

    @Test
    void aPollWritesItsUnitsAndDepartmentsWithAStatementEach() throws Exception {
        poll("45012997", 3); // a fresh service's first poll may load what later ones find cached
        int few = poll("45012998", 3);
        int many = poll("45012999", 300);
        System.out.printf("directory statements per poll: %d for 3 units, %d for 300%n", few, many);
        assertTrue(few > 0, "the driver counted no statement");
        assertEquals(few, many, "statements for 3 units: " + few + ", for 300: " + many);
        // the inbox, the units, the departments
        assertTrue(many <= 3, "a poll of 300 units ran " + many + " statements");

        assertEquals("450129990299|村299|VILLAGE|450129100|450129|4501|45", db.text("select concat_ws('|', code, "
                + "name, level, parent_code, county_code, city_code, province_code) from unit "
                + "where code = '450129990299'"));
        assertEquals("消防|COUNTY|450129|{FIRE,SAFETY}", db.text("select concat_ws('|', name, level, region_code, "
                + "groups::text) from department where id = '45012999-fire'"));
        assertEquals("{}", db.text("select groups::text from department where id = '45012999-none'"),
                "a department without groups has none");

        // A later event of a unit and of a department, in a poll of its own, changes the stored rows.
        PolledBatch.deliverCleanly(List.of(record(new UnitUpsertedV1("450129990299", "新村", "VILLAGE", "450129100",
                "450129", "4501", "45")), record(
                        new DepartmentUpsertedV1("45012999-fire", "消防救援", "COUNTY",
                                "450129", List.of("FIRE")))),
                consumer::onDirectory);
        assertEquals("新村", db.text("select name from unit where code = '450129990299'"));
        assertEquals("消防救援|{FIRE}", db.text("select name || '|' || groups::text from department "
                + "where id = '45012999-fire'"));
    }
}
