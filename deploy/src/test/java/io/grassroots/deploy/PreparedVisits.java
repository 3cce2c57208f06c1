package io.grassroots.deploy;

import static io.grassroots.deploy.Http.call;

import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Visits for the fault load's joint teams to record results on: a market department's food-safety
 * plans over the county's townships in autumn (apart from the load's own spring plans, so that new
 * approvals never move them), approved, scheduled by a run of the county and confirmed. Each plan of each visit is one result
 * to record: visit id, plan id, unit and the team's token.
 */
final class PreparedVisits {
    private PreparedVisits() {
    }

    static BlockingQueue<String[]> prepare(RunningStack stack, String county, List<String> townships, int plans)
            throws IOException, InterruptedException {
        String gateway = stack.gateway();
        int year = RunningStack.YEAR;
        String department = county + "-market";
        Duration lifetime = Duration.ofHours(2);
        String filer = stack.stack.minter().mint("fault-market", "DEPARTMENT", department, null, county, lifetime);
        String coordinator = stack.stack.minter().mint("fault-coordinator", "COORDINATOR", null, null, county,
                lifetime);
        String team = stack.stack.minter().mint("fault-team-market", "TEAM", department, null, county, lifetime);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < plans; i++) {
            String id = JsonPath.from(call("POST", gateway + "/api/plans", filer, """
                    {"year": %d, "title": "故障演练食品安全检查 %d", "kind": "INSPECTION", "scope": "SPECIAL",
                     "category": "FOOD_DRUG", "targets": %s, "windowStart": "%d-10-08", "windowEnd": "%d-11-27",
                     "onSiteDays": 1, "teamSize": 2, "materials": ["SAFETY_INCIDENTS"], "mandate": "演练〔%d〕2号"}"""
                    .formatted(year, i, Http.json(townships), year, year, year))).getString("id");
            JsonPath submitted = JsonPath.from(call("POST", gateway + "/api/plans/" + id + "/submit", filer, null));
            List<String> review = submitted.getList("findings.findAll { it.severity == 'REVIEW' }.rule", String.class);
            call("POST", gateway + "/api/plans/" + id + "/decision", coordinator, "{\"decision\": \"APPROVE\", "
                    + "\"reason\": \"演练\", \"acceptedFindings\": " + Http.json(review) + "}");
            ids.add(id);
        }
        // The county's first run makes its schedule; from then on approvals are placed as they come.
        call("POST", gateway + "/api/schedule/" + county + "/" + year, coordinator, null);
        for (String id : ids) {
            awaitPlaced(gateway + "/api/plans/" + id, filer);
        }
        BlockingQueue<String[]> pairs = new LinkedBlockingQueue<>();
        Set<String> ours = Set.copyOf(ids);
        for (int page = 0;; page++) {
            JsonPath visits = JsonPath.from(call("GET", gateway + "/api/visits?department=" + department + "&from="
                    + year + "-10-01&to=" + year + "-11-30&size=200&page=" + page, coordinator, null));
            List<Map<String, Object>> items = visits.getList("items");
            for (int i = 0; i < items.size(); i++) {
                String visit = visits.getString("items[" + i + "].id");
                call("POST", gateway + "/api/visits/" + visit + "/confirm", coordinator, null);
                String unit = visits.getString("items[" + i + "].unitCode");
                for (String plan : visits.getList("items[" + i + "].plans.planId", String.class)) {
                    if (ours.contains(plan)) {
                        pairs.add(new String[] { visit, plan, unit, team });
                    }
                }
            }
            if (items.size() < 200) {
                if (pairs.size() < plans) {
                    throw new IOException("only " + pairs.size() + " plan-visits prepared; the first plan: "
                            + call("GET", gateway + "/api/plans/" + ids.get(0), filer, null) + "; visits: "
                            + visits.prettify());
                }
                return pairs;
            }
        }
    }

    private static void awaitPlaced(String url, String token) throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 120; attempt++) {
            if (!Boolean.TRUE.equals(JsonPath.from(call("GET", url, token, null)).get("placementPending"))) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IOException(url + " was not placed within a minute");
    }
}
