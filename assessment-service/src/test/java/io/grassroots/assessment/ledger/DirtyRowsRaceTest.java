package io.grassroots.assessment.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.assessment.support.Db;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A consumer marks a ledger row while the publisher holds it: the publisher has claimed the row and read
 * figures that do not yet hold the consumer's uncommitted change, then clears the row. The consumer's
 * mark must survive that clear, or its change is never published (LedgerOverKafkaTest once waited a minute
 * in vain for a department's final figures: the mark had been a no-op against the claimed row, which the
 * publisher then deleted).
 */
@QuarkusTest
class DirtyRowsRaceTest {
    private static final DepartmentYear ROW = new DepartmentYear("450126-fire", 2026);

    @Inject
    Db db;

    private static long pid(Connection c) throws java.sql.SQLException {
        try (var statement = c.createStatement(); var rs = statement.executeQuery("select pg_backend_pid()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    @Test
    void aMarkMadeWhileThePublisherHoldsTheRowOutlivesItsClear() throws Exception {
        db.update("delete from ledger_dirty where department_id = ?", ROW.departmentId());
        db.update("insert into ledger_dirty (department_id, year) values (?, ?)", ROW.departmentId(), ROW.year());
        try (Connection publisher = db.connection(); Connection consumer = db.connection()) {
            publisher.setAutoCommit(false);
            consumer.setAutoCommit(false);
            long consumerPid = pid(consumer);
            assertEquals(List.of(ROW), DirtyRows.claim(publisher, 5000).stream().filter(ROW::equals).toList());
            // The consumer's batch marks the row; it may wait for the publisher, but must not be lost.
            CompletableFuture<Void> mark = CompletableFuture.runAsync(() -> {
                try {
                    DirtyRows.mark(consumer, List.of(ROW));
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            });
            // The race is only made once the mark has met the claimed row: it either waits on the publisher's
            // lock or, skipping the row, is already done. Clearing before that would test nothing.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (!mark.isDone() && db.count("select count(*) from pg_locks where pid = ? and not granted",
                    consumerPid) == 0 && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            DirtyRows.clear(publisher, List.of(ROW));
            publisher.commit();
            mark.get(30, TimeUnit.SECONDS);
            consumer.commit();
        }
        assertEquals(1, db.count("select count(*) from ledger_dirty where department_id = ? and year = ?",
                ROW.departmentId(), ROW.year()), "the consumer's change is still queued for the publisher");
    }
}
