package io.grassroots.inspection.visit;

import io.grassroots.inspection.merge.Unplaced;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
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

    /** Lists plan-targets an approval could not place (and replaces earlier entries of the same ones). */
    public void add(int year, List<Unplaced> unplaced) {
        if (unplaced.isEmpty()) {
            return;
        }
        Instant now = Instant.now(clock);
        Set<UUID> plans = unplaced.stream().map(u -> UUID.fromString(u.target().planId())).collect(Collectors.toSet());
        Map<UnplacedTarget.Key, UnplacedTarget> existing = em.createQuery(
                "select u from UnplacedTarget u where u.key.planId in :p", UnplacedTarget.class)
                .setParameter("p", plans).getResultList().stream().collect(Collectors.toMap(u -> u.key, u -> u));
        Map<Unplaced, Suggestions.Suggested> suggested = Suggestions.of(unplaced, em);
        for (Unplaced u : unplaced) {
            UnplacedTarget.Key key = new UnplacedTarget.Key(UUID.fromString(u.target().planId()),
                    u.target().unitCode());
            UnplacedTarget row = existing.get(key);
            boolean created = row == null;
            if (created) {
                row = new UnplacedTarget();
                row.key = key;
            }
            row.countyCode = u.target().countyCode();
            row.year = year;
            row.reason = u.reason().name();
            row.detail = u.detail();
            Suggestions.Suggested s = suggested.get(u);
            row.suggestedDate = s.date();
            row.suggestedVisit = s.visit();
            row.suggestion = s.text();
            row.recordedAt = now;
            if (created) {
                em.persist(row);
                existing.put(key, row);
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
