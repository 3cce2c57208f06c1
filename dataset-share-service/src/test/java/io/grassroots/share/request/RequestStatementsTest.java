package io.grassroots.share.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grassroots.platform.security.Caller;
import io.grassroots.platform.security.Role;
import io.grassroots.share.directory.DirectoryCache;
import io.grassroots.share.support.CountedStatements;
import io.grassroots.share.support.ShareTest;
import io.grassroots.testing.CountingDriver;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Issue #19: a data request answered from shared data costs the same few statements whatever its number of
 * fields (each counted at the JDBC driver, {@link CountingDriver}): the calendar's revisions, the values, the
 * request's row, its fields, the access log and the outbox; and it still writes every row it wrote before.
 */
@QuarkusTest
@TestProfile(CountedStatements.class)
class RequestStatementsTest extends ShareTest {
    private static final List<String> UNITS = List.of("450102001", "450102002", "450102003");
    private static final List<String> INDICATORS = List.of("POPULATION", "HOUSEHOLDS", "MARKET_ENTITIES");
    private static final Caller STATISTICS = new Caller("statements-test", Role.DEPARTMENT, "450102-statistics",
            null, "450102");

    @Inject
    RequestService requests;
    @Inject
    DirectoryCache directory;

    /** Every unit's value of every indicator in the period, reported by the unit. */
    private static void reportAll(String period) {
        int value = 100;
        for (String unit : UNITS) {
            for (String indicator : INDICATORS) {
                report(unit, indicator, period, value++);
            }
        }
    }

    /** Files the request; the statements it ran and what it answered. */
    private int file(List<String> indicators, List<String> units, String period,
            AtomicReference<DataRequestView> filed) {
        DataRequestInput input = new DataRequestInput("统计年报", indicators, units, period, LocalDate.of(2026, 6, 30));
        return CountingDriver.count(() -> filed.set(requests.file(input, STATISTICS)));
    }

    @Test
    void aRequestAnsweredFromSharedDataRunsTheSameFewStatementsHoweverManyFieldsItHas() {
        reportAll("2017");
        reportAll("2018");
        AtomicReference<DataRequestView> filed = new AtomicReference<>();
        file(INDICATORS, UNITS, "2017", filed); // a fresh service loads what later requests find cached
        int one = file(INDICATORS.subList(0, 1), UNITS.subList(0, 1), "2017", filed);
        int nine = file(INDICATORS, UNITS, "2018", filed);
        System.out.printf("statements per request answered from shared data: %d for 1 field, %d for 9%n", one, nine);
        assertTrue(one > 0, "the driver counted no statement");
        assertEquals(one, nine, "statements for 1 field: " + one + ", for 9: " + nine);
        // calendar's revisions, values, the request, its fields, access log, outbox
        assertTrue(nine <= 6, "a request of 9 fields ran " + nine + " statements");

        DataRequestView view = filed.get();
        assertEquals(RequestStatus.ANSWERED, view.status());
        assertEquals(9, view.answeredFromShared());
        String id = view.id().toString();
        assertEquals("ANSWERED|9|9|0|0|105|450102-statistics|statements-test|2026-06-30|true", db.text(
                "select status || '|' || fields_total || '|' || answered_shared || '|' || asked_of_units || '|' "
                        + "|| coalesced || '|' || minutes_saved || '|' || department_id || '|' || created_by || '|' "
                        + "|| due_date || '|' || (answered_at = created_at) from data_request where id = cast(? as uuid)",
                id));
        // Each field answered by the unit's latest value of it, which the answer shows too.
        assertEquals(9, db.count("select count(*) from request_field f join data_value v on v.id = f.value_id "
                + "where f.request_id = cast(? as uuid) and f.status = 'ANSWERED' and f.answered_from = 'SHARED' "
                + "and f.task_id is null and v.unit_code = f.unit_code and v.indicator = f.indicator "
                + "and v.period = '2018'", id));
        assertEquals(List.of(100, 101, 102, 103, 104, 105, 106, 107, 108), view.fields().stream()
                .sorted(java.util.Comparator.comparing(DataRequestView.Field::unit)
                        .thenComparing(f -> INDICATORS.indexOf(f.indicator())))
                .map(f -> f.value().intValueExact()).toList());
        assertEquals(9, db.count("select count(*) from access_log where request_id = cast(? as uuid) "
                + "and outcome = 'READ' and department_id = '450102-statistics' and caller = 'statements-test' "
                + "and period = '2018' and reason = 'answered from shared data'", id));
        assertEquals("request.answered.v1,request.filed.v1", db.text("select string_agg(event_type, ',' "
                + "order by event_type) from outbox_event where subject = ?", id));
    }

    @Test
    void theUnitsARequestNamesAreLookedUpInOneStatementThenKept() {
        // Twenty villages no test has named (none kept), and one code the directory does not hold.
        List<String> fresh = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            String code = "450102201" + String.format("%03d", i);
            db.update("insert into unit (code, name, level, parent_code, county_code, city_code, province_code) "
                    + "values (?, ?, 'VILLAGE', '450102201', '450102', '4501', '45') on conflict do nothing", code,
                    "测试村" + i);
            fresh.add(code);
        }
        List<String> named = new ArrayList<>(fresh);
        named.add("450102201999");
        AtomicReference<Set<String>> present = new AtomicReference<>();
        int first = CountingDriver.count(() -> QuarkusTransaction.requiringNew().run(() -> present.set(directory
                .unitsPresent(named))));
        assertEquals(Set.copyOf(fresh), present.get(), "the twenty villages, not the unknown code");
        assertEquals(1, first, "statements to look up 21 units none of which was kept");
        int again = CountingDriver.count(() -> QuarkusTransaction.requiringNew().run(() -> present.set(directory
                .unitsPresent(fresh))));
        assertEquals(Set.copyOf(fresh), present.get());
        assertEquals(0, again, "statements to look up 20 units kept from the first look-up");
    }
}
