-- PRISM platform tables: tenants and API keys, plus the row-level-security plumbing every tenant table uses.
--
-- Roles. Migrations run as the database owner (PRISM_DB_USER). The service's own queries run as prism_app
-- (SET ROLE on every pooled connection), which is neither superuser nor table owner, so row level security
-- applies to it. The tenant of a transaction is set with set_config('app.tenant_id', <uuid>, true).
-- Lines between the "jooq ignore" markers are PostgreSQL-only; the build-time code generator skips them.

-- [jooq ignore start]
DO $$
BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'prism_app') THEN
    CREATE ROLE prism_app NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
  END IF;
EXCEPTION WHEN duplicate_object OR unique_violation THEN
  NULL; -- created concurrently by another database's migration on the same server
END
$$;

DO $$
BEGIN
  IF NOT pg_has_role(current_user, 'prism_app', 'MEMBER') THEN
    EXECUTE format('GRANT prism_app TO %I', current_user);
  END IF;
END
$$;

GRANT USAGE ON SCHEMA public TO prism_app;

-- The tenant of the current transaction, or NULL when none is set (then tenant tables show no rows).
CREATE FUNCTION prism_current_tenant() RETURNS uuid
  LANGUAGE sql STABLE PARALLEL SAFE
  AS $$ SELECT NULLIF(current_setting('app.tenant_id', true), '')::uuid $$;

-- The reserved tenant that owns the shared catalog.
CREATE FUNCTION prism_global_tenant() RETURNS uuid
  LANGUAGE sql IMMUTABLE PARALLEL SAFE
  AS $$ SELECT '00000000-0000-0000-0000-000000000000'::uuid $$;
-- [jooq ignore stop]

CREATE TABLE tenant (
  tenant_id   uuid         NOT NULL,
  name        varchar(200) NOT NULL,
  tier        varchar(20)  NOT NULL,
  created_at  timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT tenant_pk PRIMARY KEY (tenant_id),
  CONSTRAINT tenant_tier_ck CHECK (tier IN ('FREE', 'PRO', 'ENTERPRISE')),
  CONSTRAINT tenant_name_ck CHECK (length(trim(name)) > 0)
);

COMMENT ON TABLE tenant IS 'A customer of the service. The all-zero tenant owns the shared catalog.';

INSERT INTO tenant (tenant_id, name, tier)
VALUES ('00000000-0000-0000-0000-000000000000', 'PRISM shared catalog', 'ENTERPRISE');

CREATE TABLE api_key (
  tenant_id    uuid         NOT NULL,
  key_id       uuid         NOT NULL,
  prefix       varchar(40)  NOT NULL,
  key_hash     varchar(64)  NOT NULL,
  scopes       varchar(10) ARRAY NOT NULL,
  description  varchar(200),
  created_at   timestamp with time zone NOT NULL DEFAULT now(),
  expires_at   timestamp with time zone,
  revoked_at   timestamp with time zone,
  CONSTRAINT api_key_pk PRIMARY KEY (tenant_id, key_id),
  CONSTRAINT api_key_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  CONSTRAINT api_key_hash_uk UNIQUE (key_hash)
);

COMMENT ON TABLE api_key IS 'API keys, stored only as the SHA-256 hash of the secret; the prefix is the readable part.';

-- [jooq ignore start]
ALTER TABLE tenant ENABLE ROW LEVEL SECURITY;
CREATE POLICY tenant_self ON tenant
  USING (tenant_id = prism_current_tenant())
  WITH CHECK (tenant_id = prism_current_tenant() AND tenant_id <> prism_global_tenant());

ALTER TABLE api_key ENABLE ROW LEVEL SECURITY;
CREATE POLICY api_key_own ON api_key
  USING (tenant_id = prism_current_tenant())
  WITH CHECK (tenant_id = prism_current_tenant() AND tenant_id <> prism_global_tenant());

GRANT SELECT, INSERT, UPDATE ON tenant TO prism_app;
GRANT SELECT, INSERT, UPDATE ON api_key TO prism_app;

-- Authentication runs before any tenant is known: this function (owned by the table owner) is the only way
-- the service reads a key without a tenant set, and it only answers for an exact hash.
CREATE FUNCTION prism_authenticate(p_key_hash varchar)
  RETURNS TABLE (tenant_id uuid, key_id uuid, prefix varchar, tenant_name varchar, tier varchar,
                 scopes varchar[], expires_at timestamptz, revoked_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT k.tenant_id, k.key_id, k.prefix, t.name, t.tier, k.scopes::varchar[], k.expires_at, k.revoked_at
      FROM api_key k JOIN tenant t ON t.tenant_id = k.tenant_id
     WHERE k.key_hash = p_key_hash
  $$;

-- The platform operator revokes a key by its id alone; this tells which tenant's transaction must do it.
CREATE FUNCTION prism_api_key_tenant(p_key_id uuid) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$ SELECT tenant_id FROM api_key WHERE key_id = p_key_id $$;

REVOKE ALL ON FUNCTION prism_authenticate(varchar) FROM PUBLIC;
REVOKE ALL ON FUNCTION prism_api_key_tenant(uuid) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION prism_authenticate(varchar) TO prism_app;
GRANT EXECUTE ON FUNCTION prism_api_key_tenant(uuid) TO prism_app;
GRANT EXECUTE ON FUNCTION prism_current_tenant() TO prism_app;
GRANT EXECUTE ON FUNCTION prism_global_tenant() TO prism_app;
-- [jooq ignore stop]
