package io.grassroots.web.catalog;

import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiProblem;
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
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The data catalog: its indicators with the other names departments' forms give them, searched by
 * code, name or alias; a province's coordinator keeps each indicator's aliases, one a line.
 */
@Path("/catalog")
@Produces(MediaType.TEXT_HTML)
public class CatalogPage {
    /** As the catalog's codes are made (CatalogResource): anything else names no indicator. */
    private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,63}");
    /** A longer search matches nothing a name or alias could hold; it is cut, not refused. */
    private static final int MAX_TEXT = 100;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance catalog(User user, String q, List<CatalogViews.Indicator> shown, int total,
                boolean editable, CatalogViews.Edit edit, FormErrors errors, FormErrors nothing, String saved);

        static native TemplateInstance catalog$results(User user, String q, List<CatalogViews.Indicator> shown,
                int total, boolean editable, CatalogViews.Edit edit, FormErrors errors, FormErrors nothing,
                String saved);
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;

    @GET
    public Response show(@QueryParam("q") String q, @QueryParam("saved") String saved,
            @HeaderParam("HX-Request") String htmx, @HeaderParam("HX-History-Restore-Request") String restore) {
        User user = viewer.require(Role.COORDINATOR, Role.DEPARTMENT, Role.AUDITOR);
        boolean partial = htmx != null && restore == null;
        String savedCode = saved != null && CODE.matcher(saved).matches() ? saved : null;
        return page(200, user, catalog(user), text(q), CatalogViews.Edit.NONE, FormErrors.none(), savedCode,
                partial);
    }

    @POST
    @Path("/{code}/aliases")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response save(@PathParam("code") String code, @FormParam("aliases") String aliases,
            @FormParam("q") String q) {
        User user = viewer.require(Role.COORDINATOR);
        if (!CODE.matcher(code).matches()) {
            throw new NotFoundException();
        }
        CatalogViews.Lines sent = CatalogViews.Lines.of(aliases);
        GatewayClient.Answer answer = gateway.send("PUT", "/api/catalog/indicators/" + code + "/aliases",
                user.token(), sent.aliases());
        String search = text(q);
        if (answer.ok()) {
            return Response.seeOther(URI.create(GatewayClient.path("/catalog", "q", search, "saved", code)
                    + "#indicator-" + code)).build();
        }
        ApiProblem problem = answer.problem();
        if (problem.status() != 400 && problem.status() != 422) {
            // 403 (not a province's coordinator), 404 (no such indicator): the page has nothing to correct.
            throw new ApiException(problem);
        }
        Map<String, CatalogViews.Indicator> catalog = catalog(user);
        FormErrors errors = AliasErrors.of(problem, code, sent, catalog);
        return page(problem.status(), user, catalog, search, new CatalogViews.Edit(code, aliases == null ? ""
                : aliases), errors, null, false);
    }

    private Response page(int status, User user, Map<String, CatalogViews.Indicator> catalog, String q,
            CatalogViews.Edit edit, FormErrors errors, String saved, boolean partial) {
        // The indicator whose save was refused stays shown whatever the search, so its problems are seen.
        List<CatalogViews.Indicator> shown = catalog.values().stream()
                .filter(i -> i.matches(q) || i.code().equals(edit.code())).toList();
        boolean editable = provinceCoordinator(user);
        TemplateInstance html = partial
                ? Templates.catalog$results(user, q, shown, catalog.size(), editable, edit, errors, FormErrors.none(),
                        saved)
                : Templates.catalog(user, q, shown, catalog.size(), editable, edit, errors,
                        FormErrors.none(), saved);
        return Response.status(status).entity(html).header("Vary", "HX-Request").header("Cache-Control", "no-store")
                .build();
    }

    private Map<String, CatalogViews.Indicator> catalog(User user) {
        CatalogViews.Indicator[] all = gateway.map(gateway.get("/api/catalog/indicators", user.token()),
                CatalogViews.Indicator[].class);
        Map<String, CatalogViews.Indicator> byCode = new LinkedHashMap<>();
        Arrays.stream(all).forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }

    /** Only a province's coordinators keep the catalog (the API refuses anyone else with PROVINCE_WIDE). */
    static boolean provinceCoordinator(User user) {
        return user.role() == Role.COORDINATOR && user.region() != null && user.region().length() == 2;
    }

    private static String text(String q) {
        if (q == null || q.isBlank()) {
            return null;
        }
        String text = q.strip();
        return text.length() > MAX_TEXT ? text.substring(0, MAX_TEXT) : text;
    }
}
