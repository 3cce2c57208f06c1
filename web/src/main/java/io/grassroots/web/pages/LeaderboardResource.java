package io.grassroots.web.pages;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.i18n.FormErrors;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The public red/black list of a region and year (公布"减负"成效的红黑榜): no sign-in, no token sent,
 * so that what the public sees is exactly what the API publishes to anyone.
 */
@Path("/burden/leaderboard")
@Produces(MediaType.TEXT_HTML)
public class LeaderboardResource {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance leaderboard(int year, String region, LeaderboardView board, String reliefChart,
                String burdenChart, FormErrors errors);
    }

    @Inject
    GatewayClient gateway;
    @Inject
    ObjectMapper json;

    @GET
    public Response show(@QueryParam("year") String yearText, @QueryParam("region") String regionText) {
        int year = year(yearText);
        String region = regionText == null ? "" : regionText.trim();
        try {
            var body = gateway.get(GatewayClient.path("/api/burden/leaderboard", "year", year, "region", region,
                    "size", 20), null);
            LeaderboardView board = json.treeToValue(body, LeaderboardView.class);
            return Response.ok(Templates.leaderboard(year, region, board, chart(board.red(), true),
                    chart(board.black(), false), FormErrors.none())).build();
        } catch (ApiException e) {
            if (e.problem().status() != 400) {
                throw e;
            }
            // A region or year the API refuses: shown next to the filter's input, not as an error page.
            return Response.status(400).entity(Templates.leaderboard(year, region, null, null, null,
                    FormErrors.of(e.problem(), Set.of("year", "region")))).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("the leaderboard's answer does not map", e);
        }
    }

    private static int year(String text) {
        try {
            return Integer.parseInt(text.trim());
        } catch (RuntimeException e) {
            // No year (or not a number): this year in Beijing, the list the public most likely wants.
            return LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        }
    }

    /** The chart's data for the bundled script, as JSON in a data attribute: no inline script needed. */
    private String chart(List<LeaderboardView.Entry> entries, boolean relief) throws JsonProcessingException {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("series", relief ? "减负得分" : "负担（单位工时）");
        data.put("kind", relief ? "red" : "black");
        data.put("names", entries.stream().map(e -> e.name() == null ? e.departmentId() : e.name()).toList());
        data.put("values", entries.stream().map(e -> relief ? e.reliefScore() : e.burdenScore())
                .map(v -> v == null ? BigDecimal.ZERO : v).toList());
        return json.writeValueAsString(data);
    }
}
