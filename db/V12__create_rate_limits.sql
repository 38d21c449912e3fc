-- Rate limits in cost units (docs/rate-limits.md).
--
-- tenant.rate_limit: an ENTERPRISE tenant's own limit in cost units per minute, set by the platform operator;
-- NULL means the tier's figure from configuration. FREE and PRO tenants never have one.
ALTER TABLE tenant ADD COLUMN rate_limit integer;
ALTER TABLE tenant ADD CONSTRAINT tenant_rate_limit_ck CHECK (rate_limit IS NULL OR rate_limit > 0);
ALTER TABLE tenant ADD CONSTRAINT tenant_rate_limit_tier_ck CHECK (rate_limit IS NULL OR tier = 'ENTERPRISE');

COMMENT ON COLUMN tenant.rate_limit IS 'ENTERPRISE only: cost units per minute instead of the tier default; NULL for the default.';

-- The token buckets several instances share when prism.rate-limits.backend is postgres. Bucket4j owns the
-- rows: id is the bucket key (it starts with the tenant id, but the table is limiter state, not tenant data, so
-- it has no row level security), state is Bucket4j's serialized bucket and expires_at (epoch milliseconds) is
-- when an idle bucket would be full again, after which the service deletes it. The service role may read, lock,
-- write and delete rows; it cannot change the table.
-- [jooq ignore start]
CREATE TABLE rate_limit_bucket (
  id          varchar(200) NOT NULL,
  state       bytea,
  expires_at  bigint,
  CONSTRAINT rate_limit_bucket_pk PRIMARY KEY (id)
);

CREATE INDEX rate_limit_bucket_expires_ix ON rate_limit_bucket (expires_at);

COMMENT ON TABLE rate_limit_bucket IS 'Shared rate-limit token buckets (Bucket4j state); not tenant data.';

GRANT SELECT, INSERT, UPDATE, DELETE ON rate_limit_bucket TO prism_app;
-- [jooq ignore stop]
