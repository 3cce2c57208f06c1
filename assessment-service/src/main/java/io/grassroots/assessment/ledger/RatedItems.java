package io.grassroots.assessment.ledger;

import io.grassroots.assessment.jdbc.Jdbc;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.Optional;
import java.util.Set;

/**
 * The ledger's facts about what a unit may rate: whether it received a visit or a data request, and
 * the ledger rows a rating of it counts toward. Feedback reads them here, so the facts keep one owner.
 */
public final class RatedItems {
    private RatedItems() {
    }

    /** The visit's status if the unit hosted it and it was not cancelled; empty otherwise. */
    public static Optional<String> visitStatus(Connection c, String visitId, String unit) throws SQLException {
        return Jdbc.query(c, "select status from visit_fact where visit_id = ? and unit_code = ? and not cancelled",
                rs -> rs.getString("status"), visitId, unit).stream().findFirst();
    }

    /** Whether the data request named the unit. */
    public static boolean requestReceived(Connection c, String requestId, String unit) throws SQLException {
        return !Jdbc.query(c, "select 1 from request_unit where request_id = ? and unit_code = ?", rs -> 1,
                requestId, unit).isEmpty();
    }

    /** The department-years whose feedback mean a rating of the visit moves. */
    public static Set<DepartmentYear> ofVisit(Connection c, String visitId) throws SQLException {
        return new LinkedHashSet<>(Jdbc.query(c, "select distinct p.department_id, v.year from visit_part p "
                + "join visit_fact v on v.visit_id = p.visit_id where p.visit_id = ?",
                DepartmentYear::of, visitId));
    }

    /** The department-year whose feedback mean a rating of the data request moves. */
    public static Set<DepartmentYear> ofRequest(Connection c, String requestId) throws SQLException {
        return new LinkedHashSet<>(Jdbc.query(c, "select department_id, year from request_fact where request_id = ?",
                DepartmentYear::of, requestId));
    }
}
