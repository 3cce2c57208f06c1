package io.grassroots.share.directory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.grassroots.events.directory.DepartmentUpsertedV1;
import io.grassroots.events.directory.UnitUpsertedV1;
import io.grassroots.platform.sql.JdbcStatements;
import io.grassroots.platform.sql.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;

/**
 * The unit and department rows of a poll of the directory, each kind written by one statement however many
 * the poll holds: a fresh stack or a replay reads a province's 18,000 units, which a look-up and an insert
 * per unit made the shared dataset the slowest consumer of a fresh stack (21-23 s where the ledger took 12-14).
 */
@ApplicationScoped
class DirectoryRows {
    /** A row that already holds the event's values is left alone: a replay rewrites nothing. */
    private static final String UNITS = "insert into unit as u (code, name, level, parent_code, county_code, "
            + "city_code, province_code) select * from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], "
            + "?::text[], ?::text[]) on conflict (code) do update set name = excluded.name, level = excluded.level, "
            + "parent_code = excluded.parent_code, county_code = excluded.county_code, city_code = excluded.city_code, "
            + "province_code = excluded.province_code where (u.name, u.level, u.parent_code, u.county_code, "
            + "u.city_code, u.province_code) is distinct from (excluded.name, excluded.level, excluded.parent_code, "
            + "excluded.county_code, excluded.city_code, excluded.province_code)";
    /** Each department's groups travel as a JSON array: one text per department, whatever its groups hold. */
    private static final String DEPARTMENTS = "insert into department as t (id, name, level, region_code, groups) "
            + "select i, n, l, r, array(select e from jsonb_array_elements_text(g::jsonb) with ordinality x(e, k) "
            + "order by k) from unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[]) d(i, n, l, r, g) "
            + "on conflict (id) do update set name = excluded.name, level = excluded.level, "
            + "region_code = excluded.region_code, groups = excluded.groups where (t.name, t.level, t.region_code, "
            + "t.groups) is distinct from (excluded.name, excluded.level, excluded.region_code, excluded.groups)";

    @Inject
    EntityManager em;
    @Inject
    ObjectMapper json;

    /** Inserts or updates the units, one event per code (a statement cannot update a row twice). */
    void units(Collection<UnitUpsertedV1> units) {
        if (units.isEmpty()) {
            return;
        }
        JdbcStatements.update(em, UNITS, upsert -> SqlArrays.textColumns(upsert, 1)
                .column(units, UnitUpsertedV1::code).column(units, UnitUpsertedV1::name)
                .column(units, UnitUpsertedV1::level).column(units, UnitUpsertedV1::parentCode)
                .column(units, UnitUpsertedV1::countyCode).column(units, UnitUpsertedV1::cityCode)
                .column(units, UnitUpsertedV1::provinceCode));
    }

    /** Inserts or updates the departments, one event per id; a department without groups has none. */
    void departments(Collection<DepartmentUpsertedV1> departments) {
        if (departments.isEmpty()) {
            return;
        }
        JdbcStatements.update(em, DEPARTMENTS, upsert -> SqlArrays.textColumns(upsert, 1)
                .column(departments, DepartmentUpsertedV1::id).column(departments, DepartmentUpsertedV1::name)
                .column(departments, DepartmentUpsertedV1::level)
                .column(departments, DepartmentUpsertedV1::regionCode)
                .column(departments, d -> groups(d.groups())));
    }

    private String groups(List<String> groups) {
        try {
            return json.writeValueAsString(groups == null ? List.of() : groups);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a department's groups could not be written as JSON", e);
        }
    }
}
