-- A refusal's blocking rules become an array, so the ledger asks "= any(rules)" instead of matching a
-- comma-joined string; existing rows keep their rules (an empty string had none).
alter table refusal_fact alter column rules type text[]
    using case when rules = '' then '{}'::text[] else string_to_array(rules, ',') end;
