-- A plan visits a unit once: a plan-target (plan, unit) belongs to at most one visit. Until now only
-- the pair (visit, plan) was unique, and concurrent approvals could put one plan-target into many
-- visits of its unit. The membership now carries the visit's unit, tied to the visit by a composite
-- key, and (plan, unit) is unique. The check is deferred to commit: moving a plan-target from one
-- visit to another inside a transaction may write the new membership before deleting the old one.
alter table visit_member add column unit_code varchar(12);
update visit_member m set unit_code = v.unit_code from visit v where v.id = m.visit_id;

-- Repair what the race left: each plan-target stays in one visit, a confirmed or completed one
-- first (notice was given for it), else the earliest created; planned visits left empty go.
delete from visit_member m
using (
    select m2.visit_id, m2.plan_id,
           row_number() over (partition by m2.plan_id, m2.unit_code
                              order by case when v.status = 'PLANNED' then 1 else 0 end, v.created_at, v.id) as rank
    from visit_member m2 join visit v on v.id = m2.visit_id
) ranked
where ranked.rank > 1 and m.visit_id = ranked.visit_id and m.plan_id = ranked.plan_id;
delete from visit v where v.status = 'PLANNED' and not exists (select 1 from visit_member m where m.visit_id = v.id);

alter table visit_member alter column unit_code set not null;
alter table visit add constraint visit_id_unit unique (id, unit_code);
alter table visit_member add constraint visit_member_visit_unit foreign key (visit_id, unit_code)
    references visit (id, unit_code) on delete cascade;
alter table visit_member add constraint visit_member_plan_target unique (plan_id, unit_code)
    deferrable initially deferred;

-- Approved plan-targets that no visit could take under the caps, with the reason and where they
-- would fit: the coordinator's work list. A plan-target is here or in a visit, never both.
create table unplaced_target (
    plan_id          uuid        not null references plan (id) on delete cascade,
    unit_code        varchar(12) not null references unit (code),
    county_code      varchar(6)  not null,
    year             int         not null,
    reason           varchar(32) not null,
    detail           text        not null,
    suggested_date   date,
    suggested_visit  uuid,
    suggestion       text,
    recorded_at      timestamptz not null,
    primary key (plan_id, unit_code)
);
create index unplaced_target_county on unplaced_target (county_code, year);
