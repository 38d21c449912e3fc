-- Compliance as code (docs/compliance.md): templates of clauses, each clause checked by rules from a fixed
-- vocabulary over PRISM's own evidence (catalog provenance, calculation envelopes and lineage, the audit log), and
-- the checks run against them.
--
-- A template is versioned data: (tenant_id, code, version) names one version, which is never changed once stored;
-- a tenant that creates a template under a code it already uses gets the next version. Rows of the all-zero tenant
-- are the built-in templates seeded below, which every tenant reads and none writes; a tenant's own templates are
-- visible to it alone. A check stores its answer as jsonb, exactly as it was answered, with the id of the audit
-- event that recorded it.
CREATE TABLE compliance_template (
  tenant_id    uuid          NOT NULL,
  template_id  uuid          NOT NULL,
  code         varchar(40)   NOT NULL,
  version      integer       NOT NULL,
  name         varchar(200)  NOT NULL,
  description  varchar(2000),
  created_at   timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT compliance_template_pk PRIMARY KEY (tenant_id, template_id),
  CONSTRAINT compliance_template_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  CONSTRAINT compliance_template_id_uk UNIQUE (template_id),
  CONSTRAINT compliance_template_version_uk UNIQUE (tenant_id, code, version),
  CONSTRAINT compliance_template_version_ck CHECK (version >= 1)
);

COMMENT ON TABLE compliance_template IS 'Compliance templates: the built-in ones (shared tenant) and each tenant''s own, one row per version.';

-- The clauses of a template, in the template's order; a clause's number is unique within its template.
CREATE TABLE compliance_clause (
  tenant_id    uuid          NOT NULL,
  template_id  uuid          NOT NULL,
  position     integer       NOT NULL,
  number       varchar(40)   NOT NULL,
  title        varchar(200)  NOT NULL,
  summary      varchar(2000) NOT NULL,
  CONSTRAINT compliance_clause_pk PRIMARY KEY (tenant_id, template_id, position),
  CONSTRAINT compliance_clause_template_fk FOREIGN KEY (tenant_id, template_id)
    REFERENCES compliance_template (tenant_id, template_id) ON DELETE CASCADE,
  CONSTRAINT compliance_clause_number_uk UNIQUE (template_id, number)
);

-- The rules that check a clause, from the vocabulary of docs/compliance.md. threshold is the parameter of
-- SAFETY_SCORE_AT_LEAST (null: the default 0.70) and is null for every other rule.
CREATE TABLE compliance_rule (
  tenant_id        uuid         NOT NULL,
  template_id      uuid         NOT NULL,
  clause_position  integer      NOT NULL,
  position         integer      NOT NULL,
  rule             varchar(40)  NOT NULL,
  threshold        double precision,
  CONSTRAINT compliance_rule_pk PRIMARY KEY (tenant_id, template_id, clause_position, position),
  CONSTRAINT compliance_rule_clause_fk FOREIGN KEY (tenant_id, template_id, clause_position)
    REFERENCES compliance_clause (tenant_id, template_id, position) ON DELETE CASCADE,
  CONSTRAINT compliance_rule_rule_ck CHECK (rule IN ('INPUTS_VERIFIED_AND_SOURCED', 'PARAMETERS_IN_VALIDATED_RANGE',
    'SAFETY_SCORE_AT_LEAST', 'UNSAFE_RESULTS_FLAGGED', 'LINEAGE_COMPLETE', 'SOFTWARE_VERSION_RECORDED',
    'TOOL_AND_MACHINE_VERIFIED', 'AUDITED', 'DATA_MARKED_CONTROLLED', 'PROCESSED_IN_ALLOWED_REGION',
    'KEY_US_PERSON')),
  CONSTRAINT compliance_rule_threshold_ck CHECK (threshold IS NULL
    OR (rule = 'SAFETY_SCORE_AT_LEAST' AND threshold >= 0 AND threshold <= 1))
);

-- A check a tenant ran: the template version and the target it checked, the overall outcome, the digest of its
-- findings, the answer as jsonb and the audit event that recorded it. Only ever inserted.
CREATE TABLE compliance_check (
  tenant_id           uuid         NOT NULL,
  check_id            uuid         NOT NULL,
  template_tenant_id  uuid         NOT NULL,
  template_id         uuid         NOT NULL,
  target_kind         varchar(20)  NOT NULL,
  target_id           uuid         NOT NULL,
  outcome             varchar(20)  NOT NULL,
  findings_digest     varchar(64)  NOT NULL,
  result              jsonb        NOT NULL,
  audit_event_id      uuid         NOT NULL,
  checked_at          timestamp with time zone NOT NULL,
  CONSTRAINT compliance_check_pk PRIMARY KEY (tenant_id, check_id),
  CONSTRAINT compliance_check_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  CONSTRAINT compliance_check_template_fk FOREIGN KEY (template_tenant_id, template_id)
    REFERENCES compliance_template (tenant_id, template_id),
  CONSTRAINT compliance_check_id_uk UNIQUE (check_id),
  CONSTRAINT compliance_check_kind_ck CHECK (target_kind IN ('CALCULATION', 'JOB_PLAN', 'MATERIAL', 'TENANT')),
  CONSTRAINT compliance_check_outcome_ck CHECK (outcome IN ('PASS', 'FAIL', 'NOT_APPLICABLE', 'NEEDS_EVIDENCE'))
);

