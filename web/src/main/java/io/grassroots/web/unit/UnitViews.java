package io.grassroots.web.unit;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import io.grassroots.web.api.Paged;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** What the services answer a unit, as the unit's pages read it (unknown fields ignored). */
public final class UnitViews {
    private UnitViews() {
    }

    /** A joint visit to the unit (inspection-service's VisitView). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Visit(String id, int year, String unitCode, String unitName, LocalDate date, List<LocalDate> days,
            String leadDepartment, int teamSize, List<String> materials, String status, List<PlanPart> plans) {
        public List<LocalDate> days() {
            return days == null || days.isEmpty() ? List.of(date) : days;
        }

        public List<PlanPart> plans() {
            return plans == null ? List.of() : plans;
        }

        /** The plans' titles as one line: what the visit is about. */
        public String title() {
            List<String> titles = plans().stream().map(p -> p.title() == null ? p.departmentId() : p.title())
                    .toList();
            return titles.isEmpty() ? "督查检查" : (titles.size() > 1 ? "联合检查：" : "") + String.join("；", titles);
        }

        public String departments() {
            return String.join("、", plans().stream().map(PlanPart::departmentId).distinct().toList());
        }

        public boolean completed() {
            return "COMPLETED".equals(status);
        }
    }

    /** One plan merged into a visit. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanPart(String planId, String departmentId, String title, String category) {
    }

    /** A month of the unit's year and its visits. */
    public record Month(int month, List<Visit> visits) {
    }

    /** A month of the unit's burden ledger (assessment-service's UnitMonth). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record BurdenMonth(int month, int visits, int visitDays, int dataTasks, int fieldsAsked,
            BigDecimal estimatedHours) {
    }

    /** The unit's burden ledger of a year. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Burden(String unitCode, String name, int year, List<BurdenMonth> months) {
        public List<BurdenMonth> months() {
            return months == null ? List.of() : months;
        }
    }

    /** A data task: the fields nobody had, asked of the unit (dataset-share-service's TaskView). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Task(String id, String unit, String period, String status, LocalDate dueDate, List<String> indicators,
            List<String> openIndicators, List<String> requestedBy, String createdAt, String fulfilledAt) {
        public List<String> openIndicators() {
            return openIndicators == null ? List.of() : openIndicators;
        }

        public List<String> requestedBy() {
            return requestedBy == null ? List.of() : requestedBy;
        }

        public boolean open() {
            return "OPEN".equals(status);
        }
    }

    /** A catalog indicator: its Chinese name, measure and the values it takes. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String name, String unitOfMeasure, String valueType, BigDecimal minValue,
            BigDecimal maxValue) {
        /** What the input takes, e.g. "整数，0 至 100000"; empty when nothing is known. */
        public String takes() {
            String kind = "INTEGER".equals(valueType) ? "整数" : "数值";
            String range = minValue != null && maxValue != null ? "，" + minValue.toPlainString() + " 至 "
                    + maxValue.toPlainString()
                    : minValue != null ? "，不小于 " + minValue.toPlainString()
                            : maxValue != null ? "，不大于 " + maxValue.toPlainString() : "";
            return kind + range + (unitOfMeasure == null || unitOfMeasure.isBlank() ? "" : "（" + unitOfMeasure + "）");
        }
    }

    /**
     * A line of the unit's access log: who read (or was refused) which field, and for which request.
     * The department's name is not the API's: the console adds it from the directory.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LogLine(String at, String departmentId, String caller, String indicator, String period,
            String requestId, String outcome, String reason, String departmentName) {
        public boolean denied() {
            return "DENIED".equals(outcome);
        }

        /** The department as the page names it: its Chinese name when known, else its code. */
        public String department() {
            return departmentName != null ? departmentName : departmentId;
        }

        LogLine named(Map<String, String> names) {
            return new LogLine(at, departmentId, caller, indicator, period, requestId, outcome, reason,
                    departmentId == null ? null : names.get(departmentId));
        }
    }

    /** A page of the access log. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record LogPage(List<LogLine> items, int page, int size, long total)
            implements Paged {
        public List<LogLine> items() {
            return items == null ? List.of() : items;
        }

        /** The departments that appear on this page, each once. */
        List<String> departmentIds() {
            return items().stream().map(LogLine::departmentId).filter(Objects::nonNull).distinct().toList();
        }

        LogPage named(Map<String, String> names) {
            return new LogPage(items().stream().map(l -> l.named(names)).toList(), page, size, total);
        }
    }

    /** A rating the unit gave (assessment-service's FeedbackView). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rating(String id, String itemType, String itemId, int rating, String comment, String createdAt,
            String editableUntil) {
    }
}
