-- Catalog change notices (docs/catalog.md, "Caching"): every change to a material, its cutting data, a tool or a
-- machine sends the changed id on the channel prism_catalog when its transaction commits, so that every replica
-- drops what it has cached about that id. PostgreSQL delivers notices only on commit and drops them on rollback,
-- so a replica never forgets a row for a change that did not happen.
-- [jooq ignore start]
-- The trigger's argument names the id column to send. An update sends the old id and, if it changed, the new one;
-- notices with the same id in one transaction are sent once.
CREATE FUNCTION prism_catalog_changed() RETURNS trigger
  LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP <> 'INSERT' THEN
    PERFORM pg_notify('prism_catalog', to_jsonb(OLD) ->> TG_ARGV[0]);
  END IF;
  IF TG_OP <> 'DELETE' THEN
    PERFORM pg_notify('prism_catalog', to_jsonb(NEW) ->> TG_ARGV[0]);
  END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER material_changed AFTER UPDATE OR DELETE ON material
  FOR EACH ROW EXECUTE FUNCTION prism_catalog_changed('material_id');
CREATE TRIGGER material_cutting_data_changed AFTER INSERT OR UPDATE OR DELETE ON material_cutting_data
  FOR EACH ROW EXECUTE FUNCTION prism_catalog_changed('material_id');
CREATE TRIGGER tool_changed AFTER UPDATE OR DELETE ON tool
  FOR EACH ROW EXECUTE FUNCTION prism_catalog_changed('tool_id');
CREATE TRIGGER machine_changed AFTER UPDATE OR DELETE ON machine
  FOR EACH ROW EXECUTE FUNCTION prism_catalog_changed('machine_id');
-- [jooq ignore stop]
