package io.grassroots.share.directory;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.directory.DepartmentUpsertedV1;
import io.grassroots.events.directory.UnitUpsertedV1;
import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.PolledBatch;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/**
 * Issue #19: the directory comes a poll at a time, in one transaction (a fresh stack or a replay reads a
 * province's units), in offset order, and a poll delivered again changes nothing.
 */
@QuarkusTest
class DirectoryBatchTest extends ShareTest {
    @Inject
    DirectoryConsumer consumer;
    @Inject
    ObjectMapper json;

    private DirectoryRecords topic;
    @Inject
    DirectoryCache cache;

    private ConsumerRecord<String, String> record(PlatformEvent event) throws Exception {
        if (topic == null) {
            topic = new DirectoryRecords(json, 1_000_000);
        }
        return topic.record(event);
    }

    private static UnitUpsertedV1 unit(int i, String name) {
        return new UnitUpsertedV1(String.format("45012996%04d", i), name, "VILLAGE", "450129100", "450129", "4501",
                "45");
    }

    @Test
    void aPollOfUnitsAndDepartmentsIsOneTransactionAndTheLaterEventOfAKeyWins() throws Exception {
        List<ConsumerRecord<String, String>> records = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            records.add(record(unit(i, "村" + i)));
        }
        records.add(record(new DepartmentUpsertedV1("dept-batch-test", "测试局", "COUNTY", "450129", List.of("FIRE"))));
        records.add(record(unit(7, "新村")));
        PolledBatch.deliverCleanly(records, consumer::onDirectory);

        assertEquals(40, db.count("select count(*) from unit where code like '45012996%'"), "every unit kept");
        assertEquals(1, db.count("select count(distinct xmin::text) from (select xmin from unit where code like "
                + "'45012996%' union all select xmin from department where id = 'dept-batch-test') rows"),
                "units and the department written by one transaction");
        assertEquals("新村", db.text("select name from unit where code = '450129960007'"));
        assertTrue(cache.unitExists("450129960039"));

        PolledBatch.deliverCleanly(records.subList(0, 10), consumer::onDirectory); // delivered again
        assertEquals("新村", db.text("select name from unit where code = '450129960007'"),
                "a redelivered older event does not undo the later one");
    }
}
