package io.grassroots.inspection.visit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.grassroots.inspection.merge.Visit.TeamMember;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A joint visit as its parties see it: which plans it merged, the team, the materials, the status;
 * one visit read alone also carries the results recorded so far ({@code results}, absent in lists).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VisitView(UUID id, int year, String unitCode, String unitName, String countyCode, String group,
        LocalDate date, List<LocalDate> days, String leadDepartment, List<TeamMember> team, int teamSize,
        List<String> materials, VisitStatus status, String itineraryId, List<PlanPart> plans, String explanation,
        Instant confirmedAt, Instant completedAt, List<RecordedResult> results) {

    /** One plan merged into the visit, and whether its result is recorded. */
    public record PlanPart(UUID planId, String departmentId, String title, String category, boolean resultRecorded) {
    }

    /** What the team recorded for one plan, as the request gave it, with who recorded it and when. */
    public record RecordedResult(UUID planId, String findings, int rating,
            List<ResultRequest.Rectification> rectifications, List<ResultRequest.IndicatorValue> indicatorValues,
            String recordedBy, Instant recordedAt) {
        static RecordedResult of(VisitResult r) {
            return new RecordedResult(r.planId, r.findings, r.rating,
                    r.rectifications, r.indicatorValues, r.recordedBy, r.recordedAt);
        }
    }

    public VisitView withResults(List<RecordedResult> recorded) {
        return new VisitView(id, year, unitCode, unitName, countyCode, group, date, days, leadDepartment, team,
                teamSize,
                materials, status, itineraryId, plans, explanation, confirmedAt, completedAt, List.copyOf(recorded));
    }
}
