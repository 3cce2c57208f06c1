package io.grassroots.share.request;

import io.grassroots.share.access.AccessLog;
import io.grassroots.share.catalog.Indicator;
import io.grassroots.share.data.FieldLocks;
import io.grassroots.share.data.LatestValues;
import io.grassroots.share.data.ValueRules;
import io.grassroots.share.task.TaskIssuer;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decides each field of a new request: a fresh shared value answers it at once (a read, logged); a field
 * an open task already asks for waits on that task (coalesced); the rest are missing, to be asked of
 * their units. Nothing is written here but the fields' locks.
 */
@ApplicationScoped
class SharedAnswers {
    /**
     * What shared data and open tasks cover: the fields decided so far, the values that answered them (by
     * unit|indicator), the reads to log, the missing indicators of each unit, and the figures.
     */
    record Decided(List<RequestField> fields, Map<String, LatestValues.Latest> values, List<AccessLog.Entry> reads,
            Map<String, List<String>> missingByUnit, int answered, int coalesced, int minutesSaved) {
    }

    @Inject
    LatestValues latest;
    @Inject
    FieldLocks locks;
    @Inject
    TaskIssuer tasks;

    Decided decide(UUID request, RequestRules.Checked checked, String period, Instant now) {
        List<String> units = checked.units();
        Map<String, Indicator> indicators = checked.indicators();
        Map<String, LatestValues.Latest> current = current(units, indicators, period);
        Map<String, UUID> openTasks = Map.of();
        List<String> missing = unanswered(units, indicators, current, now, period);
        if (!missing.isEmpty()) {
            // Under the fields' locks a concurrent request for them waits, so the two share one task
            // instead of both asking; a value that landed meanwhile is read again and answers.
            locks.lock(missing);
            current = current(units, indicators, period);
            openTasks = openTasks(units, indicators, period);
        }
        List<RequestField> fields = new ArrayList<>();
        List<AccessLog.Entry> reads = new ArrayList<>();
        Map<String, List<String>> missingByUnit = new LinkedHashMap<>();
        int answered = 0;
        int coalesced = 0;
        int minutesSaved = 0;
        for (String unit : units) {
            for (Indicator indicator : indicators.values()) {
                LatestValues.Latest value = current.get(unit + "|" + indicator.code);
                if (value != null && ValueRules.fresh(value.reportedAt(), indicator.freshnessDays, now)) {
                    fields.add(RequestField.shared(unit, indicator.code, value.id()));
                    reads.add(new AccessLog.Entry(unit, indicator.code, period, request, AccessLog.Outcome.READ,
                            "answered from shared data"));
                    answered++;
                    minutesSaved += indicator.minutesPerField;
                    continue;
                }
                UUID sharedTask = openTasks.get(unit + "|" + indicator.code);
                if (sharedTask != null) {
                    fields.add(RequestField.pending(unit, indicator.code, sharedTask));
                    coalesced++;
                    minutesSaved += indicator.minutesPerField;
                } else {
                    missingByUnit.computeIfAbsent(unit, u -> new ArrayList<>()).add(indicator.code);
                }
            }
        }
        return new Decided(fields, current, reads, missingByUnit, answered, coalesced, minutesSaved);
    }

    /** The latest version of each requested field, by unit|indicator. */
    private Map<String, LatestValues.Latest> current(List<String> units, Map<String, Indicator> indicators,
            String period) {
        Map<String, LatestValues.Latest> current = new HashMap<>();
        latest.of(units, indicators.keySet(), period).forEach(v -> current.put(v.unit() + "|" + v.indicator(), v));
        return current;
    }

    /** The fields without a fresh value: only they can be waiting on a unit's task already. */
    private static List<String> unanswered(List<String> units, Map<String, Indicator> indicators,
            Map<String, LatestValues.Latest> current, Instant now, String period) {
        List<String> missing = new ArrayList<>();
        for (String unit : units) {
            for (Indicator indicator : indicators.values()) {
                LatestValues.Latest value = current.get(unit + "|" + indicator.code);
                if (value == null || !ValueRules.fresh(value.reportedAt(), indicator.freshnessDays, now)) {
                    missing.add(FieldLocks.key(unit, indicator.code, period));
                }
            }
        }
        return missing;
    }

    /** The open task of each requested field that has one, by unit|indicator: a field asked already is asked once. */
    private Map<String, UUID> openTasks(List<String> units, Map<String, Indicator> indicators, String period) {
        Map<String, UUID> open = new HashMap<>();
        tasks.openFields(units, indicators.keySet(), period)
                .forEach(f -> open.put(f.unit() + "|" + f.indicator(), f.taskId()));
        return open;
    }
}
