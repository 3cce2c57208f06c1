package io.grassroots.web.requests;

import io.grassroots.web.api.Directory;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Collection;
import java.util.List;

/**
 * A department files a data request: it ticks catalog indicators and townships of its region (or types
 * other unit codes), names the period and the due date. The API answers what shared data covers and
 * asks units only for the rest; a refusal shows each problem in Chinese next to its input.
 */
@Path("/data-requests/new")
@Produces(MediaType.TEXT_HTML)
public class RequestForm {
    @CheckedTemplate
    static class Templates {
        static native TemplateInstance form(RequestInput form, Collection<RequestViews.Indicator> indicators,
                List<Directory.Unit> units, FormErrors errors);
    }

    @Inject
    Directory directory;
    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;
    @Inject
    RequestApi requests;

    @GET
    public Response blank() {
        User user = viewer.require(Role.DEPARTMENT);
        // Last year's figures are what departments mostly ask for.
        String period = String.valueOf(LocalDate.now(ZoneId.of("Asia/Shanghai")).getYear() - 1);
        return page(200, user, RequestInput.blank(period), FormErrors.none());
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response file(@FormParam("title") String title, @FormParam("indicators") List<String> indicators,
            @FormParam("units") List<String> units, @FormParam("moreUnits") String moreUnits,
            @FormParam("period") String period, @FormParam("dueDate") String dueDate) {
        User user = viewer.require(Role.DEPARTMENT);
        RequestInput input = new RequestInput(title, indicators, units, moreUnits, period, dueDate);
        GatewayClient.Answer answer = gateway.send("POST", "/api/data-requests", user.token(), input.body());
        if (answer.ok()) {
            // Post, then redirect: a reload does not file twice, and the request's page shows what became of it.
            String id = answer.body().path("id").asText();
            RequestApi.checkId(id);
            return Response.seeOther(URI.create("/data-requests/" + id + "?filed=1")).build();
        }
        if (answer.status() == 404) {
            throw new NotFoundException();
        }
        if (answer.status() != 400 && answer.status() != 409 && answer.status() != 422) {
            throw new ApiException(answer.problem());
        }
        return page(answer.status(), user, input, FormErrors.of(answer.problem(), RequestInput.INPUTS));
    }

    private Response page(int status, User user, RequestInput input, FormErrors errors) {
        return Response.status(status).entity(Templates.form(input, requests.catalog(user).values(),
                directory.townships(user.region(), user.token()), errors)).header("Cache-Control", "no-store").build();
    }
}
