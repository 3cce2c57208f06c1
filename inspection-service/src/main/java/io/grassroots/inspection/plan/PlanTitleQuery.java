package io.grassroots.inspection.plan;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/** Plans' titles, as a visit's page names the plans it serves. */
@ApplicationScoped
public class PlanTitleQuery {
    @Inject
    EntityManager em;

    /** A plan with its title. */
    public record PlanTitle(UUID planId, String title) {
    }

    /** The title of each of these plans that still exists. */
    public Map<UUID, String> titles(Collection<UUID> planIds) {
        Map<UUID, String> titles = new HashMap<>();
        if (planIds.isEmpty()) {
            return titles;
        }
        em.createQuery("select p.id as id, p.title as title from Plan p where p.id in :ids", Tuple.class)
                .setParameter("ids", planIds).getResultStream()
                .map(t -> new PlanTitle(t.get("id", UUID.class), t.get("title", String.class)))
                .forEach(t -> titles.put(t.planId(), t.title()));
        return titles;
    }
}
