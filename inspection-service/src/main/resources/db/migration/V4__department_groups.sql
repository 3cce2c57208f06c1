-- The category groups a department inspects in, comma-separated: data catalogs grant reads by group.
alter table department add column groups text not null default '';
