package io.grassroots.share.support;

import io.grassroots.events.directory.DepartmentUpsertedV1;
import io.grassroots.events.directory.UnitUpsertedV1;
import io.grassroots.testing.EventPublisher;
import java.time.Duration;
import java.util.List;
import org.awaitility.Awaitility;

/**
 * Publishes a small slice of Guangxi's directory on the directory topic, as inspection-service
 * does, and waits until this service's copy has it: every test starts from that copy.
 */
public final class Directory {
    private static boolean published;

    private Directory() {
    }

    public static synchronized void ensure(Db db) {
        if (published) {
            return;
        }
        try (EventPublisher events = new EventPublisher()) {
            for (String code : List.of("450102001", "450102002", "450102003", "450102101", "450103001")) {
                events.publish(new UnitUpsertedV1(code, "镇" + code, "TOWNSHIP", code.substring(0, 6),
                        code.substring(0, 6), "4501", "45"));
            }
            events.publish(new UnitUpsertedV1("450102001003", "兴宁社区居委会", "VILLAGE", "450102001", "450102",
                    "4501", "45"));
            dept(events, "450102-statistics", "ECONOMY");
            dept(events, "450102-emergency", "SAFETY");
            dept(events, "450102-fire", "SAFETY");
            dept(events, "450102-civil-affairs", "SOCIAL");
            dept(events, "450102-finance", "ECONOMY");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> db.count("select count(*) from unit") >= 6
                && db.count("select count(*) from department") >= 5);
        published = true;
    }

    private static void dept(EventPublisher events, String id, String group) {
        events.publish(new DepartmentUpsertedV1(id, id, "COUNTY", id.substring(0, id.indexOf('-')), List.of(group)));
    }
}
