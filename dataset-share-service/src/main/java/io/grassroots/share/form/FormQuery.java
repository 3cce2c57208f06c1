package io.grassroots.share.form;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.platform.web.Page;
import io.grassroots.platform.web.PageRequest;
import io.grassroots.platform.web.ProblemException;
import io.grassroots.share.catalog.Indicator;
import io.grassroots.share.catalog.IndicatorCache;
import io.grassroots.share.directory.DirectoryQuery;
import io.grassroots.share.form.mapping.ColumnMatcher;
import io.grassroots.share.form.mapping.Layout;
import io.grassroots.share.form.mapping.UnitMatcher;
import io.grassroots.share.request.RequestFigures;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A department's forms as it reviews them: one with its mapping, its rows by page, and its list. */
@ApplicationScoped
public class FormQuery {
    private static final int ATTENTION_ROWS = 500;

    @Inject
    EntityManager em;
    @Inject
    IndicatorCache indicators;
    @Inject
    RequestFigures figures;
    @Inject
    DirectoryQuery directory;

    /** The requests filed as forms, of the departments named (null: of every department). */
    @Transactional
    public List<UUID> filedRequests(Collection<String> departments) {
        if (departments != null && departments.isEmpty()) {
            return List.of();
        }
        var query = em.createQuery("select f.requestId from Form f where f.requestId is not null"
                + (departments == null ? "" : " and f.departmentId in :d"), UUID.class);
        if (departments != null) {
            query.setParameter("d", departments);
        }
        return query.getResultList();
    }

    /** The department's own form, or 404 for anyone else. */
    Form own(UUID id, Caller caller, LockModeType lock) {
        Form form = em.find(Form.class, id, lock);
        if (form == null || caller.role() != Role.DEPARTMENT || !form.departmentId.equals(caller.department())) {
            throw ProblemException.notFound("form " + id);
        }
        return form;
    }

    @Transactional
    public FormView get(UUID id, Caller caller) {
        Form form = own(id, caller, LockModeType.NONE);
        return view(form, form.layout);
    }

    @Transactional
    public Page<FormView.Item> list(Caller caller, Form.Status status, PageRequest page) {
        if (caller.role() != Role.DEPARTMENT) {
            return new Page<>(List.of(), page.page(), page.size(), 0);
        }
        String where = " from Form f where f.departmentId = :d" + (status == null ? "" : " and f.status = :s");
        var items = em.createQuery("select new io.grassroots.share.form.FormView$Item(f.id, f.fileName, f.title, "
                + "cast(f.status as String), f.period, f.createdAt, f.requestId, f.rowsTotal, f.columnsMapped)" + where
                + " order by f.createdAt desc, f.id", FormView.Item.class).setParameter("d", caller.department());
        var total = em.createQuery("select count(f)" + where, Long.class).setParameter("d", caller.department());
        if (status != null) {
            items.setParameter("s", status);
            total.setParameter("s", status);
        }
        return new Page<>(items.setFirstResult(page.page() * page.size()).setMaxResults(page.size()).getResultList(),
                page.page(), page.size(), total.getSingleResult());
    }

    /** The form's data rows by page, all of them or those of one match. */
    @Transactional
    public Page<FormView.RowView> rows(UUID id, Caller caller, UnitMatcher.How match, PageRequest page) {
        Form form = own(id, caller, LockModeType.NONE);
        Layout layout = form.layout;
        FormMapping mapping = form.mapping;
        List<Layout.Row> all = layout.rows().stream().filter(r -> match == null || r.match() == match).toList();
        List<Layout.Row> slice = all.stream().skip((long) page.page() * page.size()).limit(page.size()).toList();
        Map<String, String> names = unitNames(
                slice.stream().map(r -> unitOf(r, mapping)).filter(u -> u != null).toList());
        return new Page<>(slice.stream().map(r -> row(r, unitOf(r, mapping), names)).toList(), page.page(), page.size(),
                all.size());
    }

    FormView view(Form form, Layout layout) {
        FormMapping mapping = form.mapping;
        Map<Integer, String> indicators = new HashMap<>();
        layout.columns().forEach(c -> indicators.put(c.index(), mapping == null ? c.indicator()
                : mapping.columns().get(c.index())));
        Map<String, String> indicatorNames = indicatorNames(indicators.values());
        List<FormView.ColumnView> columns = layout.columns().stream().map(c -> {
            String code = indicators.get(c.index());
            String match = mapping != null && !java.util.Objects.equals(code, c.indicator())
                    ? ColumnMatcher.How.CONFIRMED.name()
                    : c.match().name();
            return new FormView.ColumnView(Layout.letters(c.index()), c.header(), code, indicatorNames.get(code),
                    match);
        }).toList();
        long matched = layout.rows().stream().filter(r -> unitOf(r, mapping) != null).count();
        List<FormView.RowView> attention = layout.rows().stream().filter(r -> unitOf(r, mapping) == null)
                .limit(ATTENTION_ROWS).map(r -> row(r, null, Map.of())).toList();
        List<FormView.CellView> unreadable = layout.unreadable().stream()
                .map(u -> new FormView.CellView(Layout.letters(u.column()) + (u.row() + 1), u.reason())).toList();
        return new FormView(form.id, form.departmentId, form.fileName, form.status.name(), form.createdAt,
                layout.sheet(),
                layout.headerRows().stream().map(r -> r + 1).toList(), layout.firstDataRow() + 1,
                Layout.letters(layout.unitColumn()), form.title, form.period,
                layout.columns().stream().anyMatch(c -> c.match() == ColumnMatcher.How.REMEMBERED),
                columns, layout.rows().size(), (int) matched, attention, unreadable, form.requestId, summary(form));
    }

    private FormView.Summary summary(Form form) {
        return figures.of(form.requestId).map(f -> new FormView.Summary(f.fieldsTotal(), f.answeredShared(),
                f.askedOfUnits(), f.coalesced(), (int) f.pending(), f.minutesSaved(), f.status().name())).orElse(null);
    }

    private static String unitOf(Layout.Row row, FormMapping mapping) {
        return mapping == null ? row.unit() : mapping.rows().get(row.row());
    }

    private static FormView.RowView row(Layout.Row r, String unit, Map<String, String> names) {
        return new FormView.RowView(r.row() + 1, r.text(), unit, unit == null ? null : names.get(unit),
                r.match().name(),
                r.candidates().stream().map(c -> new FormView.Candidate(c.code(), c.name(), c.parentName())).toList());
    }

    Map<String, String> indicatorNames(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        indicators.indicators(codes.stream().filter(c -> c != null).distinct().toList())
                .forEach((Indicator i) -> names.put(i.code, i.name));
        return names;
    }

    Map<String, String> unitNames(Collection<String> codes) {
        Map<String, String> names = new HashMap<>();
        directory.units(codes).forEach(u -> names.put(u.code, u.name));
        return names;
    }
}
