package io.grassroots.web.visits;

import io.grassroots.web.api.Paged;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.math.BigDecimal;
import java.util.List;

/** Joint visits as inspection-service answers them (VisitView), with what the console shows of them. */
public final class VisitViews {
    /** The statuses a list can be filtered by, in lifecycle order. */
    public static final List<String> STATUSES = List.of("PLANNED", "CONFIRMED", "COMPLETED");

    private VisitViews() {
    }

    /** One visit: the unit, its days, the plans merged into it, the team, and (read alone) its results. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Visit(String id, int year, String unitCode, String unitName, String countyCode, String group,
            String date, List<String> days, String leadDepartment, List<TeamMember> team, int teamSize,
            List<String> materials, String status, String itineraryId, List<PlanPart> plans, String explanation,
            String confirmedAt, String completedAt, List<Result> results) {
        public List<String> days() {
            return days == null ? List.of() : days;
        }

        public List<TeamMember> team() {
            return team == null ? List.of() : team;
        }

        public List<String> materials() {
            return materials == null ? List.of() : materials;
        }

        public List<PlanPart> plans() {
            return plans == null ? List.of() : plans;
        }

        public List<Result> results() {
            return results == null ? List.of() : results;
        }

        public boolean planned() {
            return "PLANNED".equals(status);
        }

        public boolean confirmed() {
            return "CONFIRMED".equals(status);
        }

        /** The unit's name with its code, or the code alone when the directory had no name. */
        public String unitLabel() {
            return unitName == null ? unitCode : unitName + "（" + unitCode + "）";
        }

        /** The plans whose result a team member of the department may still record: its own, or all when it leads. */
        public List<PlanPart> recordableBy(String department) {
            if (!confirmed() || department == null) {
                return List.of();
            }
            return plans().stream().filter(p -> !p.resultRecorded())
                    .filter(p -> department.equals(p.departmentId()) || department.equals(leadDepartment)).toList();
        }

        /** A plan's title as the visit lists it, or its id when it no longer does. */
        public String planTitle(String planId) {
            return plans().stream().filter(p -> p.planId().equals(planId) && p.title() != null)
                    .map(PlanPart::title).findFirst().orElse(planId);
        }
    }

    /** A department's part of the joint team. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record TeamMember(String departmentId, int size) {
    }

    /** One plan merged into the visit, and whether its result is recorded. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record PlanPart(String planId, String departmentId, String title, String category, boolean resultRecorded) {
    }

    /** A recorded result: findings, rating, rectification items and indicator values for one plan. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Result(String planId, String findings, int rating, List<Rectification> rectifications,
            List<IndicatorValue> indicatorValues, String recordedBy, String recordedAt) {
        public List<Rectification> rectifications() {
            return rectifications == null ? List.of() : rectifications;
        }

        public List<IndicatorValue> indicatorValues() {
            return indicatorValues == null ? List.of() : indicatorValues;
        }
    }

    /** 整改事项 and its due date. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Rectification(String item, String dueDate) {
    }

    /** A value collected on site for an indicator, for a period. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record IndicatorValue(String indicator, String period, BigDecimal value) {
    }

    /** One page of visits. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record VisitPage(List<Visit> items, int page, int size, long total)
            implements Paged {
        public List<Visit> items() {
            return items == null ? List.of() : items;
        }
    }

    /** A catalog indicator's name and unit of measure, to label a code. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    public record Indicator(String code, String name, String unitOfMeasure) {
        public String label() {
            return name == null ? code : name + (unitOfMeasure == null || unitOfMeasure.isBlank() ? ""
                    : "（" + unitOfMeasure + "）");
        }
    }

    /** A joint team's route: the visits of one itinerary on the chosen days, in the order the team goes. */
    public record Route(String itineraryId, String leadDepartment, String countyCode, List<Visit> visits) {
    }
}
