-- API key lifecycle: when a key was last used, and rotation (a key replaced by a new one keeps working until the
-- end of its overlap window, retires_at).
--
-- last_used_at is written in batches, at most once per key per interval (prism.keys.last-used-interval), never on
-- the request path; see docs/api-keys.md for its precision. A rotated key links to its replacement (replaced_by)
-- and the replacement back to it (rotated_from); both stay in the tenant, as the foreign keys below require.
--
-- The file is named "create_" because the build generates jOOQ classes from the db/V*__create_*.sql migrations.

ALTER TABLE api_key ADD COLUMN last_used_at timestamp with time zone;
ALTER TABLE api_key ADD COLUMN rotated_from uuid;
ALTER TABLE api_key ADD COLUMN replaced_by  uuid;
ALTER TABLE api_key ADD COLUMN retires_at   timestamp with time zone;

COMMENT ON COLUMN api_key.last_used_at IS 'Latest request the key authenticated, recorded at most once per interval.';
COMMENT ON COLUMN api_key.rotated_from IS 'The key this one replaced by rotation.';
COMMENT ON COLUMN api_key.replaced_by IS 'The key that replaced this one by rotation.';
COMMENT ON COLUMN api_key.retires_at IS 'End of a rotated key''s overlap window: it stops working then.';

-- [jooq ignore start]
ALTER TABLE api_key
  ADD CONSTRAINT api_key_rotated_from_fk FOREIGN KEY (tenant_id, rotated_from) REFERENCES api_key (tenant_id, key_id),
  ADD CONSTRAINT api_key_replaced_by_fk FOREIGN KEY (tenant_id, replaced_by) REFERENCES api_key (tenant_id, key_id),
  -- a key is replaced at most once, so two concurrent rotations cannot both succeed
  ADD CONSTRAINT api_key_rotated_from_uk UNIQUE (tenant_id, rotated_from),
  ADD CONSTRAINT api_key_rotation_ck CHECK ((replaced_by IS NULL) = (retires_at IS NULL));

-- Authentication still reads one row in one statement; it now also returns the end of a rotated key's overlap.
-- The return type changes, so the function is dropped and created again, with its grant.
DROP FUNCTION prism_authenticate(varchar);
CREATE FUNCTION prism_authenticate(p_key_hash varchar)
  RETURNS TABLE (tenant_id uuid, key_id uuid, prefix varchar, tenant_name varchar, tier varchar,
                 scopes varchar[], expires_at timestamptz, revoked_at timestamptz, retires_at timestamptz)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT k.tenant_id, k.key_id, k.prefix, t.name, t.tier, k.scopes::varchar[], k.expires_at, k.revoked_at,
           k.retires_at
      FROM api_key k JOIN tenant t ON t.tenant_id = k.tenant_id
     WHERE k.key_hash = p_key_hash
  $$;
REVOKE ALL ON FUNCTION prism_authenticate(varchar) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION prism_authenticate(varchar) TO prism_app;

-- Records when keys of any tenant were last used, in one statement for a whole batch. It only ever moves
-- last_used_at forward, so batches from several replicas, in any order, keep the latest time.
CREATE FUNCTION prism_touch_api_keys(p_tenant_ids uuid[], p_key_ids uuid[], p_used_at timestamptz[])
  RETURNS integer
  LANGUAGE sql VOLATILE SECURITY DEFINER SET search_path = public
  AS $$
    WITH touched AS (
      UPDATE api_key k SET last_used_at = u.used_at
        FROM unnest(p_tenant_ids, p_key_ids, p_used_at) AS u(tenant_id, key_id, used_at)
       WHERE k.tenant_id = u.tenant_id AND k.key_id = u.key_id
         AND (k.last_used_at IS NULL OR k.last_used_at < u.used_at)
      RETURNING 1)
    SELECT count(*)::integer FROM touched
  $$;
REVOKE ALL ON FUNCTION prism_touch_api_keys(uuid[], uuid[], timestamptz[]) FROM PUBLIC;
GRANT EXECUTE ON FUNCTION prism_touch_api_keys(uuid[], uuid[], timestamptz[]) TO prism_app;
-- [jooq ignore stop]
