package io.grassroots.events.visit;

import java.time.LocalDate;
import java.util.List;

/** A joint visit as it stood when an event about it was published. */
public record VisitSnapshot(String visitId, String unitCode, String countyCode, int year, String group,
        List<LocalDate> days, String leadDepartment, List<TeamPart> team, List<PlanPart> plans,
        List<String> materials, String status, String itineraryId) {

    /** The status a snapshot announces: a stored visit's, or CANCELLED for one that is gone. */
    public enum Status {
        PLANNED, CONFIRMED, COMPLETED, CANCELLED
    }

    /** One department's part of the joint team. */
    public record TeamPart(String departmentId, int size) {
    }

    /** One plan the visit serves. */
    public record PlanPart(String planId, String departmentId, String categoryCode) {
    }
}
