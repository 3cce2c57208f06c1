package io.grassroots.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.restassured.path.json.JsonPath;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * An outbox relay killed (kill -9) after Kafka committed its batch and before its database marked the
 * rows published: the fault suite caught 4 events twice on a topic that way once, in a row that kills
 * a service at a random moment. Here the moment is made certain: the database refuses the marks until
 * the service is dead. The relay that starts next must not send the batch again.
 */
@ExtendWith(StackExtension.class)
class RelayKilledIT {
    private static final String COUNTY = "450181";

    @Test
    void aBatchKafkaCommittedIsNotSentAgainByTheRelayThatStartsAfterTheKilledOne(RunningStack stack)
            throws Exception {
        String bootstrap = stack.stack.broker().bootstrapServers();
        long before = single(stack, "select coalesce(max(id), 0) from outbox_event");
        // Kafka takes the batch; the database then refuses to mark it, as if the process died in between.
        update(stack, "create function refuse_marks() returns trigger language plpgsql as $$ begin "
                + "raise exception 'the relay died before the database heard of the commit'; end $$");
        update(stack, "create trigger refuse_marks before update of published_at on outbox_event for each row "
                + "when (old.published_at is null and new.published_at is not null and new.id > " + before + ") "
                + "execute function refuse_marks()");
        try {
            String token = stack.stack.minter().mint("relay-killed", "DEPARTMENT", COUNTY + "-fire", null, COUNTY,
                    Duration.ofHours(1));
            String township = JsonPath.from(Http.call("GET", stack.gateway() + "/api/units?parent=" + COUNTY
                    + "&level=TOWNSHIP&size=1", token, null)).getString("items[0].code");
            String plan = JsonPath.from(Http.call("POST", stack.gateway() + "/api/plans", token, """
                    {"year": %d, "title": "中继中断演练", "kind": "INSPECTION", "scope": "SPECIAL", "category": "FIRE",
                     "targets": ["%s"], "windowStart": "%d-04-01", "windowEnd": "%d-05-29", "onSiteDays": 1,
                     "teamSize": 2, "materials": ["SAFETY_INCIDENTS"], "mandate": "演练〔%d〕2号"}"""
                    .formatted(RunningStack.YEAR, township, RunningStack.YEAR, RunningStack.YEAR, RunningStack.YEAR)))
                    .getString("id");
            Http.call("POST", stack.gateway() + "/api/plans/" + plan + "/submit", token, null);
            Map<String, String> events = unpublished(stack, before);
            assertFalse(events.isEmpty(), "the plan's draft and submission wrote outbox rows");
            Set<String> topics = new TreeSet<>(events.values());
            waitUntil(Duration.ofSeconds(60), "Kafka committed the batch", () -> allOnce(bootstrap, topics, events));
            assertEquals(events.keySet(), unpublished(stack, before).keySet(), "the database marked none of them");

            stack.stack.kill(Service.INSPECTION);
            update(stack, "drop trigger refuse_marks on outbox_event");
            update(stack, "drop function refuse_marks()");
            stack.stack.restart(Service.INSPECTION);

            waitUntil(Duration.ofSeconds(60), "the new relay marked the rows", () -> unpublished(stack, before)
                    .isEmpty());
            // A batch is marked only after Kafka committed it: had it gone again, the copies would be there now.
            assertEquals(counts(events, 1), TopicAudit.occurrences(bootstrap, topics, events.keySet()),
                    "every event of the batch is on its topic once");
        } finally {
            update(stack, "drop trigger if exists refuse_marks on outbox_event");
            update(stack, "drop function if exists refuse_marks()");
        }
    }

    private static boolean allOnce(String bootstrap, Set<String> topics, Map<String, String> events) {
        try {
            return TopicAudit.occurrences(bootstrap, topics, events.keySet()).values().stream().allMatch(n -> n >= 1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, Integer> counts(Map<String, String> events, int n) {
        Map<String, Integer> counts = new TreeMap<>();
        events.keySet().forEach(id -> counts.put(id, n));
        return counts;
    }

    /** The unpublished outbox rows after the given id: event id to topic. */
    private static Map<String, String> unpublished(RunningStack stack, long after) {
        try (Connection c = stack.database(Service.INSPECTION);
                PreparedStatement ps = c.prepareStatement(
                        "select event_id::text, topic from outbox_event where id > ? and published_at is null order by id")) {
            ps.setLong(1, after);
            Map<String, String> rows = new LinkedHashMap<>();
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    rows.put(rs.getString(1), rs.getString(2));
                }
            }
            return rows;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static long single(RunningStack stack, String sql) throws Exception {
        try (Connection c = stack.database(Service.INSPECTION);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static void update(RunningStack stack, String sql) throws Exception {
        try (Connection c = stack.database(Service.INSPECTION); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    private static void waitUntil(Duration within, String what, BooleanSupplier condition) throws Exception {
        long deadline = System.nanoTime() + within.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + " within " + within.toSeconds() + " s");
            Thread.sleep(500);
        }
    }
}
