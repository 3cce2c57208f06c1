package io.grassroots.inspection.visit;

import io.grassroots.inspection.merge.Unplaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/**
 * Keeps the coordinator's list of plan-targets left unplaced: a scheduling run replaces its counties'
 * list, an approval adds what it could not place, a cancellation takes its plan off the list.
 */
@ApplicationScoped
public class UnplacedTargets {
    @Inject
    EntityManager em;
    @Inject
    Clock clock;

    /** After a run over these counties: exactly the run's unplaced plan-targets are listed. */
    public void replace(Collection<String> counties, int year, List<Unplaced> unplaced) {
        if (!counties.isEmpty()) {
            em.createQuery("delete from UnplacedTarget u where u.year = :y and u.countyCode in :c")
                    .setParameter("y", year).setParameter("c", counties).executeUpdate();
        }
        add(year, unplaced);
    }

    /** Lists plan-targets an approval could not place (and forgets earlier entries of the same ones). */
    public void add(int year, List<Unplaced> unplaced) {
        Instant now = Instant.now(clock);
        for (Unplaced u : unplaced) {
            UnplacedTarget.Key key = new UnplacedTarget.Key(UUID.fromString(u.target().planId()), u.target().unitCode());
            UnplacedTarget row = em.find(UnplacedTarget.class, key);
            boolean created = row == null;
            if (created) {
                row = new UnplacedTarget();
                row.key = key;
            }
            row.countyCode = u.target().countyCode();
            row.year = year;
            row.reason = u.reason().name();
            row.detail = u.detail();
            Suggestions.Suggested s = Suggestions.of(u, em);
            row.suggestedDate = s.date();
            row.suggestedVisit = s.visit();
            row.suggestion = s.text();
            row.recordedAt = now;
            if (created) {
                em.persist(row);
            }
        }
    }

    /** A cancelled plan leaves the list. */
    public void forgetPlan(UUID planId) {
        em.createQuery("delete from UnplacedTarget u where u.key.planId = :p").setParameter("p", planId)
                .executeUpdate();
    }

    /** The plan's unplaced plan-targets, by unit. */
    public List<UnplacedTarget> ofPlan(UUID planId) {
        return em.createQuery("select u from UnplacedTarget u where u.key.planId = :p order by u.key.unitCode",
                UnplacedTarget.class).setParameter("p", planId).getResultList();
    }
}
