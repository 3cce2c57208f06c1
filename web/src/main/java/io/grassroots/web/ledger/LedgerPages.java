package io.grassroots.web.ledger;

import com.fasterxml.jackson.databind.JsonNode;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.GatewayUnavailable;
import io.grassroots.web.api.QueryNumbers;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The burden ledger of a year: a department's own row; for coordinators and auditors (read-only) every
 * department of their region, as a table and a bar chart, with the share rate month by month.
 */
@Path("/ledger")
@Produces(MediaType.TEXT_HTML)
public class LedgerPages {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance mine(User user, int year, List<Integer> years, LedgerViews.Row row,
                String barChart, LedgerViews.Stats stats, String lineChart);

        static native TemplateInstance region(User user, int year, List<Integer> years, List<LedgerViews.Row> rows,
                String barChart, LedgerViews.Stats stats, String lineChart);
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;
    @Inject
    LedgerCharts charts;

    @GET
    public Response show(@QueryParam("year") String yearText) {
        User user = viewer.require(Role.DEPARTMENT, Role.COORDINATOR, Role.AUDITOR);
        int thisYear = LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear();
        Integer asked = QueryNumbers.within(yearText, 2000, 2100);
        int year = asked == null ? thisYear : asked;
        List<LedgerViews.Row> rows = rows(year, user);
        LedgerViews.Stats stats = stats(year, user);
        String line = stats == null ? null : charts.shareByMonth(stats);
        TemplateInstance page;
        if (user.role() == Role.DEPARTMENT) {
            LedgerViews.Row mine = rows.stream().filter(r -> r.counts().departmentId().equals(user.department()))
                    .findFirst().orElse(null);
            page = Templates.mine(user, year, years(thisYear, year), mine, mine == null ? null
                    : charts.department(mine), stats, line);
        } else {
            page = Templates.region(user, year, years(thisYear, year), rows, rows.isEmpty() ? null
                    : charts.departments(rows), stats, line);
        }
        return Response.ok(page).header("Cache-Control", "no-store").build();
    }

    /** The region's rows: the API answers every department under the region the caller names, so it names its own. */
    private List<LedgerViews.Row> rows(int year, User user) {
        JsonNode body = gateway.get(GatewayClient.path("/api/burden/departments", "year", year, "region",
                user.region()), user.token());
        List<LedgerViews.Row> rows = new ArrayList<>();
        for (JsonNode row : body) {
            rows.add(map(row, LedgerViews.Row.class));
        }
        return rows;
    }

    /** The share's figures; the ledger still shows without them when the share service does not answer. */
    private LedgerViews.Stats stats(int year, User user) {
        try {
            return map(gateway.get(GatewayClient.path("/api/share/stats", "year", year), user.token()),
                    LedgerViews.Stats.class);
        } catch (ApiException | GatewayUnavailable e) {
            return null;
        }
    }

    /** Two years back to next year (plans are filed ahead), and the year shown if it lies outside. */
    private static List<Integer> years(int thisYear, int shown) {
        TreeSet<Integer> years = new TreeSet<>(List.of(thisYear - 2, thisYear - 1, thisYear, thisYear + 1, shown));
        return List.copyOf(years.descendingSet());
    }

    private <T> T map(JsonNode body, Class<T> type) {
        return gateway.map(body, type);
    }
}
