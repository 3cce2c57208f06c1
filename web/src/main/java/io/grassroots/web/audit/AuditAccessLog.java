package io.grassroots.web.audit;

import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.Directory;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.QueryNumbers;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.session.Role;
import io.grassroots.web.session.User;
import io.grassroots.web.session.Viewer;
import io.grassroots.web.unit.AccessLogs;
import io.grassroots.web.unit.UnitViews;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An auditor's read-only view of who read a unit's data: a unit of its region, picked from the
 * directory or typed, then that unit's access log, refused attempts included, newest first, paged.
 */
@Path("/access-log")
@Produces(MediaType.TEXT_HTML)
public class AuditAccessLog {
    /** Townships have 9 digits, villages 12: nothing else is sent into the API's path. */
    private static final Pattern UNIT = Pattern.compile("[0-9]{9}|[0-9]{12}");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance log(User user, Choice choice, List<Directory.Unit> units,
                UnitViews.LogPage result, FormErrors errors);
    }

    /** The unit asked for (as typed, to show it back), its name when the directory's list has it, and the page. */
    public record Choice(String unit, String name, int page) {
        public String query(int toPage) {
            return GatewayClient.path("/access-log", "unit", unit, "page", toPage == 0 ? null : toPage);
        }
    }

    @Inject
    Viewer viewer;
    @Inject
    Directory directory;
    @Inject
    AccessLogs logs;

    @GET
    public Response show(@QueryParam("unit") String unit, @QueryParam("page") String page) {
        User user = viewer.require(Role.AUDITOR);
        List<Directory.Unit> units = directory.townships(user.region(), user.token());
        String code = unit == null || unit.isBlank() ? null : unit.trim();
        Integer p = QueryNumbers.within(page, 0, 100_000);
        Choice choice = new Choice(code, nameOf(code, units), p == null ? 0 : p);
        if (code == null) {
            return page(200, user, choice, units, null, FormErrors.none());
        }
        if (!UNIT.matcher(code).matches()) {
            return page(400, user, choice, units, null, FormErrors.field("unit", "单位代码应为 9 位或 12 位数字"));
        }
        try {
            return page(200, user, choice, units, logs.page(code, choice.page(), user), FormErrors.none());
        } catch (ApiException e) {
            int status = e.problem().status();
            if (status != 404 && status != 403) {
                throw e;
            }
            // The API's own refusal and status: another region's unit is not told apart from no unit at all.
            return page(status, user, choice, units, null, FormErrors.field("unit", "该单位不存在，或不在您的辖区内"));
        }
    }

    private static String nameOf(String code, List<Directory.Unit> units) {
        return code == null ? null : units.stream().filter(u -> code.equals(u.code())).map(Directory.Unit::name)
                .findFirst().orElse(null);
    }

    private static Response page(int status, User user, Choice choice, List<Directory.Unit> units,
            UnitViews.LogPage result, FormErrors errors) {
        return Response.status(status).entity(Templates.log(user, choice, units, result, errors))
                .header("Cache-Control", "no-store").build();
    }
}
