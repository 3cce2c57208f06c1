package io.grassroots.web.ledger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The ledger's charts as JSON for a data attribute, read by the bundled web/chart/ledger.js: no inline
 * script. Every figure is the API's own, unrounded count, so the chart and the table beside it agree.
 */
@ApplicationScoped
public class LedgerCharts {
    /** The series of a department's bar: what it filed against its quota, what was merged, what shared data spared. */
    static final List<String> SERIES = List.of("报送检查对象", "配额", "并入联合检查", "申请数据字段", "共享数据答复字段");

    @Inject
    ObjectMapper json;

    /** Grouped bars, one group per department of the region. */
    String departments(List<LedgerViews.Row> rows) {
        List<Function<LedgerViews.Row, Integer>> figures = List.of(r -> r.counts().targetsFiled(),
                r -> r.counts().quotaLimit(), r -> r.counts().targetsMerged(), r -> r.counts().fieldsRequested(),
                r -> r.counts().fieldsAnsweredShared());
        List<Map<String, Object>> series = new ArrayList<>();
        for (int i = 0; i < SERIES.size(); i++) {
            Function<LedgerViews.Row, Integer> figure = figures.get(i);
            // A missing quota stays null: ECharts draws no bar, rather than a quota of 0.
            series.add(series(SERIES.get(i), rows.stream().map(figure).map(v -> (Object) v).toList()));
        }
        return write("bars", rows.stream().map(LedgerViews.Row::label).toList(), series, false);
    }

    /** One department's row as bars, one per figure. */
    String department(LedgerViews.Row row) {
        LedgerViews.Counts c = row.counts();
        List<Object> values = new ArrayList<>();
        values.add(c.targetsFiled());
        values.add(c.quotaLimit());
        values.add(c.targetsMerged());
        values.add(c.fieldsRequested());
        values.add(c.fieldsAnsweredShared());
        return write("bars", SERIES, List.of(series(row.label(), values)), false);
    }

    /** The share month by month, in percent: answered from shared data, and spared any new asking. */
    String shareByMonth(LedgerViews.Stats stats) {
        List<String> months = stats.months().stream().map(m -> m.month() + "月").toList();
        List<Object> answered = new ArrayList<>();
        List<Object> spared = new ArrayList<>();
        for (LedgerViews.Month m : stats.months()) {
            answered.add(m.fieldsRequested() == 0 ? null : percent(m.shareAnswered()));
            spared.add(m.spared() == null ? null : percent(m.spared()));
        }
        return write("line", months, List.of(series("共享数据直接答复率", answered), series("免于重复填报率（含并入已有任务）",
                spared)), true);
    }

    static BigDecimal percent(double share) {
        return BigDecimal.valueOf(share * 100).setScale(1, RoundingMode.HALF_UP);
    }

    private static Map<String, Object> series(String name, List<Object> values) {
        Map<String, Object> s = new LinkedHashMap<>();
        s.put("name", name);
        s.put("values", values);
        return s;
    }

    private String write(String type, List<String> names, List<Map<String, Object>> series, boolean percent) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("type", type);
        data.put("percent", percent);
        data.put("names", names);
        data.put("series", series);
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("chart data does not serialise", e);
        }
    }
}
