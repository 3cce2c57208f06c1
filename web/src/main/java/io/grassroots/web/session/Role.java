package io.grassroots.web.session;

/** The platform's roles as the token's {@code groups} claim carries them, with their names in Chinese. */
public enum Role {
    DEPARTMENT("业务部门"),
    COORDINATOR("统筹办"),
    TEAM("联合检查组成员"),
    UNIT("基层单位"),
    AUDITOR("监督审计");

    private final String label;

    Role(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