CREATE INDEX compliance_check_target_ix ON compliance_check (tenant_id, target_id, checked_at);

COMMENT ON TABLE compliance_check IS 'Compliance checks per tenant: template version, target, findings (jsonb) and audit event.';

-- [jooq ignore start]
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['compliance_template', 'compliance_clause', 'compliance_rule'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    -- read: the current tenant's templates and the built-in ones; nothing at all when no tenant is set
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (prism_current_tenant() IS NOT NULL'
                   ' AND tenant_id IN (prism_current_tenant(), prism_global_tenant()))', t || '_read', t);
    -- write: a tenant inserts its own versions; no version is ever changed or removed through the service
    EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (tenant_id = prism_current_tenant()'
                   ' AND tenant_id <> prism_global_tenant())', t || '_insert', t);
    EXECUTE format('GRANT SELECT, INSERT ON %I TO prism_app', t);
  END LOOP;
END
$$;

ALTER TABLE compliance_check ENABLE ROW LEVEL SECURITY;
CREATE POLICY compliance_check_read ON compliance_check FOR SELECT
  USING (prism_current_tenant() IS NOT NULL AND tenant_id = prism_current_tenant());
CREATE POLICY compliance_check_insert ON compliance_check FOR INSERT
  WITH CHECK (tenant_id = prism_current_tenant() AND tenant_id <> prism_global_tenant());
GRANT SELECT, INSERT ON compliance_check TO prism_app;
-- [jooq ignore stop]

-- The built-in templates. Each clause names the part of the standard or regulation it stands for, with a summary
-- written for PRISM's users (not the standard's text, which governs), and the rules whose evidence bears on it.
INSERT INTO compliance_template (tenant_id, template_id, code, version, name, description) VALUES
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 'ISO9001-2015', 1,
   'ISO 9001:2015 Quality management systems',
   'The clauses of ISO 9001:2015 that PRISM''s own records can give evidence for: where the data behind a '
   || 'calculation came from, whether its parameters stayed within their limits, and whether the result is traceable '
   || 'and recorded. The summaries are paraphrases for orientation; the standard itself governs.'),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 'AS9100D', 1,
   'AS9100 Rev D Quality management systems for aviation, space and defense',
   'The AS9100 Rev D clauses (ISO 9001 with the aerospace additions) that PRISM''s records can give evidence '
   || 'for: traceable data and equipment, validated software, parameters within validated limits and a retained '
   || 'record of each result. The summaries are paraphrases for orientation; the standard itself governs.'),
  ('00000000-0000-0000-0000-000000000000', '055a8e6d-e434-5b6f-ac66-59147695c61f', 'ITAR', 1,
   'ITAR (22 CFR parts 120-130) handling of technical data',
   'Parts of the International Traffic in Arms Regulations that bear on machining data kept in a hosted service: '
   || 'marking controlled technical data, where it is processed, who holds access, and record keeping. Section '
   || 'numbers follow the reorganised part 120; check them against the current eCFR. The summaries are '
   || 'paraphrases for orientation, not legal advice; the regulation itself governs.');

INSERT INTO compliance_clause (tenant_id, template_id, position, number, title, summary) VALUES
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 0, '7.1.5',
   'Monitoring and measuring resources',
   'When monitoring or measuring is used to show that output conforms, the resources used for it have to suit '
   || 'the purpose, be kept fit for it, and be traceable where traceability is required.'),
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 1, '7.5.3',
   'Control of documented information',
   'Records the quality system relies on are available where and when they are needed, protected against loss, '
   || 'misuse and unintended change, and kept for as long as they have to be.'),
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 2, '8.5.1',
   'Control of production and service provision',
   'Production runs under controlled conditions: what is to be achieved is defined, suitable resources are used, '
   || 'and a process whose result cannot be fully checked afterwards is validated before it is relied on.'),
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 3, '8.5.2',
   'Identification and traceability',
   'Outputs are identified and their status is known; where traceability is required, each output is uniquely '
   || 'identified and the information needed to trace it back is kept.'),
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 4, '8.7',
   'Control of nonconforming outputs',
   'An output that does not meet its requirements is identified and kept under control, so that nobody uses or '
   || 'delivers it by mistake.'),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 0, '7.1.5.2',
   'Measurement traceability',
   'Equipment whose readings are used to show conformity is calibrated or verified against traceable references, '
   || 'carries its status, and can be recalled when it turns out to be out of calibration.'),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 1, '8.1.4',
   'Prevention of counterfeit parts',
   'The organisation keeps counterfeit and suspect items out of its products, among other means by taking them '
   || 'from authorised, traceable sources and by checking that they are authentic. For a calculation the items are '
   || 'its data: every input has to come from a cited source that was checked.'),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 2, '8.5.1',
   'Control of production and service provision',
   'Production runs under controlled conditions, with evidence that operations ran as planned and that process '
   || 'parameters stayed within the limits they were validated for.'),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 3, '8.5.1.1',
   'Control of equipment, tools and software programs',
   'Equipment, tools and software used to automate, control, monitor or measure production are validated before '
   || 'they are released for use and kept in that state; the software version in use is known.'),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 4, '8.5.2',
   'Identification and traceability',
   'Identification is kept over the product''s life, and the records make it possible to trace a product back to '
   || 'the data and the process that made it.'),
  ('00000000-0000-0000-0000-000000000000', '055a8e6d-e434-5b6f-ac66-59147695c61f', 0, '120.50',
   'Export of technical data',
   'Sending controlled technical data abroad, or letting a foreign person see it, is an export and needs an '
   || 'authorisation; controlled data therefore has to be recognisable as such.'),
  ('00000000-0000-0000-0000-000000000000', '055a8e6d-e434-5b6f-ac66-59147695c61f', 1, '120.54',
   'Activities that are not exports',
   'Keeping or sending technical data that stays encrypted end to end, and is not stored in a proscribed country, '
   || 'is not an export; the place of processing and the holders of the keys have to be known.'),
  ('00000000-0000-0000-0000-000000000000', '055a8e6d-e434-5b6f-ac66-59147695c61f', 2, '122.5',
   'Maintenance of records by registrants',
   'A registrant keeps records of what it makes, acquires and transfers for the period the regulation sets, and '
   || 'can produce them on request.'),
  ('00000000-0000-0000-0000-000000000000', '055a8e6d-e434-5b6f-ac66-59147695c61f', 3, '127.1',
   'Violations',
   'Exporting controlled items or data without the required approval, including giving unauthorised persons '
   || 'access to it, is a violation.');

