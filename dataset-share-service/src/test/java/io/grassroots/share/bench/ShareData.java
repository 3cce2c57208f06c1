package io.grassroots.share.bench;

import io.grassroots.infra.PostgresServer;
import java.io.StringReader;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.postgresql.PGConnection;

/** The benchmark's shared data: Guangxi's villages, and every value of 30 indicators × 3 periods, loaded by COPY. */
final class ShareData {
    static final String DB = "dataset_share_bench";
    static final String[] PERIODS = { "2023", "2024", "2025" };

    private ShareData() {
    }

    /** Units, a department that may read everything, 30 indicators and every value, by COPY. */
    static List<String> load(PostgresServer postgres, List<String> villages) throws Exception {
        try (Connection db = DriverManager.getConnection(postgres.jdbcUrl(DB), postgres.user(), postgres.password());
                Statement st = db.createStatement()) {
            for (int i = 1; i <= 7; i++) {
                st.execute("insert into indicator (code, name, unit_of_measure, owner_department, freshness_days, "
                        + "sensitivity, value_type, minutes_per_field) values ('BENCH_EXTRA_" + i + "', 'extra " + i
                        + "', 'x', '45-statistics', 3650, 'PUBLIC', 'INTEGER', 10) on conflict do nothing");
            }
            st.execute("insert into department (id, name, level, region_code, groups) values ('45-statistics', "
                    + "'广西壮族自治区统计局', 'PROVINCE', '45', '{SAFETY,ECOLOGY,RURAL,SOCIAL,ECONOMY,GOVERNANCE}') "
                    + "on conflict (id) do update set groups = excluded.groups");
            st.execute("update indicator set granted_departments = '{45-statistics}', freshness_days = 3650");
            List<String> indicators = new ArrayList<>();
            try (var rs = st.executeQuery("select code from indicator order by code")) {
                while (rs.next()) {
                    indicators.add(rs.getString(1));
                }
            }
            var copy = db.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder units = new StringBuilder();
            for (String v : villages) {
                units.append(v).append("\tv").append(v).append("\tVILLAGE\t").append(v, 0, 9).append('\t')
                        .append(v, 0, 6).append('\t').append(v, 0, 4).append("\t45\n");
            }
            copy.copyIn("copy unit (code, name, level, parent_code, county_code, city_code, province_code) from stdin",
                    new StringReader(units.toString()));
            Random random = new Random(1);
            StringBuilder values = new StringBuilder();
            for (String v : villages) {
                for (String indicator : indicators) {
                    for (String period : PERIODS) {
                        values.append(v).append('\t').append(indicator).append('\t').append(period)
                                .append("\t1\t").append(random.nextInt(1000))
                                .append("\tSTATISTICS\t\\N\tbench\t2026-01-01 00:00:00+00\n");
                    }
                }
                if (values.length() > 8_000_000) {
                    copy.copyIn("copy data_value (unit_code, indicator, period, version, value, source, source_ref, "
                            + "reported_by, reported_at) from stdin", new StringReader(values.toString()));
                    values.setLength(0);
                }
            }
            copy.copyIn("copy data_value (unit_code, indicator, period, version, value, source, source_ref, "
                    + "reported_by, reported_at) from stdin", new StringReader(values.toString()));
            // Only the loaded tables: analyzing the still empty request tables would tell the planner they
            // stay empty, and with autovacuum off (as on this machine) nothing would correct it, so the
            // foreign-key checks on request fields would keep a sequential-scan plan as the table grows.
            st.execute("analyze unit");
            st.execute("analyze data_value");
            st.execute("analyze indicator");
            st.execute("analyze department");
            return indicators.size() > 30 ? indicators.subList(0, 30) : indicators;
        }
    }
}
