package io.grassroots.platform.security;

/** Who is calling, from the verified token: role, own department or unit, and the region they act in. */
public record Caller(String subject, Role role, String department, String unit, String region) {

    /** True when the caller oversees the given region: it is their own region or lies inside it. */
    public boolean oversees(String regionCode) {
        return (role == Role.COORDINATOR || role == Role.AUDITOR) && region != null && regionCode != null
                && regionCode.startsWith(region);
    }

    /**
     * Refuses anyone but a province's coordinator: the catalog, the assessment indicators and the veto
     * register apply to the whole province, and a narrower region may not change them for it.
     */
    public void requireProvinceCoordinator(String what) {
        if (role != Role.COORDINATOR || region == null || region.length() != 2) {
            throw new io.grassroots.platform.web.ProblemException(403, "urn:grassroots:problem:forbidden", "Forbidden",
                    what + " applies to the whole province: only its coordinators change it", java.util.List.of(
                            new io.grassroots.platform.web.Violation(null, "PROVINCE_WIDE", what
                                    + " applies to the whole province")));
        }
    }

    public boolean isDepartment(String departmentId) {
        return role == Role.DEPARTMENT && department != null && department.equals(departmentId);
    }
}
