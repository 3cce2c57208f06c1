package io.grassroots.share.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;
import java.util.List;

/** The units of a region with the name of the unit above each (a village's township), for reading forms. */
@ApplicationScoped
public class RegionUnits {
    /** A unit and its parent's name (null for a township whose county is not a unit). */
    public record Unit(String code, String name, String parentName) {
    }

    @Inject
    EntityManager em;

    @Transactional
    public List<Unit> of(String region) {
        return em.createNativeQuery("select u.code, u.name, p.name as parent_name from unit u "
                + "left join unit p on p.code = u.parent_code where u.code like :r || '%' order by u.code", Tuple.class)
                .setParameter("r", region).getResultStream().map(row -> {
                    Tuple t = (Tuple) row;
                    return new Unit(t.get("code", String.class), t.get("name", String.class),
                            t.get("parent_name", String.class));
                }).toList();
    }
}
