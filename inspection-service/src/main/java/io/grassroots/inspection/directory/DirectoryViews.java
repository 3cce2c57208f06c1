package io.grassroots.inspection.directory;

import java.util.List;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** The directory as the API shows it. */
public final class DirectoryViews {
    private DirectoryViews() {
    }

    /** A grassroots unit with the codes of the regions above it. */
    public record UnitView(String code, String name, String level, String parentCode, String countyCode,
            String cityCode, String provinceCode) {
        static UnitView of(Unit u) {
            return new UnitView(u.code, u.name, u.level, u.parentCode, u.countyCode, u.cityCode, u.provinceCode);
        }
    }

    /** A province, city or county. */
    public record RegionView(String code, String name, String level, String parentCode) {
        static RegionView of(Region r) {
            return new RegionView(r.code, r.name, r.level, r.parentCode);
        }
    }

    /** A department and the region it governs. */
    public record DepartmentView(String id, String name, String level, String regionCode, List<String> groups) {
        static DepartmentView of(Department d) {
            return new DepartmentView(d.id, d.name, d.level, d.regionCode, groupsOf(d));
        }
    }

    static List<String> groupsOf(Department d) {
        return d.groups == null || d.groups.isBlank() ? List.of() : List.of(d.groups.split(","));
    }

    /** A category and its group. */
    public record CategoryView(String code, String name, String group) {
        static CategoryView of(Category c) {
            return new CategoryView(c.code, c.name, c.group);
        }
    }

    /**
     * What a coordinator sends to create a department; the level follows from the region. Its shape is
     * declared here; whether the region and the groups exist, and are the coordinator's, is DepartmentService's.
     */
    public record NewDepartment(
            @NotBlank @Pattern(regexp = NewDepartment.ID, message = "is not the region code, a dash and a lower-case "
                    + "slug, e.g. 4501-tourism") String id,
            @NotBlank @Size(max = 100) String name, @NotBlank String regionCode, List<String> groups) {
        static final String ID = "[0-9]{2,6}-[a-z0-9][a-z0-9-]{1,56}";
    }
}
