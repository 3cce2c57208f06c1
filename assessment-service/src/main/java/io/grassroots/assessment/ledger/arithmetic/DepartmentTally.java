package io.grassroots.assessment.ledger.arithmetic;

/**
 * The raw counts of one department in one year, as the facts hold them: what it filed, what was
 * merged, what it asked for, what the rules refused and what units said of it.
 */
public record DepartmentTally(String departmentId, String name, String level, String regionCode, int year,
        int plansFiled, int targetsFiled, int plansApproved, int targetsApproved, int plansRejected,
        int plansCancelled, Integer baseline, Integer quotaLimit, int targetsVisited, int targetsMerged,
        double visitDayShare, int requestsFiled, int fieldsRequested, int fieldsAnsweredShared,
        int fieldsAskedOfUnits, int fieldsCoalesced, int minutesSaved, int tasksIssued, int taskMinutes,
        int submissionsRefused, int refusedByNotice, int refusedByCalendar, int feedbackCount, int feedbackSum) {
    /** A department with nothing on the ledger in the year (everything it had was withdrawn). */
    public static DepartmentTally empty(String departmentId, int year) {
        return new DepartmentTally(departmentId, null, null, null, year, 0, 0, 0, 0, 0, 0, null, null, 0, 0, 0, 0, 0, 0,
                0,
                0, 0, 0, 0, 0, 0, 0, 0, 0);
    }

    /** The same counts under the department's name, level and region as the directory holds them. */
    public DepartmentTally named(String name, String level, String regionCode) {
        return new DepartmentTally(departmentId, name, level, regionCode, year, plansFiled, targetsFiled, plansApproved,
                targetsApproved, plansRejected, plansCancelled, baseline, quotaLimit, targetsVisited, targetsMerged,
                visitDayShare, requestsFiled, fieldsRequested, fieldsAnsweredShared, fieldsAskedOfUnits,
                fieldsCoalesced, minutesSaved, tasksIssued, taskMinutes, submissionsRefused, refusedByNotice,
                refusedByCalendar, feedbackCount, feedbackSum);
    }
}
