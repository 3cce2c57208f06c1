-- JSON is stored as jsonb and mapped with @JdbcTypeCode(SqlTypes.JSON): one way to keep a document.
-- (The outbox's payload stays text: it is sent to Kafka byte for byte, and jsonb would reorder it.)
alter table policy
    alter column document type jsonb using document::jsonb;
alter table plan
    alter column target_selector type jsonb using target_selector::jsonb,
    alter column materials type jsonb using materials::jsonb,
    alter column findings type jsonb using findings::jsonb,
    alter column accepted_findings type jsonb using accepted_findings::jsonb;
alter table visit
    alter column days type jsonb using days::jsonb,
    alter column team type jsonb using team::jsonb,
    alter column materials type jsonb using materials::jsonb;
alter table visit_result
    alter column rectifications type jsonb using rectifications::jsonb,
    alter column indicator_values type jsonb using indicator_values::jsonb;
alter table schedule_run
    alter column summary type jsonb using summary::jsonb;
alter table official_calendar
    alter column holidays type jsonb using holidays::jsonb,
    alter column workdays type jsonb using workdays::jsonb;
