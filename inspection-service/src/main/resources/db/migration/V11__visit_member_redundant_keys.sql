-- A member's visit is already checked by visit_member_visit_unit (the visit's id and unit, cascading on delete
-- as this key did), and lookups of a plan's members are served by the index of visit_member_plan_target (plan_id
-- first). The single-column key and index only cost every insert: a province's scheduling run inserts ~36,000
-- members, 0.84 s with them and 0.57 s without on this project's machine (#19).
alter table visit_member drop constraint visit_member_visit_id_fkey;
drop index visit_member_plan;
