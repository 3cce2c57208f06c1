package io.grassroots.web.unit;

import com.fasterxml.jackson.databind.JsonNode;
import io.grassroots.web.api.ApiException;
import io.grassroots.web.api.ApiIds;
import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.api.GatewayClient;
import io.grassroots.web.api.GatewayFiles;
import io.grassroots.web.forms.Spreadsheet;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.i18n.Zh;
import io.grassroots.web.i18n.ZhForms;
import io.grassroots.web.session.User;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A unit's task as a small workbook: downloaded as the API makes it, filled in and uploaded as raw bytes,
 * all or nothing unless the unit asks to keep only the rows filled in correctly.
 */
@ApplicationScoped
public class TaskWorkbooks {
    /** A row's field as the API names it, e.g. rows[5].value (the Excel row's number). */
    private static final Pattern ROW_FIELD = Pattern.compile("(?:rows\\[(\\d{1,7})]\\.)?([A-Za-z]+)");

    @Inject
    GatewayFiles files;

    Response download(String id, User user) {
        ApiIds.check(id);
        return files.download("/api/tasks/" + id + "/workbook", user.token());
    }

    /** Sends the file on and reads what the API made of it; a task that is not the unit's is not found. */
    TaskUpload upload(String id, FileUpload file, boolean partial, User user) {
        ApiIds.check(id);
        String refusal = Spreadsheet.refusal(file);
        if (refusal != null) {
            return new TaskUpload(id, partial, List.of(), List.of(), Spreadsheet.refused(refusal));
        }
        String name = Spreadsheet.name(file);
        GatewayClient.Answer answer = files.post(GatewayClient.path("/api/tasks/" + id + "/workbook", "partial",
                partial), user.token(), Spreadsheet.contentType(name), Spreadsheet.body(file));
        if (answer.ok()) {
            List<TaskUpload.Accepted> accepted = new ArrayList<>();
            answer.body().path("accepted").forEach(a -> accepted.add(new TaskUpload.Accepted(a.path("row").asInt(),
                    a.path("indicator").asText(null))));
            List<String> rejected = new ArrayList<>();
            answer.body().path("rejected").forEach(r -> r.path("violations").forEach(v -> rejected.add(
                    rowText(r.path("row").asInt(), v))));
            return new TaskUpload(id, partial, accepted, rejected, FormErrors.none());
        }
        ApiProblem problem = answer.problem();
        if (problem.status() == 404) {
            throw new NotFoundException();
        }
        if (problem.status() == 409) {
            return new TaskUpload(id, partial, List.of(), List.of(),
                    FormErrors.summary("该任务已完成或已关闭，无需再填报。"));
        }
        if (problem.status() != 400 && problem.status() != 413 && problem.status() != 415
                && problem.status() != 422) {
            throw new ApiException(problem);
        }
        return refused(id, partial, problem);
    }

    /** All or nothing: the rows' problems as sentences, the file's next to its input. */
    private static TaskUpload refused(String id, boolean partial, ApiProblem problem) {
        List<String> rejected = new ArrayList<>();
        List<ApiProblem.Violation> rest = new ArrayList<>();
        for (ApiProblem.Violation v : problem.violations()) {
            Matcher row = v.field() == null ? null : ROW_FIELD.matcher(v.field());
            if (row != null && row.matches() && row.group(1) != null) {
                rejected.add(ZhForms.workbookRow(Integer.parseInt(row.group(1)), row.group(2), v.rule()));
            } else {
                rest.add(v);
            }
        }
        FormErrors errors = Spreadsheet.errors(new ApiProblem(problem.status(), problem.type(), problem.title(),
                problem.detail(), rest));
        if (!rejected.isEmpty()) {
            errors = FormErrors.of("表格中有填写不正确的行，整个表格都未导入。请改正后重新上传，或勾选“只接受填写正确的行”。",
                    errors.has("file") ? Map.of("file", errors.of("file")) : Map.of(), errors.general());
        }
        return new TaskUpload(id, partial, List.of(), rejected, errors);
    }

    /** A refused row of a partial upload: its violations name the field as "value" or "rows[5].value". */
    private static String rowText(int row, JsonNode violation) {
        String field = violation.path("field").asText("");
        Matcher m = ROW_FIELD.matcher(field);
        String part = m.matches() ? m.group(2) : "value";
        String rule = violation.path("rule").asText(null);
        return rule == null ? "第 " + row + " 行：" + Zh.rule(null) : ZhForms.workbookRow(row, part, rule);
    }
}