INSERT INTO compliance_rule (tenant_id, template_id, clause_position, position, rule, threshold) VALUES
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 0, 0, 'TOOL_AND_MACHINE_VERIFIED', NULL),
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 0, 1, 'SOFTWARE_VERSION_RECORDED', NULL),
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 1, 0, 'LINEAGE_COMPLETE', NULL),
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 1, 1, 'AUDITED', NULL),
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 2, 0, 'INPUTS_VERIFIED_AND_SOURCED', NULL),
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 2, 1, 'PARAMETERS_IN_VALIDATED_RANGE', NULL),
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 2, 2, 'SAFETY_SCORE_AT_LEAST', NULL),
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 3, 0, 'LINEAGE_COMPLETE', NULL),
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 3, 1, 'SOFTWARE_VERSION_RECORDED', NULL),
  ('00000000-0000-0000-0000-000000000000', '2af7a1d9-961e-58f1-abab-05e7209eff74', 4, 0, 'UNSAFE_RESULTS_FLAGGED', NULL),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 0, 0, 'TOOL_AND_MACHINE_VERIFIED', NULL),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 0, 1, 'INPUTS_VERIFIED_AND_SOURCED', NULL),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 1, 0, 'INPUTS_VERIFIED_AND_SOURCED', NULL),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 2, 0, 'PARAMETERS_IN_VALIDATED_RANGE', NULL),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 2, 1, 'SAFETY_SCORE_AT_LEAST', NULL),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 2, 2, 'UNSAFE_RESULTS_FLAGGED', NULL),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 3, 0, 'TOOL_AND_MACHINE_VERIFIED', NULL),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 3, 1, 'SOFTWARE_VERSION_RECORDED', NULL),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 4, 0, 'LINEAGE_COMPLETE', NULL),
  ('00000000-0000-0000-0000-000000000000', '303b2025-7be6-5eec-9149-166ebaecff01', 4, 1, 'AUDITED', NULL),
  ('00000000-0000-0000-0000-000000000000', '055a8e6d-e434-5b6f-ac66-59147695c61f', 0, 0, 'DATA_MARKED_CONTROLLED', NULL),
  ('00000000-0000-0000-0000-000000000000', '055a8e6d-e434-5b6f-ac66-59147695c61f', 0, 1, 'KEY_US_PERSON', NULL),
  ('00000000-0000-0000-0000-000000000000', '055a8e6d-e434-5b6f-ac66-59147695c61f', 1, 0, 'PROCESSED_IN_ALLOWED_REGION', NULL),
  ('00000000-0000-0000-0000-000000000000', '055a8e6d-e434-5b6f-ac66-59147695c61f', 1, 1, 'KEY_US_PERSON', NULL),
  ('00000000-0000-0000-0000-000000000000', '055a8e6d-e434-5b6f-ac66-59147695c61f', 2, 0, 'AUDITED', NULL),
  ('00000000-0000-0000-0000-000000000000', '055a8e6d-e434-5b6f-ac66-59147695c61f', 2, 1, 'LINEAGE_COMPLETE', NULL),
  ('00000000-0000-0000-0000-000000000000', '055a8e6d-e434-5b6f-ac66-59147695c61f', 3, 0, 'KEY_US_PERSON', NULL),
  ('00000000-0000-0000-0000-000000000000', '055a8e6d-e434-5b6f-ac66-59147695c61f', 3, 1, 'DATA_MARKED_CONTROLLED', NULL);
