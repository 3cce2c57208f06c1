package io.grassroots.web.forms;

import io.grassroots.web.api.ApiProblem;
import io.grassroots.web.i18n.FormErrors;
import io.grassroots.web.i18n.Zh;
import io.grassroots.web.i18n.ZhForms;
import java.io.FileNotFoundException;
import java.io.UncheckedIOException;
import java.net.http.HttpRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.resteasy.reactive.multipart.FileUpload;

/**
 * A spreadsheet a user uploads (a department's form, a unit's filled workbook): what the console checks
 * before sending it on as raw bytes, its content type by its name, and the API's problems with it in
 * Chinese next to the file input.
 */
public final class Spreadsheet {
    /** As the API takes it (and the gateway lets through): 2 MiB. */
    public static final long MAX_BYTES = 2L * 1024 * 1024;
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String CSV = "text/csv";

    private Spreadsheet() {
    }

    /**
     * The content type the API is told: text/csv for a .csv, else a workbook's. A file that is neither
     * (a legacy .xls, an .xlsm) goes as a workbook, and the API, which reads the bytes, names the rule.
     */
    public static String contentType(String fileName) {
        return fileName != null && fileName.toLowerCase(Locale.ROOT).endsWith(".csv") ? CSV : XLSX;
    }

    /** The file's own name, without any folder an old browser may send with it. */
    public static String name(FileUpload file) {
        String name = file == null || file.fileName() == null ? "" : file.fileName();
        return name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1).trim();
    }

    /** The rule a file breaks before the API need see it (none chosen, too large), or null. */
    public static String refusal(FileUpload file) {
        if (file == null || file.size() == 0 || name(file).isEmpty()) {
            return "REQUIRED";
        }
        return file.size() > MAX_BYTES ? "MAX_SIZE" : null;
    }

    /** The file's bytes as the request's body, read from where the upload was stored. */
    public static HttpRequest.BodyPublisher body(FileUpload file) {
        try {
            return HttpRequest.BodyPublishers.ofFile(file.uploadedFile());
        } catch (FileNotFoundException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The console's own refusal, next to the file input. */
    public static FormErrors refused(String rule) {
        return FormErrors.of("请按提示修改。", Map.of("file", List.of(ZhForms.fileRule(rule))), List.of());
    }

    /** The API's problem: the file's rules next to its input, anything else above the form. */
    public static FormErrors errors(ApiProblem problem) {
        if (problem.status() == 413 || problem.status() == 415) {
            // The gateway's body limit, or a content type the API does not take: no field is named then.
            return refused(problem.status() == 413 ? "MAX_SIZE" : "FORMAT");
        }
        List<String> file = new ArrayList<>();
        List<String> general = new ArrayList<>();
        for (ApiProblem.Violation v : problem.violations()) {
            if ("file".equals(v.field()) || v.field() == null && ZhForms.isFileRule(v.rule())) {
                file.add(ZhForms.file(v));
            } else {
                general.add(Zh.violation(v));
            }
        }
        return FormErrors.of(file.isEmpty() ? Zh.problem(problem) : "表格未能读取，请按提示修改后重新上传。",
                file.isEmpty() ? Map.of() : Map.of("file", file), general);
    }
}
