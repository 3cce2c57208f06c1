package io.grassroots.platform.security;

/** The platform's roles, carried in the token's {@code groups} claim. */
public enum Role {
    DEPARTMENT, COORDINATOR, TEAM, UNIT, AUDITOR;

    public static final String DEPARTMENT_NAME = "DEPARTMENT";
    public static final String COORDINATOR_NAME = "COORDINATOR";
    public static final String TEAM_NAME = "TEAM";
    public static final String UNIT_NAME = "UNIT";
    public static final String AUDITOR_NAME = "AUDITOR";
}
