package io.grassroots.web.schedule;

import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.QueryNumbers;
import io.grassroots.web.api.SessionEnded;
import io.grassroots.web.i18n.Formats;
import io.grassroots.web.i18n.Zh;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;

/**
 * The coordinator's scheduling run for its region and a year: the last run's summary (visits beside
 * the lower bound, placed beside the upper bound, every plan-target left apart with its reason and
 * suggestion), and a button that runs it again. Auditors see the same summary without the button.
 */
@Path("/schedule")
@Produces(MediaType.TEXT_HTML)
public class SchedulePage {
    static final int PAGE_SIZE = 50;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance schedule(User user, int year, List<Integer> years, ScheduleViews.Run run,
                UnmergedPage unmerged, String notice, String error);
    }

    /** One page of the run's plan-targets left apart, filtered by reason. */
    public record UnmergedPage(List<ScheduleViews.Unmerged> items, String reason, int page, int pages, int total,
            int year) {
        public boolean hasPrevious() {
            return page > 0;
        }

        public boolean hasNext() {
            return page + 1 < pages;
        }

        public String query(int toPage) {
            return GatewayClient.path("/schedule", "year", year, "reason", reason, "page", toPage == 0 ? null : toPage)
                    + "#unmerged";
        }
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;

    @GET
    public Response show(@QueryParam("year") String year, @QueryParam("reason") String reason,
            @QueryParam("page") String page, @QueryParam("ran") String ran) {
        User user = viewer.require(Role.COORDINATOR, Role.AUDITOR);
        int chosen = year(year);
        String notice = ran != null && user.role() == Role.COORDINATOR ? "排程已完成，以下为本次排程结果。" : null;
        return page(200, user, chosen, reason, page, notice, null);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response run(@FormParam("year") String year) {
        User user = viewer.require(Role.COORDINATOR);
        int chosen = year(year);
        GatewayClient.Answer answer = gateway.sendLong("/api/schedule/" + user.region() + "/" + chosen, user.token());
        if (answer.ok()) {
            // Post, then redirect: a reload shows the run again instead of running it twice.
            return Response.seeOther(URI.create("/schedule?year=" + chosen + "&ran=1")).build();
        }
        ApiProblem problem = answer.problem();
        if (problem.status() == 404 || problem.status() == 403) {
            throw new ApiException(problem);
        }
        return page(problem.status(), user, chosen, null, null, null, "排程未能完成：" + Zh.problem(problem));
    }

    private Response page(int status, User user, int year, String reason, String page, String notice, String error) {
        GatewayClient.Answer answer = gateway.exchange("GET", "/api/schedule/" + user.region() + "/" + year,
                user.token(), null);
        ScheduleViews.Run run = null;
        if (answer.ok()) {
            run = gateway.map(answer.body(), ScheduleViews.Run.class);
        } else if (answer.status() == 401) {
            throw new SessionEnded(SessionEnded.Reason.REVOKED);
        } else if (answer.status() != 404) {
            // No run yet is a 404 and an empty summary; anything else is the platform's trouble.
            throw new ApiException(answer.problem());
        }
        return Response.status(status)
                .entity(Templates.schedule(user, year, Formats.planningYears(), run, unmerged(run, reason, page, year),
                        notice, error))
                .header("Cache-Control", "no-store").build();
    }

    private static UnmergedPage unmerged(ScheduleViews.Run run, String reason, String page, int year) {
        List<ScheduleViews.Unmerged> all = run == null ? List.of() : run.summary().unmerged();
        String kept = reason != null && all.stream().anyMatch(u -> u.reason().equals(reason)) ? reason : null;
        List<ScheduleViews.Unmerged> chosen = kept == null ? all
                : all.stream().filter(u -> u.reason().equals(kept)).toList();
        int pages = Math.max(1, (chosen.size() + PAGE_SIZE - 1) / PAGE_SIZE);
        Integer asked = QueryNumbers.within(page, 0, pages - 1);
        int p = asked == null ? 0 : asked;
        List<ScheduleViews.Unmerged> items = chosen.subList(p * PAGE_SIZE,
                Math.min(chosen.size(), (p + 1) * PAGE_SIZE));
        return new UnmergedPage(items, kept, p, pages, chosen.size(), year);
    }

    private static int year(String year) {
        Integer y = QueryNumbers.within(year, 2000, 2100);
        return y != null ? y : LocalDate.now(Formats.BEIJING).getYear();
    }
}
