package io.grassroots.share.catalog;

import java.util.List;

/**
 * Who may read an indicator: PUBLIC — every department; INTERNAL — its owner and the departments or
 * category groups it grants; RESTRICTED — its owner and the departments named, groups not enough.
 */
public record Grants(Sensitivity sensitivity, String owner, List<String> departments, List<String> groups) {

    public boolean allow(String departmentId, List<String> departmentGroups) {
        if (departmentId == null) {
            return false;
        }
        if (departmentId.equals(owner) || departments.contains(departmentId)) {
            return true;
        }
        return switch (sensitivity) {
            case PUBLIC -> true;
            case INTERNAL -> departmentGroups.stream().anyMatch(groups::contains);
            case RESTRICTED -> false;
        };
    }
}
