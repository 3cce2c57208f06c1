package io.grassroots.inspection.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.platform.sql.CopyRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import org.hibernate.Session;

/**
 * Inserts newly scheduled visits with their members as two COPYs, whatever their number, without making them
 * entities: a province's run creates ~20,000 visits, and persisting each (snapshots of its JSON columns, cascades,
 * a flush that checks them all) cost more than the schedule itself; JDBC batches still ran a statement per thousand
 * rows, and array parameters cost a second of quoting and parsing (#19). The rows are what persisting the entity
 * wrote: the JSON columns through the application's one ObjectMapper, version 0.
 */
@ApplicationScoped
public class NewVisitRepository {
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
        CopyRows.into("visit", visits).column("id", v -> v.id).column("year", v -> v.year)
                .column("unit_code", v -> v.unitCode).column("county_code", v -> v.countyCode)
                .column("family", v -> v.family).column("visit_date", v -> v.date).column("days", v -> text(v.days))
                .column("lead_department", v -> v.leadDepartment).column("team", v -> text(v.team))
                .column("materials", v -> text(v.materials)).column("status", v -> v.status.name())
                .column("itinerary_id", v -> v.itineraryId).column("created_at", v -> v.createdAt)
                .column("updated_at", v -> v.updatedAt).column("version", v -> 0).write(connection);
        // The members after every visit: their foreign key names the visit's row.
        List<VisitMember> members = visits.stream().flatMap(v -> v.members.stream()).toList();
        CopyRows.into("visit_member", members).column("visit_id", m -> m.visit.id)
                .column("plan_id", VisitMember::planId)
                .column("unit_code", m -> m.unitCode).column("department_id", m -> m.departmentId)
                .column("category_code", m -> m.categoryCode).write(connection);
    }

    private String text(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a visit's column cannot be written as JSON", e);
        }
    }
}
