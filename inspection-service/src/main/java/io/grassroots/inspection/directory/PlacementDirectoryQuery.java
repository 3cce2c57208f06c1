package io.grassroots.inspection.directory;

import jakarta.enterprise.context.ApplicationScoped;
import io.grassroots.platform.sql.JdbcStatements;
import io.grassroots.platform.sql.SqlArrays;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** The directory as the schedule and the visit pages read it: units' counties and names, categories' groups. */
@ApplicationScoped
public class PlacementDirectoryQuery {

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
        Map<String, String> counties = new HashMap<>();
        if (!unitCodes.isEmpty()) {
            // Plain JDBC, the codes as one array: a placement asks for thousands, which an HQL list translated anew.
            JdbcStatements.query(em, "select code, county_code from unit where code = any(?)",
                    select -> SqlArrays.texts(select, 1, unitCodes),
                    row -> new UnitCounty(row.getString(1), row.getString(2)))
                    .forEach(u -> counties.put(u.unitCode(), u.countyCode()));
        }
        return counties;
    }

    /** The group of each category. */
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
