-- Lists kept as comma-joined text become text arrays; every existing row keeps its items, in order.
alter table department alter column groups drop default;
alter table department alter column groups type text[]
    using case when btrim(groups) = '' then '{}'::text[] else string_to_array(groups, ',') end;
alter table department alter column groups set default '{}';

alter table indicator alter column granted_departments drop default;
alter table indicator alter column granted_departments type text[]
    using case when btrim(granted_departments) = '' then '{}'::text[] else string_to_array(granted_departments, ',') end;
alter table indicator alter column granted_departments set default '{}';

alter table indicator alter column granted_groups drop default;
alter table indicator alter column granted_groups type text[]
    using case when btrim(granted_groups) = '' then '{}'::text[] else string_to_array(granted_groups, ',') end;
alter table indicator alter column granted_groups set default '{}';
