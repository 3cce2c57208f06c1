package io.grassroots.web.requests;

import io.grassroots.web.api.Paged;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Data requests as dataset-share-service answers them (DataRequestView), with what the pages show of them. */
public final class RequestViews {
    /** The statuses a list can be filtered by. */
    public static final List<String> STATUSES = List.of("OPEN", "ANSWERED");

    private RequestViews() {
    }

    /** One request: its figures and, on its own page, every field. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Request(String id, String department, String title, String period, String dueDate, String status,
            int fieldsRequested, int answeredFromShared, int askedOfUnits, int coalesced, int minutesSaved,
            String createdAt, String answeredAt, List<Field> fields) {
        public List<Field> fields() {
            return fields == null ? List.of() : fields;
        }

        /** The fields answered without asking the unit (from shared data) or by the unit's task since. */
        public List<Field> answered() {
            return fields().stream().filter(Field::answered).toList();
        }

        /** The fields still waiting, grouped by the unit's task that asks for them (first seen first). */
        public List<TaskGroup> tasks() {
            Map<String, TaskGroup> byTask = new LinkedHashMap<>();
            for (Field f : fields()) {
                if (!f.answered()) {
                    String key = f.taskId() == null ? "-" + f.unit() : f.taskId();
                    byTask.computeIfAbsent(key, k -> new TaskGroup(f.taskId(), f.unit(), new ArrayList<>()))
                            .indicators().add(f.indicator());
                }
            }
            return List.copyOf(byTask.values());
        }

        /** Fields answered by the unit's task submission, as opposed to shared data at filing. */
        public long answeredByTasks() {
            return fields().stream().filter(f -> f.answered() && "TASK".equals(f.answeredFrom())).count();
        }
    }

    /** One unit × indicator of a request; answered ones carry the value, its version and where it came from. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Field(String unit, String indicator, String status, String answeredFrom, BigDecimal value,
            Integer version, String source, String reportedAt, String taskId) {
        public boolean answered() {
            return "ANSWERED".equals(status);
        }
    }

    /** A unit's task that the request's pending fields wait on. */
    public record TaskGroup(String taskId, String unit, List<String> indicators) {
    }

    /** One page of requests. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record RequestPage(List<Request> items, int page, int size, long total)
            implements Paged {
        public List<Request> items() {
            return items == null ? List.of() : items;
        }
    }

    /** A catalog indicator, for the form's choices and to name a field's indicator. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String name, String unitOfMeasure, String sensitivity,
            Integer minutesPerField) {
    }
}
