-- Trusted documents: a per-tenant setting that limits the tenant's GraphQL requests to the operations of the
-- registry (codegen/rest/operations), referenced by id or hash or sent as their exact text. Off by default.
--
-- The file name starts with "create_" so that the build-time code generator (which reads V*__create_*.sql) sees
-- the new column; nothing else is created here.

ALTER TABLE tenant ADD COLUMN trusted_documents_only boolean NOT NULL DEFAULT false;

COMMENT ON COLUMN tenant.trusted_documents_only IS
  'When true, the tenant''s GraphQL requests may run only registered operations (trusted documents).';

-- [jooq ignore start]
-- Authentication carries the setting, so enforcing it needs no query of its own: prism_authenticate answers it
-- beside the key (with V10's rotation window) and the tenant, in its one statement. A function's result columns
-- cannot change in place, so it is dropped and created again in this migration's transaction, with its grants.
DROP FUNCTION prism_authenticate(varchar);

CREATE FUNCTION prism_authenticate(p_key_hash varchar)
  RETURNS TABLE (tenant_id uuid, key_id uuid, prefix varchar, tenant_name varchar, tier varchar,
                 scopes varchar[], expires_at timestamptz, revoked_at timestamptz, retires_at timestamptz,
                 trusted_documents_only boolean)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT k.tenant_id, k.key_id, k.prefix, t.name, t.tier, k.scopes::varchar[], k.expires_at, k.revoked_at,
           k.retires_at, t.trusted_documents_only
      FROM api_key k JOIN tenant t ON t.tenant_id = k.tenant_id
     WHERE k.key_hash = p_key_hash
  $$;

REVOKE ALL ON FUNCTION prism_authenticate(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION prism_authenticate(varchar) TO prism_app;
-- [jooq ignore stop]
