package io.grassroots.assessment.ledger;

import io.grassroots.assessment.jdbc.Jdbc;
import io.grassroots.events.data.RequestFiledV1;
import io.grassroots.events.data.TaskIssuedV1;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;

/** Data-request and task facts for the ledger; each is written once, keyed by its own id. */
public final class DataFacts {
    private DataFacts() {
    }

    public static DepartmentYear request(Connection c, RequestFiledV1 r) throws SQLException {
        int year = Dates.dateOf(r.filedAt()).getYear();
        Jdbc.update(c, "insert into request_fact (request_id, department_id, year, filed_at, fields_requested, "
                + "answered_shared, asked_of_units, coalesced, minutes_saved) values (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                + "on conflict (request_id) do nothing", r.requestId(), r.departmentId(), year, r.filedAt(),
                r.fieldsRequested(), r.answeredFromShared(), r.askedOfUnits(), r.coalesced(), r.minutesSaved());
        for (String unit : r.units()) {
            Jdbc.update(c, "insert into request_unit (request_id, unit_code) values (?, ?) on conflict do nothing",
                    r.requestId(), unit);
        }
        return new DepartmentYear(r.departmentId(), year);
    }

    public static DepartmentYear task(Connection c, TaskIssuedV1 t) throws SQLException {
        LocalDate issued = Dates.dateOf(t.issuedAt());
        Jdbc.update(c, "insert into task_fact (task_id, unit_code, department_id, request_id, year, month, fields, "
                + "minutes) values (?, ?, ?, ?, ?, ?, ?, ?) on conflict (task_id) do nothing", t.taskId(),
                t.unitCode(), t.departmentId(), t.requestId(), issued.getYear(), issued.getMonthValue(),
                t.indicators().size(), t.minutesEstimated());
        return new DepartmentYear(t.departmentId(), issued.getYear());
    }
}
