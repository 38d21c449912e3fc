-- Versions of catalog rows and the lineage of calculations (docs/lineage.md).
--
-- Every material, cutting-data row, tool and machine carries a version, 1 when it is created and one more on every
-- change (a trigger, so no writer can forget it). Earlier versions are kept in the audit log: every change's event
-- holds the row's state before and after it (docs/audit.md). A calculation records in lineage the version of every
-- catalog row it read, the formulas, the formula registry and the engine build it ran on, and its audit event.
ALTER TABLE material ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE material_cutting_data ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE tool ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE machine ADD COLUMN version integer NOT NULL DEFAULT 1;
ALTER TABLE calculation ADD COLUMN lineage jsonb;

-- [jooq ignore start]
ALTER TABLE material ADD CONSTRAINT material_version_ck CHECK (version >= 1);
ALTER TABLE material_cutting_data ADD CONSTRAINT material_cutting_data_version_ck CHECK (version >= 1);
ALTER TABLE tool ADD CONSTRAINT tool_version_ck CHECK (version >= 1);
ALTER TABLE machine ADD CONSTRAINT machine_version_ck CHECK (version >= 1);

CREATE FUNCTION prism_next_version() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  NEW.version := OLD.version + 1;
  RETURN NEW;
END
$$;
CREATE TRIGGER material_version BEFORE UPDATE ON material
  FOR EACH ROW EXECUTE FUNCTION prism_next_version();
CREATE TRIGGER material_cutting_data_version BEFORE UPDATE ON material_cutting_data
  FOR EACH ROW EXECUTE FUNCTION prism_next_version();
CREATE TRIGGER tool_version BEFORE UPDATE ON tool
  FOR EACH ROW EXECUTE FUNCTION prism_next_version();
CREATE TRIGGER machine_version BEFORE UPDATE ON machine
  FOR EACH ROW EXECUTE FUNCTION prism_next_version();

-- calculationsUsing: the calculations whose lineage names a row version, by containment
CREATE INDEX calculation_lineage_ix ON calculation USING gin (lineage jsonb_path_ops);
-- [jooq ignore stop]
