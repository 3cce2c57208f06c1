package io.grassroots.assessment.directory;

import io.grassroots.assessment.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/** The others' read of the local copy of departments: names, levels and regions by id. */
public final class DepartmentQuery {
    private DepartmentQuery() {
    }

    /** A department as the directory last announced it. */
    public record DepartmentRow(String id, String name, String level, String regionCode) {
        static DepartmentRow of(ResultSet rs) throws SQLException {
            return new DepartmentRow(rs.getString("id"), rs.getString("name"), rs.getString("level"),
                    rs.getString("region_code"));
        }

        /**
         * Whether the department sits within the region ("" or null for all): its region code starts
         * with the region's, as a county's codes start with its city's.
         */
        public boolean within(String region) {
            return allRegions(region) || regionCode != null && regionCode.startsWith(region);
        }

        /** Whether a region filter ("" or null) asks for every region. */
        public static boolean allRegions(String region) {
            return region == null || region.isEmpty();
        }
    }

    /** The departments of the given ids that the copy holds, by id; an id not (yet) announced is absent. */
    public static Map<String, DepartmentRow> byId(Connection c, Collection<String> ids) throws SQLException {
        Map<String, DepartmentRow> rows = new HashMap<>();
        if (ids.isEmpty()) {
            return rows;
        }
        // One array parameter, however many departments a province's year holds.
        for (DepartmentRow row : Jdbc.query(c, "select id, name, level, region_code from department where id = any(?)",
                DepartmentRow::of, c.createArrayOf("varchar", ids.toArray()))) {
            rows.put(row.id(), row);
        }
        return rows;
    }
}
