package io.grassroots.share.form;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.platform.json.JsonColumns;
import io.grassroots.share.form.mapping.ColumnMatcher;
import io.grassroots.share.form.mapping.Layout;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The mapping a department confirmed for a set of headers, offered again for its next form with the
 * same headers (last quarter's form comes back every quarter); an indicator since removed is not offered.
 */
@ApplicationScoped
class FormMemory {
    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    /** The layout with the kept mapping applied to its columns, when there is one. */
    Layout recall(String department, Layout layout, Set<String> catalog) {
        KeptMapping kept = em.find(KeptMapping.class, new KeptMapping.Key(department, layout.signature()));
        if (kept == null) {
            return layout;
        }
        Map<String, String> byLetters = kept.columns;
        List<Layout.Column> columns = layout.columns().stream().map(c -> {
            String letters = Layout.letters(c.index());
            if (!byLetters.containsKey(letters)) {
                return c;
            }
            String code = byLetters.get(letters);
            return code == null || catalog.contains(code)
                    ? new Layout.Column(c.index(), c.header(), code, ColumnMatcher.How.REMEMBERED) : c;
        }).toList();
        return new Layout(layout.sheet(), layout.title(), layout.period(), layout.headerRows(), layout.firstDataRow(),
                layout.unitColumn(), columns, layout.rows(), layout.unreadable(), layout.signature());
    }

    /**
     * Keeps the confirmed mapping of every column (null for one left out) for these headers; an upsert, so
     * that two forms with the same headers filed at once both succeed (the later one's mapping is kept).
     */
    void remember(String department, Layout layout, FormMapping mapping, Instant now) {
        Map<String, String> byLetters = new HashMap<>();
        layout.columns().forEach(c -> byLetters.put(Layout.letters(c.index()), mapping.columns().get(c.index())));
        em.createNativeQuery("insert into form_mapping (department_id, signature, columns, updated_at) "
                + "values (:d, :s, cast(:c as jsonb), :t) on conflict (department_id, signature) do update set columns = excluded.columns, "
                + "updated_at = excluded.updated_at").setParameter("d", department)
                .setParameter("s", layout.signature())
                .setParameter("c", JsonColumns.write(json, byLetters)).setParameter("t", now).executeUpdate();
    }
}
