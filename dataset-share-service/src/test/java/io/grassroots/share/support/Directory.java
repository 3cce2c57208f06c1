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
            // A county of its own for forms: two townships, each with a village called 新村.
            events.publish(new UnitUpsertedV1("450105001", "城关镇", "TOWNSHIP", "450105", "450105", "4501", "45"));
            events.publish(new UnitUpsertedV1("450105002", "新华镇", "TOWNSHIP", "450105", "450105", "4501", "45"));
            events.publish(new UnitUpsertedV1("450105001001", "新村", "VILLAGE", "450105001", "450105", "4501", "45"));
            events.publish(new UnitUpsertedV1("450105001002", "和平村", "VILLAGE", "450105001", "450105", "4501", "45"));
            events.publish(new UnitUpsertedV1("450105002001", "新村", "VILLAGE", "450105002", "450105", "4501", "45"));
            events.publish(new UnitUpsertedV1("450105002002", "团结村", "VILLAGE", "450105002", "450105", "4501", "45"));
            events.publish(new DepartmentUpsertedV1("450105-emergency", "450105-emergency", "COUNTY", "450105",
                    List.of("SAFETY", "ECONOMY")));
            events.publish(new DepartmentUpsertedV1("450105-fire", "450105-fire", "COUNTY", "450105",
                    List.of("SAFETY", "ECONOMY")));
            events.publish(new DepartmentUpsertedV1("450105-statistics", "450105-statistics", "COUNTY", "450105",
                    List.of("ECONOMY")));
            dept(events, "450102-statistics", "ECONOMY");
            dept(events, "450102-emergency", "SAFETY");
            dept(events, "450102-fire", "SAFETY");
            dept(events, "450102-civil-affairs", "SOCIAL");
            dept(events, "450102-finance", "ECONOMY");
        }
        Awaitility.await().atMost(Duration.ofSeconds(60)).until(() -> db.count("select count(*) from unit") >= 12
                && db.count("select count(*) from department") >= 8);
        published = true;
    }

    private static void dept(EventPublisher events, String id, String group) {
        events.publish(new DepartmentUpsertedV1(id, id, "COUNTY", id.substring(0, id.indexOf('-')), List.of(group)));
    }
}
