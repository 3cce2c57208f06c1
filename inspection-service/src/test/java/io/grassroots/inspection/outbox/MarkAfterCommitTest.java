package io.grassroots.inspection.outbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.events.Topics;
import io.grassroots.inspection.support.Db;
import io.grassroots.testing.EventProbe;
import io.grassroots.testing.EventProbe.ReceivedEvent;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Kafka committed a batch, then the database refused to mark its rows published (as when PostgreSQL
 * crashes between the two; the fault suite found 8 events twice on a topic that way). The rows must not
 * go out again: the relay remembers what Kafka took and marks it once the database is back.
 */
@QuarkusTest
class MarkAfterCommitTest {
    private final String key = "markfail-" + UUID.randomUUID();

    @Inject
    Db db;

    @AfterEach
    void dropTheFault() {
        db.update("drop trigger if exists fail_marks on outbox_event");
        db.update("drop function if exists fail_marks()");
        db.update("drop sequence if exists fail_marks_seen");
        db.update("delete from outbox_event where event_key = ? and published_at is null", key);
    }

    @Test
    void aBatchKafkaCommittedIsNotSentAgainWhenTheDatabaseRefusedToMarkIt() {
        // A sequence counts the refusals: unlike a table it is not rolled back with the failing transaction.
        db.update("create sequence fail_marks_seen");
        db.update("create function fail_marks() returns trigger language plpgsql as $$ begin "
                + "if new.event_key like 'markfail-%' and nextval('fail_marks_seen') <= 3 then "
                + "raise exception 'the database went away after Kafka committed'; end if; return new; end $$");
        db.update("create trigger fail_marks before update of published_at on outbox_event for each row "
                + "when (old.published_at is null and new.published_at is not null) execute function fail_marks()");
        db.update("insert into outbox_event (event_id, topic, event_key, event_type, subject, payload, created_at) "
                + "values (?, ?, ?, 'test.marked.v1', ?, '{\"n\":1}', now())", UUID.randomUUID(), Topics.PLAN_EVENTS,
                key, key);

        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> db.count(
                "select count(*) from outbox_event where event_key = ? and published_at is not null", key) == 1);
        assertTrue(db.count("select last_value from fail_marks_seen") >= 3, "the database refused the mark 3 times");
        try (EventProbe probe = EventProbe.of(Topics.PLAN_EVENTS)) {
            probe.await(e -> key.equals(e.key()), 1, Duration.ofSeconds(30));
            // The row is marked: whatever the relay sent of it is on the topic, up to its end.
            List<ReceivedEvent> sent = probe.drainToEnd(e -> key.equals(e.key()));
            assertEquals(1, sent.size(), "sent once, though its mark failed 3 times: " + sent);
        }
    }
}
