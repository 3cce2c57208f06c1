package io.grassroots.inspection.visit;

import io.grassroots.inspection.plan.PlanVisits;
import io.grassroots.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.hibernate.Session;

/**
 * Tells the plans what a change of the schedule did to them, inside the changing transaction: the
 * plan package moves their statuses; the schedule never writes plan rows.
 */
@ApplicationScoped
public class VisitedPlans {
    private static final int CHUNK = 1000;

    @Inject
    EntityManager em;
    @Inject
    Event<PlanVisits> announce;

    /**
     * After visits of these plans were placed, moved or removed: which have a visit now and which none.
     * One query however many plans (a province's run touches thousands); the caller has written its
     * visits to the database by now ({@link VisitStore#apply} flushes them).
     */
    public void placed(Collection<UUID> plans) {
        if (plans.isEmpty()) {
            return;
        }
        Set<UUID> touched = new HashSet<>(plans);
        List<UUID> ids = new ArrayList<>(touched);
        Set<UUID> visited = new HashSet<>();
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement query = connection.prepareStatement(
                    "select distinct m.plan_id from visit_member m where m.plan_id = any(cast(? as uuid[]))")) {
                SqlArrays.textColumns(query, 1).column(ids, id -> id);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        visited.add(rows.getObject(1, UUID.class));
                    }
                }
            }
        });
        Set<UUID> without = new HashSet<>(touched);
        without.removeAll(visited);
        announce.fire(PlanVisits.placed(visited, without));
    }

    /** After a visit was completed: those of its plans whose every visit is done. */
    public void completed(Collection<UUID> plans) {
        Set<UUID> done = new HashSet<>(plans);
        done.removeAll(matching("select distinct m.key.planId from JointVisit v join v.members m "
                + "where m.key.planId in :ids and v.status <> io.grassroots.inspection.visit.VisitStatus.COMPLETED",
                done));
        if (!done.isEmpty()) {
            announce.fire(PlanVisits.completed(done));
        }
    }

    private Set<UUID> matching(String query, Set<UUID> plans) {
        List<UUID> ids = new ArrayList<>(plans);
        Set<UUID> found = new HashSet<>();
        for (int i = 0; i < ids.size(); i += CHUNK) {
            found.addAll(em.createQuery(query, UUID.class)
                    .setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK))).getResultList());
        }
        return found;
    }
}
