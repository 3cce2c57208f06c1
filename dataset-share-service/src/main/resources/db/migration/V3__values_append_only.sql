-- Reported values are never changed or removed: a correction is a new version. The trigger makes the
-- database hold to that, so nothing reported is ever lost.
create function data_value_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'data_value is append-only: a correction is a new version (% of value %)', tg_op, old.id;
end;
$$;
create trigger data_value_append_only before update or delete on data_value
    for each row execute function data_value_append_only();

-- With values append-only, a request field's value_id cannot dangle. The foreign key's check took a
-- row lock on the answering value, which rewrote that value's heap page for every field answered:
-- most of a repeat request's cost. The reference stays, unenforced.
alter table request_field drop constraint request_field_value_id_fkey;
