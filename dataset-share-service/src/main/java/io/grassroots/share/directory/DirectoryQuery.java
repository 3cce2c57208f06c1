package io.grassroots.share.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/** The directory copy as other packages read it: units and departments, fresh from the database. */
@ApplicationScoped
public class DirectoryQuery {
    @Inject
    EntityManager em;

    /** The unit, or null when the directory copy has none of the code. */
    public LocalUnit unit(String code) {
        return code == null ? null : em.find(LocalUnit.class, code);
    }

    /** The department, or null when the directory copy has none of the id. */
    public LocalDepartment department(String id) {
        return id == null ? null : em.find(LocalDepartment.class, id);
    }

    /** The units of these codes that the directory copy holds. */
    public List<LocalUnit> units(Collection<String> codes) {
        if (codes.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select u from LocalUnit u where u.code in :c", LocalUnit.class)
                .setParameter("c", List.copyOf(codes)).getResultList();
    }

    /** The ids of the departments whose region code starts with the region's. */
    public List<String> departmentsIn(String region) {
        return em.createQuery("select d.id from LocalDepartment d where d.regionCode like :r", String.class)
                .setParameter("r", region + "%").getResultList();
    }
}
