package io.grassroots.inspection.plan;

import static io.grassroots.inspection.support.Api.as;
import static io.grassroots.inspection.support.Api.submitted;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grassroots.events.Topics;
import io.grassroots.inspection.support.PlanJson;
import io.grassroots.platform.outbox.OutboxRelay;
import io.grassroots.testing.EventProbe;
import io.grassroots.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

/**
 * A commit that wrote events wakes the outbox relay: with its schedule an hour apart (after the run a second
 * after the start), a plan's approval still reaches the broker at once.
 */
@QuarkusTest
@TestProfile(WokenRelayTest.HourlySchedule.class)
class WokenRelayTest {
    @Inject
    OutboxRelay relay;

    /** The relay's schedule far beyond the test's wait. */
    public static class HourlySchedule implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("outbox.interval", "1h");
        }
    }

    @Test
    void anApprovalIsPublishedWithoutWaitingForTheSchedule() {
        // Past the schedule's first run, which went through: from here on only a commit's wake publishes. (Rows
        // the start wrote after that run, bulk seeding's, wait for the wake too.)
        Awaitility.await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(30))
                .until(() -> relay.working() && relay.idle());
        String dept = TestTokens.department("450124-emergency", "450124");
        String id = submitted(dept, PlanJson.valid().with("targets", List.of("450124101")));
        as(TestTokens.coordinator("45")).body(Map.of("decision", "APPROVE")).post("/api/plans/" + id + "/decision")
                .then().statusCode(200);
        try (EventProbe probe = EventProbe.of(Topics.PLAN_EVENTS)) {
            List<String> types = probe.await(e -> id.equals(e.key()), 2, Duration.ofSeconds(30)).stream()
                    .map(EventProbe.ReceivedEvent::type).toList();
            assertEquals(List.of("plan.submitted.v1", "plan.approved.v1"), types);
        }
    }
}
