package io.grassroots.gateway.proxy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RouteTableTest {
    private final RouteTable table = new RouteTable(RouteTable.PLATFORM);

    @ParameterizedTest
    @CsvSource({
            "/api/auth/token, gateway",
            "/api/admin/accounts/someone, gateway",
            "/api/plans, inspection",
            "/api/plans/1b4e28ba-2fa1-11d2-883f-0016d3cca427/submit, inspection",
            "/api/units, inspection",
            "/api/units/450103001, inspection",
            "/api/units/450103001/calendar, inspection",
            "/api/units/450103001/access-log, share",
            "/api/data/450103001/POPULATION, share",
            "/api/reports, share",
            "/api/share/stats, share",
            "/api/burden/leaderboard, assessment",
            "/api/assessment/scores/450103001, assessment",
            "/api/feedback/, assessment",
            "/api/schedule/450103/2027, inspection",
            "/api/calendar/2027, inspection",
            "/api/units/450102001/calendar-feed, inspection",
            "/api/feeds/Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg.ics, inspection" })
    void eachPathGoesToTheServiceThatOwnsIt(String path, String owner) {
        assertEquals(Optional.of(owner), table.upstreamOf(path));
    }

    @ParameterizedTest
    @CsvSource({ "/, true", "/plans, true", "/plans/1/edit, true", "/signin, true", "/static/bundle/app-X.js, true",
            "/apiary, true", "/openapi/x, true", "/api, false", "/api/plans, false", "/openapi, false",
            "/q/health/ready, false", "/q, false" })
    void everyPathButTheApisTheOpenApiDocumentAndQuarkusOwnIsTheConsoles(String path, boolean console) {
        assertEquals(console, RouteTable.isConsolePath(path));
    }

    @Test
    void aPathNoServiceOwnsIsNotRouted() {
        assertEquals(Optional.empty(), table.upstreamOf("/api/nothing"));
        assertEquals(Optional.empty(), table.upstreamOf("/api"));
        // A prefix is a whole segment: /api/plansx is not /api/plans.
        assertEquals(Optional.empty(), table.upstreamOf("/api/plansx"));
        // access-log is routed to share only directly under a unit.
        assertEquals(Optional.of(RouteTable.INSPECTION), table.upstreamOf("/api/units/access-log"));
    }

    @Test
    void aFeedsSecretIsCutOutOfWhatIsLogged() {
        assertEquals("/api/feeds/…", RouteTable.redacted("/api/feeds/Zm9vYmFyYmF6cXV4cXV1eHF1dXhxdXV4cXV1eHF1dXg.ics"));
        assertEquals("/api/feeds/…?x=1", RouteTable.redacted("/api/feeds/abc.ics?x=1"));
        assertEquals("/api/plans/1?year=2027", RouteTable.redacted("/api/plans/1?year=2027"));
    }
}
