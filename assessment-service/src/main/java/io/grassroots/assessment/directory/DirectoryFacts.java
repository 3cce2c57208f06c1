package io.grassroots.assessment.directory;

import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.events.directory.DepartmentUpsertedV1;
import io.grassroots.events.directory.UnitUpsertedV1;
import java.sql.Connection;
import java.sql.SQLException;

/** Keeps the local copy of units and departments; an upsert is its own idempotence. */
public final class DirectoryFacts {
    private DirectoryFacts() {
    }

    public static void unit(Connection c, UnitUpsertedV1 u) throws SQLException {
        Jdbc.update(c, "insert into unit (code, name, level, parent_code, county_code, city_code, province_code) "
                + "values (?, ?, ?, ?, ?, ?, ?) on conflict (code) do update set name = excluded.name, "
                + "level = excluded.level, parent_code = excluded.parent_code, county_code = excluded.county_code, "
                + "city_code = excluded.city_code, province_code = excluded.province_code",
                u.code(), u.name(), u.level(), u.parentCode(), u.countyCode(), u.cityCode(), u.provinceCode());
    }

    public static void department(Connection c, DepartmentUpsertedV1 d) throws SQLException {
        Jdbc.update(c, "insert into department (id, name, level, region_code) values (?, ?, ?, ?) "
                + "on conflict (id) do update set name = excluded.name, level = excluded.level, "
                + "region_code = excluded.region_code", d.id(), d.name(), d.level(), d.regionCode());
    }
}
