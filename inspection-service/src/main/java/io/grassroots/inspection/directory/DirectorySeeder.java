package io.grassroots.inspection.directory;

import io.agroal.api.AgroalDataSource;
import io.grassroots.events.PlatformEvent;
import io.grassroots.events.directory.CategoryUpsertedV1;
import io.grassroots.events.directory.DepartmentUpsertedV1;
import io.grassroots.events.directory.UnitUpsertedV1;
import io.grassroots.inspection.config.PlatformConfig;
import io.grassroots.platform.outbox.Outbox;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/**
 * On first start, loads the registry of one province (regions, townships, villages; the shipped one or
 * a file an operator names, grassroots.directory.registry), seeds its departments and announces the
 * whole directory on the compacted directory topic. Runs once: a database that already holds regions
 * is left as it is.
 */
@ApplicationScoped
public class DirectorySeeder {
    private static final Logger LOG = Logger.getLogger(DirectorySeeder.class);
    private static final long SEED_LOCK = 4_501_020_01L;
    private static final int BATCH = 1000;

    @Inject
    AgroalDataSource dataSource;
    @Inject
    PlatformConfig config;
    @Inject
    Outbox outbox;

    void onStart(@Observes StartupEvent start) {
        if (config.directory().seed()) {
            seed();
        }
    }

    /** Seeds the directory if it is empty; returns the number of units loaded (0 when already seeded). */
    public int seed() {
        try (Connection db = dataSource.getConnection()) {
            db.setAutoCommit(false);
            try (Statement lock = db.createStatement()) {
                // Two instances starting together must not both seed.
                lock.execute("select pg_advisory_xact_lock(" + SEED_LOCK + ")");
            }
            if (alreadySeeded(db)) {
                db.rollback();
                return 0;
            }
            Registry registry = Registry.read(config.directory().registry());
            Instant now = Instant.now();
            insertRegions(db, registry.regions());
            insertUnits(db, registry.units());
            List<DepartmentUpsertedV1> departments = departments(registry.regions());
            insertDepartments(db, departments, now);
            List<PlatformEvent> events = new ArrayList<>(categories(db));
            events.addAll(departments);
            registry.units().forEach(u -> events.add(u));
            outbox.write(db, events);
            db.commit();
            LOG.infof("directory seeded from %s: %d regions, %d units, %d departments", config.directory().registry(),
                    registry.regions().size(), registry.units().size(), departments.size());
            return registry.units().size();
        } catch (SQLException e) {
            throw new IllegalStateException("seeding the directory failed", e);
        }
    }

    private static boolean alreadySeeded(Connection db) throws SQLException {
        try (Statement q = db.createStatement();
                ResultSet rs = q.executeQuery("select exists(select 1 from region) as seeded")) {
            rs.next();
            return rs.getBoolean("seeded");
        }
    }

    private static void insertRegions(Connection db, List<Registry.RegionRow> regions) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement(
                "insert into region (code, name, level, parent_code) values (?, ?, ?, ?)")) {
            for (Registry.RegionRow r : regions) {
                insert.setString(1, r.code());
                insert.setString(2, r.name());
                insert.setString(3, r.level());
                insert.setString(4, r.parent());
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static void insertUnits(Connection db, List<UnitUpsertedV1> units) throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into unit (code, name, level, parent_code, "
                + "county_code, city_code, province_code) values (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (UnitUpsertedV1 u : units) {
                insert.setString(1, u.code());
                insert.setString(2, u.name());
                insert.setString(3, u.level());
                insert.setString(4, u.parentCode());
                insert.setString(5, u.countyCode());
                insert.setString(6, u.cityCode());
                insert.setString(7, u.provinceCode());
                insert.addBatch();
                if (++n % BATCH == 0) {
                    insert.executeBatch();
                }
            }
            insert.executeBatch();
        }
    }

    private static List<DepartmentUpsertedV1> departments(List<Registry.RegionRow> regions) {
        List<DepartmentUpsertedV1> departments = new ArrayList<>();
        for (Registry.RegionRow region : regions) {
            for (DepartmentTemplates.Template t : DepartmentTemplates.ALL) {
                departments.add(new DepartmentUpsertedV1(region.code() + "-" + t.slug(), t.name(region.level(),
                        region.name()), region.level(), region.code(), List.of(t.group())));
            }
        }
        return departments;
    }

    private static void insertDepartments(Connection db, List<DepartmentUpsertedV1> departments, Instant now)
            throws SQLException {
        try (PreparedStatement insert = db.prepareStatement("insert into department (id, name, level, region_code, "
                + "groups, created_at) values (?, ?, ?, ?, ?, ?)")) {
            for (DepartmentUpsertedV1 d : departments) {
                insert.setString(1, d.id());
                insert.setString(2, d.name());
                insert.setString(3, d.level());
                insert.setString(4, d.regionCode());
                insert.setString(5, String.join(",", d.groups()));
                insert.setTimestamp(6, Timestamp.from(now));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    private static List<CategoryUpsertedV1> categories(Connection db) throws SQLException {
        List<CategoryUpsertedV1> categories = new ArrayList<>();
        try (Statement q = db.createStatement();
                ResultSet rs = q.executeQuery("select code, name, group_code from category order by code")) {
            while (rs.next()) {
                categories.add(
                        new CategoryUpsertedV1(rs.getString("code"), rs.getString("name"), rs.getString("group_code")));
            }
        }
        return categories;
    }

}
