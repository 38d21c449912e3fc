-- The stored request and envelope of a calculation are a few kilobytes of JSON each. PostgreSQL's default TOAST
-- compression (pglz) made writing them the largest single cost of a calculation run; lz4 compresses such
-- documents to a similar size at a fraction of the CPU. A server built without lz4 keeps pglz.
-- [jooq ignore start]
DO $$
BEGIN
  ALTER TABLE calculation ALTER COLUMN inputs SET COMPRESSION lz4, ALTER COLUMN envelope SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
  RAISE NOTICE 'lz4 is not available on this server; calculation history keeps the default compression';
END $$;
-- [jooq ignore stop]
