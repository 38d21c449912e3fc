-- Key and tenant change notices (docs/api-keys.md, "Caching"): authentication keeps recently used keys' grants in
-- memory on each replica, so every change that alters what a key may do sends the key's or the tenant's id on the
-- channel prism_catalog when its transaction commits, and every replica drops the grants that id names. The
-- column lists leave out what authentication does not read (a key's last use, its description), so recording
-- key use sends nothing.
-- [jooq ignore start]
CREATE TRIGGER api_key_changed AFTER UPDATE OF tenant_id, key_id, key_hash, prefix, scopes, expires_at, revoked_at,
    retires_at, replaced_by OR DELETE ON api_key
  FOR EACH ROW EXECUTE FUNCTION prism_catalog_changed('key_id');
CREATE TRIGGER tenant_changed AFTER UPDATE OF tenant_id, name, tier, trusted_documents_only, rate_limit
    OR DELETE ON tenant
  FOR EACH ROW EXECUTE FUNCTION prism_catalog_changed('tenant_id');
-- [jooq ignore stop]
