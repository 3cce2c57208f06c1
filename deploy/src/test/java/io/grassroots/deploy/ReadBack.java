package io.grassroots.deploy;

import io.restassured.path.json.JsonPath;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Every acknowledged write of the fault load read back through a gateway, as its writer would: with the
 * writer's token, by id, and checked against what the acknowledgement said (the plan submitted or
 * approved, the reported value at its version, the request, the team's result with its count).
 */
final class ReadBack {
    private static final Set<String> SUBMITTED = Set.of("SUBMITTED", "APPROVED", "SCHEDULED", "COMPLETED");
    private static final Set<String> APPROVED = Set.of("APPROVED", "SCHEDULED", "COMPLETED");

    private ReadBack() {
    }

    /** One acknowledged write: where its writer reads it, with which token, and what must hold of the answer. */
    record Receipt(WriteKind kind, String key, String path, String token, String expected, Predicate<JsonPath> holds) {
    }

    /** How many receipts were read back, and those that were absent or not as acknowledged. */
    record Outcome(int read, List<String> wrong) {
    }

    /** A department's submitted plan. */
    static Receipt submission(String id, String token) {
        return new Receipt(WriteKind.SUBMISSION, id, "/api/plans/" + id, token, "submitted",
                json -> SUBMITTED.contains(json.getString("status")) && json.getString("submittedAt") != null);
    }

    /** A coordinator's approval of a plan. */
    static Receipt approval(String id, String token) {
        return new Receipt(WriteKind.APPROVAL, id, "/api/plans/" + id, token, "approved",
                json -> APPROVED.contains(json.getString("status")));
    }

    /** A unit's own value: the version the acknowledgement named, with the value sent, in the value's history. */
    static Receipt report(String key, String unit, String period, int version, long value, String token) {
        return new Receipt(WriteKind.REPORT, key, "/api/data/" + unit + "/POPULATION?period=" + period, token,
                "version " + version + " = " + value, json -> {
                    List<Map<String, Object>> history = json.getList("history");
                    return history != null && history.stream().anyMatch(v -> Objects.equals(v.get("version"), version)
                            && same(v.get("value"), value));
                });
    }

    /** A department's data request: the request with a field for each of its units. */
    static Receipt request(String id, String period, List<String> units, String token) {
        return new Receipt(WriteKind.REQUEST, id, "/api/data-requests/" + id, token, "period " + period + ", units "
                + units,
                json -> id.equals(json.getString("id")) && period.equals(json.getString("period"))
                        && Set.copyOf(units).equals(Set.copyOf(json.getList("fields.unit", String.class))));
    }

    /** A joint team's result: the visit holds a result for the plan with the count sent. */
    static Receipt result(String key, String visit, String plan, int count, String token) {
        return new Receipt(WriteKind.RESULT, key, "/api/visits/" + visit, token, "result for " + plan + " = " + count,
                json -> {
                    List<Map<String, Object>> results = json.getList("results");
                    return results != null && results.stream().anyMatch(r -> plan.equals(r.get("planId"))
                            && r.get("indicatorValues") instanceof List<?> values && values.stream()
                                    .anyMatch(v -> v instanceof Map<?, ?> m && same(m.get("value"), count)));
                });
    }

    /** Reads each receipt back through the gateway (waiting out its rate limits, as GatewayClient does). */
    static Outcome run(String gateway, Collection<Receipt> receipts) {
        List<String> serverErrors = new ArrayList<>();
        GatewayClient client = new GatewayClient(gateway, serverErrors);
        List<String> wrong = new ArrayList<>();
        int read = 0;
        for (Receipt receipt : receipts) {
            HttpResponse<String> answer = client.send("GET", receipt.path(), receipt.token(), null);
            read++;
            if (answer.statusCode() != 200 || !receipt.holds().test(JsonPath.from(answer.body()))) {
                String body = answer.body().replaceAll("\\s+", " ");
                wrong.add(receipt.kind() + " " + receipt.key() + ": expected " + receipt.expected() + ", GET "
                        + receipt.path() + " answered " + answer.statusCode() + " " + body.substring(0,
                                Math.min(300, body.length())));
            }
        }
        return new Outcome(read, wrong);
    }

    private static boolean same(Object json, long expected) {
        return json != null && new BigDecimal(json.toString()).compareTo(BigDecimal.valueOf(expected)) == 0;
    }
}
