package io.grassroots.inspection.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * The one place where the schedule's changes move a plan's status, in the transaction that changed
 * the visits: APPROVED with a visit becomes SCHEDULED, SCHEDULED without one goes back to APPROVED,
 * SCHEDULED with every visit done becomes COMPLETED.
 */
@ApplicationScoped
public class PlanStatusFollower {
    // Well below PostgreSQL's limit of bind parameters in one statement.
    private static final int CHUNK = 1000;

    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    void follow(@Observes PlanVisits visits) {
        Instant now = Instant.now(clock);
        move(visits.withVisits(), PlanStatus.APPROVED, PlanStatus.SCHEDULED, now);
        move(visits.withoutVisits(), PlanStatus.SCHEDULED, PlanStatus.APPROVED, now);
        move(visits.allVisitsDone(), PlanStatus.SCHEDULED, PlanStatus.COMPLETED, now);
    }

    /** A bulk update, as a run moves thousands of plans; "versioned" moves the version as an entity update would. */
    private void move(Collection<UUID> plans, PlanStatus from, PlanStatus to, Instant now) {
        List<UUID> ids = new ArrayList<>(plans);
        for (int i = 0; i < ids.size(); i += CHUNK) {
            em.createQuery("update versioned Plan p set p.status = :to, p.updatedAt = :now "
                    + "where p.id in :ids and p.status = :from").setParameter("to", to).setParameter("now", now)
                    .setParameter("from", from).setParameter("ids", ids.subList(i, Math.min(ids.size(), i + CHUNK)))
                    .executeUpdate();
        }
    }
}
