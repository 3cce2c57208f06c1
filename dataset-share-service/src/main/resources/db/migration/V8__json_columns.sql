-- JSON is stored as jsonb and mapped with @JdbcTypeCode(SqlTypes.JSON): one way to keep a document.
-- (The outbox's payload stays text: it is sent to Kafka byte for byte, and jsonb would reorder it.)
alter table official_calendar
    alter column holidays type jsonb using holidays::jsonb,
    alter column workdays type jsonb using workdays::jsonb;
alter table form
    alter column layout type jsonb using layout::jsonb,
    alter column mapping type jsonb using mapping::jsonb;
alter table form_mapping
    alter column columns type jsonb using columns::jsonb;
