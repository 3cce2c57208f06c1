package io.grassroots.inspection.visit;

import io.grassroots.platform.security.Caller;

/** The visits a caller may see, as a JPQL condition over {@code JointVisit v} and its one parameter. */
record VisitScope(String condition, String value) {
    static final String PARAMETER = "scope";

    static VisitScope of(Caller caller) {
        return switch (caller.role()) {
            case COORDINATOR, AUDITOR -> new VisitScope("v.unitCode like :scope", caller.region() + "%");
            case DEPARTMENT, TEAM -> new VisitScope(
                    "exists (select 1 from VisitMember m where m.visit = v and m.departmentId = :scope)",
                    String.valueOf(caller.department()));
            case UNIT -> new VisitScope("v.unitCode = :scope", String.valueOf(caller.unit()));
        };
    }
}
