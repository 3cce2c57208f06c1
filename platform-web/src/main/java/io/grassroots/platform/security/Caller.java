package io.grassroots.platform.security;

/** Who is calling, from the verified token: role, own department or unit, and the region they act in. */
public record Caller(String subject, Role role, String department, String unit, String region) {

    /** True when the caller oversees the given region: it is their own region or lies inside it. */
    public boolean oversees(String regionCode) {
        return (role == Role.COORDINATOR || role == Role.AUDITOR) && region != null && regionCode != null
                && regionCode.startsWith(region);
    }

    public boolean isDepartment(String departmentId) {
        return role == Role.DEPARTMENT && department != null && department.equals(departmentId);
    }
}
