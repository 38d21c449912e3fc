-- The audit trail (docs/audit.md): one append-only, hash-chained log per tenant, sealed by signed Merkle
-- checkpoints.
--
-- audit_event holds one row per event. seq numbers a tenant's events from 0 without gaps; prev_hash is the hash of
-- the event before it (32 zero bytes for the first) and hash the SHA-256 of the event's canonical form (RFC 8785
-- JSON of every column but hash and leaf_hash). leaf_hash is the event's RFC 9162 leaf hash, SHA-256(0x00 ||
-- canonical form), kept so a Merkle root or proof needs no re-serialisation; a verification recomputes both.
-- Events of the platform (the operator, requests without a valid key) go to the log of the shared catalog tenant.
CREATE TABLE audit_event (
  tenant_id       uuid         NOT NULL,
  seq             bigint       NOT NULL,
  event_id        uuid         NOT NULL,
  occurred_at     timestamp with time zone NOT NULL,
  actor_type      varchar(10)  NOT NULL,
  actor_key_id    uuid,
  actor_prefix    varchar(40),
  action          varchar(60)  NOT NULL,
  resource_type   varchar(40),
  resource_id     varchar(200),
  outcome         varchar(10)  NOT NULL,
  error_code      varchar(30),
  correlation_id  varchar(100),
  door            varchar(10),
  operation_name  varchar(100),
  request_digest  varchar(64),
  result_digest   varchar(64),
  before_state    jsonb,
  after_state     jsonb,
  prev_hash       bytea        NOT NULL,
  hash            bytea        NOT NULL,
  leaf_hash       bytea        NOT NULL,
  CONSTRAINT audit_event_pk PRIMARY KEY (tenant_id, seq),
  CONSTRAINT audit_event_id_uk UNIQUE (tenant_id, event_id),
  CONSTRAINT audit_event_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id),
  CONSTRAINT audit_event_seq_ck CHECK (seq >= 0),
  CONSTRAINT audit_event_actor_ck CHECK (actor_type IN ('KEY', 'OPERATOR', 'ANONYMOUS', 'SYSTEM')),
  CONSTRAINT audit_event_outcome_ck CHECK (outcome IN ('SUCCESS', 'FAILURE', 'REFUSED')),
  CONSTRAINT audit_event_door_ck CHECK (door IS NULL OR door IN ('GRAPHQL', 'REST')),
  CONSTRAINT audit_event_hash_ck CHECK (length(prev_hash) = 32 AND length(hash) = 32 AND length(leaf_hash) = 32)
);

CREATE INDEX audit_event_time_ix ON audit_event (tenant_id, occurred_at, seq);
CREATE INDEX audit_event_correlation_ix ON audit_event (tenant_id, correlation_id);

COMMENT ON TABLE audit_event IS 'Append-only audit events, hash-chained per tenant (docs/audit.md).';

-- A signed checkpoint of a tenant's log: the Merkle tree head over its first tree_size events, as the C2SP
-- signed-note text that a third party verifies with the service's public key.
CREATE TABLE audit_checkpoint (
  tenant_id    uuid          NOT NULL,
  tree_size    bigint        NOT NULL,
  root_hash    bytea         NOT NULL,
  signed_note  varchar(2000) NOT NULL,
  key_name     varchar(200)  NOT NULL,
  created_at   timestamp with time zone NOT NULL,
  CONSTRAINT audit_checkpoint_pk PRIMARY KEY (tenant_id, tree_size),
  CONSTRAINT audit_checkpoint_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id),
  CONSTRAINT audit_checkpoint_size_ck CHECK (tree_size > 0),
  CONSTRAINT audit_checkpoint_root_ck CHECK (length(root_hash) = 32)
);

COMMENT ON TABLE audit_checkpoint IS 'Signed Merkle tree heads of each tenant audit log (docs/audit.md).';

-- [jooq ignore start]
ALTER TABLE audit_event ENABLE ROW LEVEL SECURITY;
ALTER TABLE audit_checkpoint ENABLE ROW LEVEL SECURITY;
-- the tenant of the transaction reads and appends its own log; the shared catalog tenant's log is the platform's
CREATE POLICY audit_event_read ON audit_event FOR SELECT
  USING (prism_current_tenant() IS NOT NULL AND tenant_id = prism_current_tenant());
CREATE POLICY audit_event_insert ON audit_event FOR INSERT
  WITH CHECK (tenant_id = prism_current_tenant());
CREATE POLICY audit_checkpoint_read ON audit_checkpoint FOR SELECT
  USING (prism_current_tenant() IS NOT NULL AND tenant_id = prism_current_tenant());
CREATE POLICY audit_checkpoint_insert ON audit_checkpoint FOR INSERT
  WITH CHECK (tenant_id = prism_current_tenant());
-- append-only for the service: no UPDATE, DELETE or TRUNCATE grant
GRANT SELECT, INSERT ON audit_event, audit_checkpoint TO prism_app;

-- and append-only for everyone else, the owner and superusers included: a change or removal is refused
CREATE FUNCTION prism_audit_append_only() RETURNS trigger
  LANGUAGE plpgsql
  AS $$
BEGIN
  RAISE EXCEPTION 'the audit log is append-only: % on % is refused', TG_OP, TG_TABLE_NAME
    USING ERRCODE = 'insufficient_privilege';
END
$$;
CREATE TRIGGER audit_event_append_only BEFORE UPDATE OR DELETE ON audit_event
  FOR EACH ROW EXECUTE FUNCTION prism_audit_append_only();
CREATE TRIGGER audit_event_no_truncate BEFORE TRUNCATE ON audit_event
  FOR EACH STATEMENT EXECUTE FUNCTION prism_audit_append_only();
CREATE TRIGGER audit_checkpoint_append_only BEFORE UPDATE OR DELETE ON audit_checkpoint
  FOR EACH ROW EXECUTE FUNCTION prism_audit_append_only();
CREATE TRIGGER audit_checkpoint_no_truncate BEFORE TRUNCATE ON audit_checkpoint
  FOR EACH STATEMENT EXECUTE FUNCTION prism_audit_append_only();
-- The logs with events after their newest checkpoint, for the checkpoint signer, which works across tenants: the
-- one read that row level security would otherwise hide. One index probe per tenant for each size.
CREATE FUNCTION prism_audit_unsealed() RETURNS TABLE (tenant_id uuid, log_size bigint, sealed_size bigint)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public
  AS $$
    SELECT s.tenant_id, s.log_size, s.sealed_size
    FROM (SELECT t.tenant_id,
                 coalesce((SELECT e.seq + 1 FROM audit_event e WHERE e.tenant_id = t.tenant_id
                           ORDER BY e.seq DESC LIMIT 1), 0) AS log_size,
                 coalesce((SELECT c.tree_size FROM audit_checkpoint c WHERE c.tenant_id = t.tenant_id
                           ORDER BY c.tree_size DESC LIMIT 1), 0) AS sealed_size
          FROM tenant t) s
    WHERE s.log_size > s.sealed_size
  $$;
REVOKE ALL ON FUNCTION prism_audit_unsealed() FROM PUBLIC;
GRANT EXECUTE ON FUNCTION prism_audit_unsealed() TO prism_app;
-- [jooq ignore stop]
