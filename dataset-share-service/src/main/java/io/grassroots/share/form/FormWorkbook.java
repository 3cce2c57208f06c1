package io.grassroots.share.form;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.share.form.mapping.Layout;
import io.grassroots.share.request.DataRequestView;
import io.grassroots.share.request.FieldStatus;
import io.grassroots.share.request.RequestService;
import io.grassroots.share.workbook.Upload;
import io.grassroots.share.workbook.WorkbookFiles;
import io.grassroots.share.workbook.WorkbookLimits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.StreamingOutput;
import java.time.Clock;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A filed form's workbook, filled from the request's current state: a later download includes what
 * units have answered since, and what is still awaited stays highlighted.
 */
@ApplicationScoped
public class FormWorkbook {
    @Inject
    FormQuery query;
    @Inject
    RequestService requests;
    @Inject
    WorkbookFiles files;
    @Inject
    WorkbookLimits limits;
    @Inject
    Clock clock;

    /** The file's name and its bytes, written when the response is. */
    public record Filled(String fileName, StreamingOutput body) {
    }

    @Transactional
    public Filled filled(UUID id, Caller caller) {
        Form form = query.own(id, caller, LockModeType.NONE);
        if (form.status != Form.Status.FILED) {
            throw ProblemException.conflict("STATUS", "form " + id + " is a draft: confirm its mapping first");
        }
        DataRequestView request = requests.get(form.requestId, caller);
        Layout layout = form.layout;
        FormMapping mapping = form.mapping;
        Map<String, FormFiller.Answer> answers = new HashMap<>();
        int awaiting = 0;
        for (DataRequestView.Field f : request.fields()) {
            if (f.status() == FieldStatus.ANSWERED && f.value() != null) {
                answers.put(f.unit() + "|" + f.indicator(),
                        new FormFiller.Answer(f.value(), f.source().name(), f.version(),
                                f.reportedAt()));
            } else {
                awaiting++;
            }
        }
        List<String[]> summary = List.of(
                new String[] { "表格", form.fileName },
                new String[] { "数据请求编号", request.id().toString() },
                new String[] { "标题", request.title() },
                new String[] { "期间", request.period() },
                new String[] { "截止日期", request.dueDate().toString() },
                new String[] { "需填写的单元格", String.valueOf(request.fieldsRequested()) },
                new String[] { "发出时由共享数据填写", String.valueOf(request.answeredFromShared()) },
                new String[] { "向基层单位索取", String.valueOf(request.askedOfUnits()) },
                new String[] { "并入已有任务（不重复索取）", String.valueOf(request.coalesced()) },
                new String[] { "仍待填报", String.valueOf(awaiting) },
                new String[] { "节省基层工时（分钟）", String.valueOf(request.minutesSaved()) },
                new String[] { "生成时间", DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                        .format(ZonedDateTime.now(clock).withZoneSameInstant(ZoneId.of("Asia/Shanghai"))) });
        FormFiller.Fill fill = new FormFiller.Fill(layout, mapping, answers, summary, limits.maxComments());
        byte[] content = form.content;
        Upload.Kind kind = form.kind;
        return new Filled(filledName(form.fileName), out -> {
            try (Upload upload = files.open(content, kind == Upload.Kind.CSV ? "text/csv" : WorkbookFiles.XLSX)) {
                FormFiller.write(upload, fill, out);
            }
        });
    }

    private static String filledName(String name) {
        String base = name.replaceAll("(?i)\\.(xlsx|csv)$", "");
        return base + "（已填）.xlsx";
    }
}
