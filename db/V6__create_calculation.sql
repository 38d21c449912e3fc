-- Calculation history: every calculation a tenant runs, with its input, the envelope it answered and the formula
-- ids it used. Tenant-owned (tenant_id leads the primary key) and private: a tenant reads only its own rows (not
-- the shared tenant's, which never calculates), inserts only its own, and nobody updates or deletes through the
-- service. Inputs and envelopes are stored as jsonb exactly as they were answered.
--
-- material_id, tool_id and machine_id name the catalog rows the calculation read; they carry no foreign key, so the
-- history stays readable after the tenant deletes or changes one of its own rows.
-- kind: SPEED_FEED today; later kinds (OPTIMIZE, JOB_PLAN) extend the check constraint in their own migration.

CREATE TABLE calculation (
  tenant_id       uuid         NOT NULL,
  calculation_id  uuid         NOT NULL,
  kind            varchar(20)  NOT NULL,
  material_id     uuid,
  tool_id         uuid,
  machine_id      uuid,
  formula_ids     varchar(80) ARRAY NOT NULL,
  engine_version  varchar(40)  NOT NULL,
  inputs          jsonb        NOT NULL,
  envelope        jsonb        NOT NULL,
  created_at      timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT calculation_pk PRIMARY KEY (tenant_id, calculation_id),
  CONSTRAINT calculation_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  CONSTRAINT calculation_id_uk UNIQUE (calculation_id),
  CONSTRAINT calculation_kind_ck CHECK (kind IN ('SPEED_FEED'))
);

CREATE INDEX calculation_history_ix ON calculation (tenant_id, created_at DESC, calculation_id DESC);

COMMENT ON TABLE calculation IS 'Calculation history per tenant: input, answered envelope and formula ids, as jsonb.';

-- [jooq ignore start]
ALTER TABLE calculation ENABLE ROW LEVEL SECURITY;
-- read: the current tenant's own rows only (history is never shared); nothing when no tenant is set
CREATE POLICY calculation_read ON calculation FOR SELECT
  USING (prism_current_tenant() IS NOT NULL AND tenant_id = prism_current_tenant());
-- write: insert the current tenant's own rows; there is no update or delete policy, so both are refused
CREATE POLICY calculation_insert ON calculation FOR INSERT
  WITH CHECK (tenant_id = prism_current_tenant() AND tenant_id <> prism_global_tenant());
GRANT SELECT, INSERT ON calculation TO prism_app;
-- [jooq ignore stop]
