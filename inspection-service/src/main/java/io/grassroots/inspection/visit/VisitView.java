package io.grassroots.inspection.visit;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.grassroots.inspection.merge.Visit.TeamMember;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A joint visit as its parties see it: which plans it merged, the team, the materials, the status. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record VisitView(UUID id, int year, String unitCode, String unitName, String countyCode, String group,
        LocalDate date, List<LocalDate> days, String leadDepartment, List<TeamMember> team, int teamSize,
        List<String> materials, VisitStatus status, String itineraryId, List<PlanPart> plans, String explanation,
        Instant confirmedAt, Instant completedAt) {

    /** One plan merged into the visit, and whether its result is recorded. */
    public record PlanPart(UUID planId, String departmentId, String title, String category, boolean resultRecorded) {
    }
}
