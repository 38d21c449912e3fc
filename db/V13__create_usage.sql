-- Usage metering (docs/usage.md): what each tenant ran, counted per hour, operation and door.
--
-- One row per tenant, hour (the start of the UTC hour), operation name and door (GRAPHQL or REST). Each replica
-- counts in memory and adds its counts to the row every prism.usage.flush-interval, so a row only ever grows.
-- requests counts every operation the tenant sent, errors those answered with at least one error, and cost_units
-- the computed cost (docs/query-cost.md) of the operations that were executed.
CREATE TABLE usage_meter (
  tenant_id   uuid         NOT NULL,
  hour        timestamp with time zone NOT NULL,
  operation   varchar(100) NOT NULL,
  door        varchar(10)  NOT NULL,
  requests    bigint       NOT NULL,
  errors      bigint       NOT NULL,
  cost_units  bigint       NOT NULL,
  CONSTRAINT usage_meter_pk PRIMARY KEY (tenant_id, hour, operation, door),
  CONSTRAINT usage_meter_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id),
  CONSTRAINT usage_meter_door_ck CHECK (door IN ('GRAPHQL', 'REST')),
  CONSTRAINT usage_meter_counts_ck CHECK (requests >= 0 AND errors >= 0 AND errors <= requests AND cost_units >= 0)
);

COMMENT ON TABLE usage_meter IS 'Per tenant, UTC hour, operation and door: requests, errors and cost units.';

-- [jooq ignore start]
ALTER TABLE usage_meter ENABLE ROW LEVEL SECURITY;
-- a tenant's own rows only, and never the shared catalog tenant's; nothing when no tenant is set
CREATE POLICY usage_meter_read ON usage_meter FOR SELECT
  USING (prism_current_tenant() IS NOT NULL AND tenant_id = prism_current_tenant());
CREATE POLICY usage_meter_insert ON usage_meter FOR INSERT
  WITH CHECK (tenant_id = prism_current_tenant() AND tenant_id <> prism_global_tenant());
CREATE POLICY usage_meter_update ON usage_meter FOR UPDATE
  USING (tenant_id = prism_current_tenant()) WITH CHECK (tenant_id = prism_current_tenant());
-- counts are added to, never removed: there is no delete grant
GRANT SELECT, INSERT, UPDATE ON usage_meter TO prism_app;
-- [jooq ignore stop]
