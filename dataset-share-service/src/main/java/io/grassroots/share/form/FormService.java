package io.grassroots.share.form;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.share.catalog.IndicatorRepository;
import io.grassroots.share.directory.DirectoryCache;
import io.grassroots.share.directory.LocalDepartment;
import io.grassroots.share.form.mapping.FormRefusal;
import io.grassroots.share.form.mapping.Layout;
import io.grassroots.share.request.DataRequestInput;
import io.grassroots.share.request.DataRequestView;
import io.grassroots.share.request.RequestService;
import io.grassroots.share.workbook.Upload;
import io.grassroots.share.workbook.WorkbookFiles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Takes a department's form: reads it and proposes a mapping (kept as a draft), and on confirmation
 * files a data request for the mapped cells through the request rules (grants, notice, coalescing).
 */
@ApplicationScoped
public class FormService {
    @Inject
    EntityManager em;
    @Inject
    WorkbookFiles files;
    @Inject
    FormReading reading;
    @Inject
    FormMemory memory;
    @Inject
    FormCorrections corrections;
    @Inject
    RequestService requests;
    @Inject
    DirectoryCache directory;
    @Inject
    IndicatorRepository catalog;
    @Inject
    FormQuery query;
    @Inject
    Clock clock;

    @Transactional
    public FormView upload(byte[] body, String contentType, String name, Caller caller) {
        LocalDepartment department = department(caller);
        Layout layout;
        Upload.Kind kind;
        try (Upload upload = files.open(body, contentType)) {
            kind = upload.kind();
            layout = memory.recall(department.id, reading.detector(department.regionCode).detect(upload.grid()),
                    catalogCodes());
            refuseFormulas(upload, layout.columns().stream().filter(c -> c.indicator() != null)
                    .map(Layout.Column::index).collect(Collectors.toSet()),
                    layout.rows().stream().filter(r -> r.unit() != null).map(Layout.Row::row)
                            .collect(Collectors.toSet()));
        } catch (FormRefusal refusal) {
            throw ProblemException.invalid("file", refusal.rule(), refusal.getMessage());
        }
        Form form = new Form();
        form.id = UUID.randomUUID();
        form.departmentId = department.id;
        form.fileName = fileName(name, kind);
        form.kind = kind;
        form.content = body;
        form.layout = layout;
        form.signature = layout.signature();
        form.status = Form.Status.DRAFT;
        form.title = layout.title();
        form.period = layout.period();
        form.rowsTotal = layout.rows().size();
        form.columnsMapped = (int) layout.columns().stream().filter(c -> c.indicator() != null).count();
        form.createdBy = caller.subject();
        form.createdAt = Instant.now(clock);
        em.persist(form);
        return query.view(form, layout);
    }

    @Transactional
    public FormView confirm(UUID id, FormConfirmation input, Caller caller) {
        Form form = query.own(id, caller, LockModeType.PESSIMISTIC_WRITE);
        if (form.status == Form.Status.FILED) {
            throw ProblemException.conflict("STATUS", "form " + id + " is filed already as data request "
                    + form.requestId);
        }
        LocalDepartment department = department(caller);
        Layout layout = form.layout;
        FormMapping mapping = corrections.apply(layout, input, department.regionCode);
        try (Upload upload = files.open(form.content, form.kind == Upload.Kind.CSV ? "text/csv" : WorkbookFiles.XLSX)) {
            refuseFormulas(upload, mapping.columns().keySet(), mapping.rows().keySet());
        }
        List<String> indicators = new ArrayList<>(mapping.columns().values());
        List<String> units = new ArrayList<>(mapping.rows().values());
        DataRequestView filed;
        try {
            filed = requests.file(new DataRequestInput(input.title(), indicators, units, input.period(),
                    input.dueDate()), caller);
        } catch (ProblemException problem) {
            throw problem.renamed(field -> corrections.formField(field, mapping));
        }
        Instant now = Instant.now(clock);
        form.status = Form.Status.FILED;
        form.requestId = filed.id();
        form.title = filed.title();
        form.period = filed.period();
        form.mapping = mapping;
        form.filedAt = now;
        form.columnsMapped = mapping.columns().size();
        memory.remember(department.id, layout, mapping, now);
        em.flush();
        return query.view(form, layout);
    }

    private Set<String> catalogCodes() {
        return catalog.codes();
    }

    /**
     * A formula in a cell to be filled (a unit's row, a mapped column) would be overwritten: the department
     * is asked to remove it first. Other formulas stay, such as a total row's sums, recalculated on opening.
     */
    private static void refuseFormulas(Upload upload, Set<Integer> columns, Set<Integer> rows) {
        List<String> cells = Layout.formulas(upload.grid(), rows, columns, 20);
        if (!cells.isEmpty()) {
            throw ProblemException.invalid("file", "FORMULA", "cells to be filled hold formulas, which the platform "
                    + "refuses rather than overwrite: " + String.join(", ", cells));
        }
    }

    private LocalDepartment department(Caller caller) {
        return directory.department(caller.department()).orElseThrow(() -> ProblemException.invalid("dept",
                "EXISTS", "your department " + caller.department() + " is not in the directory"));
    }

    private static String fileName(String name, Upload.Kind kind) {
        String cleaned = name == null ? "" : name.replaceAll("[\\p{Cntrl}/\\\\]", "").strip();
        if (cleaned.isEmpty()) {
            cleaned = kind == Upload.Kind.CSV ? "表格.csv" : "表格.xlsx";
        }
        return cleaned.length() > 200 ? cleaned.substring(cleaned.length() - 200) : cleaned;
    }
}
