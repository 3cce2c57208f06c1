package io.grassroots.inspection.visit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.hibernate.Session;

/**
 * Inserts newly scheduled visits with their members as two JDBC batches, without making them entities:
 * a province's run creates ~30,000 visits, and persisting each (snapshots of its JSON columns, cascades,
 * a flush that checks them all) cost more than the schedule itself. The rows are what persisting the
 * entity wrote: the JSON columns through the application's one ObjectMapper, version 0.
 */
@ApplicationScoped
public class NewVisitRepository {
    private static final int BATCH = 1000;
    private static final String VISIT = "insert into visit (id, year, unit_code, county_code, family, visit_date, "
            + "days, lead_department, team, materials, status, itinerary_id, created_at, updated_at, version) "
            + "values (?, ?, ?, ?, ?, ?, cast(? as jsonb), ?, cast(? as jsonb), cast(? as jsonb), ?, ?, ?, ?, 0)";
    private static final String MEMBER = "insert into visit_member (visit_id, plan_id, unit_code, department_id, "
            + "category_code) values (?, ?, ?, ?, ?)";

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
        try (PreparedStatement visit = connection.prepareStatement(VISIT);
                PreparedStatement member = connection.prepareStatement(MEMBER)) {
            int rows = 0;
            for (JointVisit v : visits) {
                visit.setObject(1, v.id);
                visit.setInt(2, v.year);
                visit.setString(3, v.unitCode);
                visit.setString(4, v.countyCode);
                visit.setString(5, v.family);
                visit.setObject(6, v.date);
                visit.setString(7, text(v.days));
                visit.setString(8, v.leadDepartment);
                visit.setString(9, text(v.team));
                visit.setString(10, text(v.materials));
                visit.setString(11, v.status.name());
                visit.setString(12, v.itineraryId);
                visit.setObject(13, OffsetDateTime.ofInstant(v.createdAt, ZoneOffset.UTC));
                visit.setObject(14, OffsetDateTime.ofInstant(v.updatedAt, ZoneOffset.UTC));
                visit.addBatch();
                if (++rows % BATCH == 0) {
                    visit.executeBatch();
                }
            }
            visit.executeBatch();
            // The members after every visit: their foreign key names the visit's row.
            rows = 0;
            for (JointVisit v : visits) {
                for (VisitMember m : v.members) {
                    member.setObject(1, v.id);
                    member.setObject(2, m.planId());
                    member.setString(3, m.unitCode);
                    member.setString(4, m.departmentId);
                    member.setString(5, m.categoryCode);
                    member.addBatch();
                    if (++rows % BATCH == 0) {
                        member.executeBatch();
                    }
                }
            }
            member.executeBatch();
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
