package io.grassroots.deploy;

import java.util.List;

/**
 * The kinds of write the fault load makes: where the owning service keeps each acknowledged write,
 * where each read model shows it, and where a second application of its event would show. Every
 * query takes the writes' keys as one text array; the owner's and the read models' return the keys
 * they find, the checks for a second application one number, the effects beyond one.
 */
enum WriteKind {
    /** A plan filed and submitted by a department: key plan id. */
    SUBMISSION("submissions", Service.INSPECTION,
            "select id::text from plan where id::text = any(?) and status in ('SUBMITTED', "
                    + "'APPROVED', 'SCHEDULED', 'COMPLETED')",
            List.of(new ReadModel("ledger", Service.ASSESSMENT, "select plan_id from plan_fact where "
                    + "plan_id = any(?) and submitted_at is not null")),
            List.of()),
    /** A coordinator's approval: key plan id. */
    APPROVAL("approvals", Service.INSPECTION, "select id::text from plan where id::text = any(?) and status in "
            + "('APPROVED', 'SCHEDULED', 'COMPLETED')",
            List.of(new ReadModel("ledger", Service.ASSESSMENT, "select plan_id from plan_fact where plan_id = any(?) "
                    + "and status = 'APPROVED'")),
            List.of()),
    /** A unit's own report: key unit|indicator|period|version; the ledger holds that version or a later one. */
    REPORT("reports", Service.SHARE,
            "select concat_ws('|', unit_code, indicator, period, version) from data_value where "
                    + "concat_ws('|', unit_code, indicator, period, version) = any(?)",
            List.of(new ReadModel("ledger", Service.ASSESSMENT, "select k from unnest(?::text[]) k where exists ("
                    + "select 1 from unit_value u where u.unit_code = split_part(k, '|', 1) and u.indicator = "
                    + "split_part(k, '|', 2) and u.period = split_part(k, '|', 3) and u.version >= split_part(k, '|', "
                    + "4)::int)")),
            List.of()),
    /** A department's data request: key request id. */
    REQUEST("requests", Service.SHARE, "select id::text from data_request where id::text = any(?)",
            List.of(new ReadModel("ledger", Service.ASSESSMENT, "select request_id from request_fact where "
                    + "request_id = any(?)")),
            List.of()),
    /**
     * A joint team's result for one plan of a visit, with a safety-incident count unique to it: key
     * visit|plan|unit|count. The ledger counts the result; the shared dataset holds the count.
     */
    RESULT("results", Service.INSPECTION,
            "select k from unnest(?::text[]) k where exists (select 1 from visit_result r where "
                    + "r.visit_id::text = split_part(k, '|', 1) and r.plan_id::text = split_part(k, '|', 2))",
            List.of(new ReadModel("ledger", Service.ASSESSMENT, "select k from unnest(?::text[]) k where exists ("
                    + "select 1 from result_fact r where r.visit_id = split_part(k, '|', 1) and r.plan_id = "
                    + "split_part(k, '|', 2))"),
                    new ReadModel("shared dataset", Service.SHARE, "select k from unnest(?::text[]) k where exists ("
                            + "select 1 from data_value v where v.source = 'INSPECTION' and v.unit_code = "
                            + "split_part(k, '|', 3) and v.indicator = 'SAFETY_INCIDENTS' and v.value = "
                            + "split_part(k, '|', 4)::numeric)")),
            // The shared dataset stores a value as a new version each time it is written: a result applied twice
            // would hold its count twice. The ledger keeps one result per visit and plan.
            List.of(new ReadModel("shared dataset", Service.SHARE, "select coalesce(sum(n - 1), 0) from (select ("
                    + "select count(*) from data_value v where v.source = 'INSPECTION' and v.unit_code = "
                    + "split_part(k, '|', 3) and v.indicator = 'SAFETY_INCIDENTS' and v.value = "
                    + "split_part(k, '|', 4)::numeric) n from unnest(?::text[]) k) x where n > 1"),
                    new ReadModel("ledger", Service.ASSESSMENT, "select coalesce(sum(n - 1), 0) from (select ("
                            + "select count(*) from result_fact r where r.visit_id = split_part(k, '|', 1) and "
                            + "r.plan_id = split_part(k, '|', 2)) n from unnest(?::text[]) k) x where n > 1")));

    final String label;
    final String owner;
    final String ownerQuery;
    final List<ReadModel> readModels;
    /**
     * Where a second application would show in data, each query counting the effects beyond one. Only
     * results have such a place: the ledger's other facts are keyed by the id of what they record (a
     * plan, a request) or keep the highest version (a unit's value), so applying their events again
     * leaves them as they were.
     */
    final List<ReadModel> twice;

    WriteKind(String label, String owner, String ownerQuery, List<ReadModel> readModels, List<ReadModel> twice) {
        this.label = label;
        this.owner = owner;
        this.ownerQuery = ownerQuery;
        this.readModels = readModels;
        this.twice = twice;
    }

    /** A read model that shows writes of this kind, in a service's database. */
    record ReadModel(String name, String module, String query) {
    }
}
