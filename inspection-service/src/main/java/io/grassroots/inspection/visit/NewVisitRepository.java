package io.grassroots.inspection.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.Session;

/**
 * Inserts newly scheduled visits with their members as two statements, whatever their number, without
 * making them entities: a province's run creates ~20,000 visits, and persisting each (snapshots of its
 * JSON columns, cascades, a flush that checks them all) cost more than the schedule itself; JDBC batches
 * still ran a statement per thousand rows (#19). The rows are what persisting the entity wrote: the JSON
 * columns through the application's one ObjectMapper, version 0.
 */
@ApplicationScoped
public class NewVisitRepository {
    private static final String VISIT = "insert into visit (id, year, unit_code, county_code, family, visit_date, "
            + "days, lead_department, team, materials, status, itinerary_id, created_at, updated_at, version) "
            + "select cast(id as uuid), cast(year as int), unit_code, county_code, family, cast(visit_date as date), "
            + "cast(days as jsonb), lead_department, cast(team as jsonb), cast(materials as jsonb), status, "
            + "itinerary_id, cast(created_at as timestamptz), cast(updated_at as timestamptz), 0 "
            + "from unnest(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) as r(id, year, unit_code, county_code, family, "
            + "visit_date, days, lead_department, team, materials, status, itinerary_id, created_at, updated_at)";
    private static final String MEMBER = "insert into visit_member (visit_id, plan_id, unit_code, department_id, "
            + "category_code) select cast(visit_id as uuid), cast(plan_id as uuid), unit_code, department_id, "
            + "category_code from unnest(?, ?, ?, ?, ?) as r(visit_id, plan_id, unit_code, department_id, "
            + "category_code)";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    /** Writes the visits in the caller's transaction; later reads in it find them in the database. */
    public void insert(List<JointVisit> visits) {
        if (!visits.isEmpty()) {
            em.unwrap(Session.class).doWork(connection -> write(connection, visits));
        }
    }

    private void write(Connection connection, List<JointVisit> visits) throws SQLException {
        try (PreparedStatement visit = connection.prepareStatement(VISIT)) {
            SqlArrays.textColumns(visit, 1).column(visits, v -> v.id).column(visits, v -> v.year)
                    .column(visits, v -> v.unitCode).column(visits, v -> v.countyCode).column(visits, v -> v.family)
                    .column(visits, v -> v.date).column(visits, v -> text(v.days))
                    .column(visits, v -> v.leadDepartment).column(visits, v -> text(v.team))
                    .column(visits, v -> text(v.materials)).column(visits, v -> v.status.name())
                    .column(visits, v -> v.itineraryId).column(visits, v -> v.createdAt)
                    .column(visits, v -> v.updatedAt);
            visit.executeUpdate();
        }
        // The members after every visit: their foreign key names the visit's row.
        List<VisitMember> members = visits.stream().flatMap(v -> v.members.stream()).toList();
        if (members.isEmpty()) {
            return;
        }
        try (PreparedStatement member = connection.prepareStatement(MEMBER)) {
            SqlArrays.textColumns(member, 1).column(members, m -> m.visit.id).column(members, VisitMember::planId)
                    .column(members, m -> m.unitCode).column(members, m -> m.departmentId)
                    .column(members, m -> m.categoryCode);
            member.executeUpdate();
        }
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a visit's column cannot be written as JSON", e);
        }
    }
}
