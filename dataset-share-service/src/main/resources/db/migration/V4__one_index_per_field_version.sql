-- The unique (unit_code, indicator, period, version) constraint's index already finds a field's
-- versions, newest first by a backward scan; a second index on the same columns only cost every
-- stored value another index insert.
drop index data_value_current;
