package io.grassroots.web.unit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.forms.Spreadsheet;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.i18n.Zh;
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
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * The unit's data tasks: only the fields no shared data could answer, each open task with a form of
 * exactly those fields; problems in Chinese next to the field they concern; the task done after. Each
 * open task can also be downloaded as a workbook and uploaded filled in.
 */
@Path("/unit/tasks")
@Produces(MediaType.TEXT_HTML)
public class UnitTasks {
    private static final Pattern ID = Pattern.compile("[0-9a-fA-F-]{36}");
    private static final Pattern VALUE_AT = Pattern.compile("values\\[(\\d+)](?:\\.(value|indicator))?");
    static final List<String> STATUSES = List.of("OPEN", "FULFILLED");

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance tasks(User user, String status, List<UnitViews.Task> tasks,
                Map<String, UnitViews.Indicator> catalog, Filled filled, String notice, TaskUpload upload);
    }

    /** The form as last posted: which task, what was typed per field, and the problems per field. */
    public record Filled(String taskId, Map<String, String> typed, FormErrors errors) {
        static final Filled NONE = new Filled(null, Map.of(), FormErrors.none());

        public boolean is(String id) {
            return taskId != null && taskId.equals(id);
        }

        public String typed(String id, String indicator) {
            return is(id) ? typed.getOrDefault(indicator, "") : "";
        }

        public FormErrors errorsOf(String id) {
            return is(id) ? errors : FormErrors.none();
        }
    }

    @Inject
    Viewer viewer;
    @Inject
    GatewayClient gateway;
    @Inject
    ObjectMapper json;
    @Inject
    TaskWorkbooks workbooks;

    @GET
    public Response list(@QueryParam("status") String status, @QueryParam("done") String done) {
        User user = UnitPages.require(viewer);
        String notice = done != null && ID.matcher(done).matches() ? "填报已提交，任务已完成。" : null;
        return page(200, user, status != null && STATUSES.contains(status) ? status : null, Filled.NONE, notice);
    }

    @POST
    @Path("{id}")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response submit(@PathParam("id") String id, @FormParam("indicator") List<String> indicators,
            @FormParam("value") List<String> values) {
        User user = UnitPages.require(viewer);
        if (id == null || !ID.matcher(id).matches()) {
            throw new NotFoundException();
        }
        List<String> codes = indicators == null ? List.of() : indicators;
        Map<String, String> typed = new LinkedHashMap<>();
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<Map<String, Object>> items = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            String code = codes.get(i);
            String text = values != null && i < values.size() && values.get(i) != null ? values.get(i).trim() : "";
            typed.put(code, text);
            if (text.isEmpty()) {
                byField.put(code, List.of("请填写此项"));
                continue;
            }
            try {
                Map<String, Object> item = new LinkedHashMap<>();
                item.put("indicator", code);
                item.put("value", new BigDecimal(text));
                items.add(item);
            } catch (NumberFormatException e) {
                byField.put(code, List.of("请填写数字"));
            }
        }
        if (!byField.isEmpty()) {
            // Nothing goes to the API until every field holds a number: a half-filled task is not half-submitted.
            return page(400, user, null, new Filled(id, typed, FormErrors.of("请按提示修改。", byField, List.of())),
                    null);
        }
        GatewayClient.Answer answer = gateway.send("POST", "/api/tasks/" + id + "/submit", user.token(),
                Map.of("values", items));
        if (answer.ok()) {
            return Response.seeOther(URI.create("/unit/tasks?done=" + id)).build();
        }
        ApiProblem problem = answer.problem();
        if (problem.status() == 404) {
            throw new NotFoundException();
        }
        if (problem.status() != 400 && problem.status() != 409 && problem.status() != 422) {
            throw new ApiException(problem);
        }
        return page(problem.status(), user, null, new Filled(id, typed, errors(problem, codes, catalog(user))), null);
    }

    /** The task's open fields as a small workbook to fill in, streamed from the API with its name. */
    @GET
    @Path("{id}/workbook")
    @Produces({ Spreadsheet.XLSX, MediaType.APPLICATION_OCTET_STREAM, MediaType.TEXT_HTML })
    public Response workbook(@PathParam("id") String id) {
        return workbooks.download(id, UnitPages.require(viewer));
    }

    /** The filled workbook: the page shows which rows were taken and why the others were not. */
    @POST
    @Path("{id}/workbook")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    public Response upload(@PathParam("id") String id, @RestForm("file") FileUpload file,
            @RestForm("partial") String partial) {
        User user = UnitPages.require(viewer);
        TaskUpload upload = workbooks.upload(id, file, "true".equals(partial), user);
        return page(upload.status(), user, null, Filled.NONE, null, upload);
    }

    /** Each violation next to the field it names: values[i] is the i-th field the form sent. */
    private static FormErrors errors(ApiProblem problem, List<String> codes, Map<String, UnitViews.Indicator> catalog) {
        Map<String, List<String>> byField = new LinkedHashMap<>();
        List<String> general = new ArrayList<>();
        for (ApiProblem.Violation v : problem.violations()) {
            Matcher at = v.field() == null ? null : VALUE_AT.matcher(v.field());
            if (at != null && at.matches() && Integer.parseInt(at.group(1)) < codes.size()) {
                String code = codes.get(Integer.parseInt(at.group(1)));
                UnitViews.Indicator indicator = catalog.get(code);
                String message = "indicator".equals(at.group(2)) ? "此项已不在本任务中，请刷新页面"
                        : "DUPLICATE".equals(v.rule()) ? "重复填写"
                                : "取值不符合要求" + (indicator == null ? "" : "：须为" + indicator.takes());
                byField.computeIfAbsent(code, k -> new ArrayList<>()).add(message);
            } else if ("STATUS".equals(v.rule())) {
                general.add("该任务已完成或已关闭，无需再填报。");
            } else if ("values".equals(v.field()) && "REQUIRED".equals(v.rule())) {
                general.add("还有字段未填写，请刷新页面后补全。");
            } else {
                general.add(Zh.violation(v));
            }
        }
        return FormErrors.of(Zh.problem(problem), byField, general);
    }

    private Response page(int status, User user, String filter, Filled filled, String notice) {
        return page(status, user, filter, filled, notice, TaskUpload.NONE);
    }

    private Response page(int status, User user, String filter, Filled filled, String notice, TaskUpload upload) {
        JsonNode body = gateway.get(GatewayClient.path("/api/tasks", "status", filter), user.token());
        List<UnitViews.Task> tasks = new ArrayList<>();
        body.forEach(t -> tasks.add(UnitPages.map(json, t, UnitViews.Task.class)));
        return Response.status(status).entity(Templates.tasks(user, filter, tasks, catalog(user), filled, notice,
                upload))
                .header("Cache-Control", "no-store").build();
    }

    /** The catalog by code, for the fields' Chinese names; without it the codes are shown. */
    private Map<String, UnitViews.Indicator> catalog(User user) {
        Map<String, UnitViews.Indicator> byCode = new HashMap<>();
        try {
            JsonNode body = gateway.get("/api/catalog/indicators", user.token());
            JsonNode list = body.isArray() ? body : body.path("items");
            list.forEach(i -> {
                UnitViews.Indicator indicator = UnitPages.map(json, i, UnitViews.Indicator.class);
                byCode.put(indicator.code(), indicator);
            });
        } catch (ApiException e) {
            // Names are a help, not a condition: the form still works with the codes.
        }
        return byCode;
    }
}
