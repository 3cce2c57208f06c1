package io.grassroots.inspection.directory;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The directory as the schedule and the visit pages read it: units' counties and names, categories' groups. */
@ApplicationScoped
public class PlacementDirectoryQuery {
    // Well below PostgreSQL's limit of bind parameters in one statement.
    private static final int CHUNK = 5000;

    @Inject
    EntityManager em;

    /** A unit with the county it lies in. */
    public record UnitCounty(String unitCode, String countyCode) {
    }

    /** A category with the group whose plans may share a visit. */
    public record CategoryGroup(String categoryCode, String group) {
    }

    /** The county of each of these units that the directory knows. */
    public Map<String, String> countiesOf(Collection<String> unitCodes) {
        List<String> codes = List.copyOf(unitCodes);
        Map<String, String> counties = new HashMap<>();
        for (int i = 0; i < codes.size(); i += CHUNK) {
            em.createQuery("select u.code as code, u.countyCode as county from Unit u where u.code in :codes",
                    Tuple.class).setParameter("codes", codes.subList(i, Math.min(codes.size(), i + CHUNK)))
                    .getResultStream()
                    .map(t -> new UnitCounty(t.get("code", String.class), t.get("county", String.class)))
                    .forEach(u -> counties.put(u.unitCode(), u.countyCode()));
        }
        return counties;
    }

    /** The group of every category. */
    public Map<String, String> groups() {
        Map<String, String> groups = new HashMap<>();
        em.createQuery("select c.code as code, c.group as grp from Category c", Tuple.class).getResultStream()
                .map(t -> new CategoryGroup(t.get("code", String.class), t.get("grp", String.class)))
                .forEach(c -> groups.put(c.categoryCode(), c.group()));
        return groups;
    }

    /** A unit's name, when the directory knows the unit. */
    public Optional<String> unitName(String unitCode) {
        return em.createQuery("select u.name from Unit u where u.code = :code", String.class)
                .setParameter("code", unitCode).getResultStream().findFirst();
    }
}
