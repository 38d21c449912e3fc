-- The machining catalog: materials with their recommended cutting data, tools and machines.
-- Every table is tenant-owned: tenant_id leads the primary key. Rows of the all-zero tenant form the shared
-- catalog that every tenant reads and none writes. Quantities are stored in the units named by the column.
-- source / verification / verified keep the provenance of each row as data.

CREATE TABLE material (
  tenant_id                 uuid          NOT NULL,
  material_id               uuid          NOT NULL,
  code                      varchar(40),
  name                      varchar(200)  NOT NULL,
  designation_aisi          varchar(120),
  designation_uns           varchar(120),
  designation_en            varchar(120),
  designation_wnr           varchar(120),
  designation_other         varchar(200),
  equivalents               varchar(300),
  iso_group                 char(1)       NOT NULL,
  material_class            varchar(200)  NOT NULL,
  condition                 varchar(200),
  hardness_value            double precision,
  hardness_scale            varchar(8),
  hardness_note             varchar(120),
  tensile_strength_mpa      double precision,
  yield_strength_mpa        double precision,
  density_kg_m3             double precision,
  thermal_conductivity_w_mk double precision,
  elastic_modulus_gpa       double precision,
  kc11_n_mm2                double precision,
  mc                        double precision,
  power_constant_kp         double precision,
  drill_constant_k          double precision,
  machinability_pct         double precision,
  notes                     varchar(2000),
  source                    varchar(1000) NOT NULL,
  verification              varchar(300)  NOT NULL,
  verified                  boolean       NOT NULL,
  search_text               varchar(2000) NOT NULL,
  created_at                timestamp with time zone NOT NULL DEFAULT now(),
  updated_at                timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT material_pk PRIMARY KEY (tenant_id, material_id),
  CONSTRAINT material_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  CONSTRAINT material_id_uk UNIQUE (material_id),
  CONSTRAINT material_iso_group_ck CHECK (iso_group IN ('P', 'M', 'K', 'N', 'S', 'H')),
  CONSTRAINT material_hardness_scale_ck CHECK (hardness_scale IN ('HB', 'HRC', 'HRB', 'HV')),
  CONSTRAINT material_hardness_ck CHECK ((hardness_value IS NULL) = (hardness_scale IS NULL))
);

CREATE INDEX material_list_ix ON material (tenant_id, name, material_id);

CREATE TABLE material_cutting_data (
  tenant_id            uuid         NOT NULL,
  cutting_data_id      uuid         NOT NULL,
  material_tenant_id   uuid         NOT NULL,
  material_id          uuid         NOT NULL,
  tool_material        varchar(20)  NOT NULL,
  operation            varchar(20)  NOT NULL,
  vc_min_m_min         double precision,
  vc_max_m_min         double precision,
  fz_min_mm            double precision,
  fz_max_mm            double precision,
  fz_min_per_diameter  double precision,
  fz_max_per_diameter  double precision,
  notes                varchar(2000),
  source               varchar(1000) NOT NULL,
  verification         varchar(300)  NOT NULL,
  verified             boolean       NOT NULL,
  created_at           timestamp with time zone NOT NULL DEFAULT now(),
  updated_at           timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT cutting_data_pk PRIMARY KEY (tenant_id, cutting_data_id),
  CONSTRAINT cutting_data_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  CONSTRAINT cutting_data_material_fk FOREIGN KEY (material_tenant_id, material_id)
    REFERENCES material (tenant_id, material_id) ON DELETE CASCADE,
  CONSTRAINT cutting_data_id_uk UNIQUE (cutting_data_id),
  CONSTRAINT cutting_data_key_uk UNIQUE (tenant_id, material_id, tool_material, operation),
  -- a tenant's cutting data belongs to its own material or extends a shared one, never another tenant's
  CONSTRAINT cutting_data_owner_ck CHECK (material_tenant_id = tenant_id
                                          OR material_tenant_id = '00000000-0000-0000-0000-000000000000'),
  CONSTRAINT cutting_data_tool_material_ck CHECK (tool_material IN
    ('HSS', 'CARBIDE', 'COATED_CARBIDE', 'CERMET', 'CERAMIC', 'CBN', 'PCD')),
  CONSTRAINT cutting_data_operation_ck CHECK (operation IN
    ('MILLING', 'ROUGH_MILLING', 'FINISH_MILLING', 'DRILLING', 'TURNING')),
  CONSTRAINT cutting_data_vc_ck CHECK (vc_min_m_min IS NULL OR vc_max_m_min IS NULL OR vc_min_m_min <= vc_max_m_min)
);

CREATE INDEX cutting_data_material_ix ON material_cutting_data (material_id);

CREATE TABLE tool (
  tenant_id            uuid          NOT NULL,
  tool_id              uuid          NOT NULL,
  code                 varchar(40),
  name                 varchar(200)  NOT NULL,
  tool_type            varchar(30)   NOT NULL,
  iso_designation      varchar(40),
  diameter_mm          double precision,
  flutes               integer,
  flute_length_mm      double precision,
  overall_length_mm    double precision,
  corner_radius_mm     double precision,
  helix_angle_deg      double precision,
  point_angle_deg      double precision,
  tool_material        varchar(20),
  coating              varchar(60),
  grade                varchar(60),
  max_rpm              double precision,
  chip_load_min_mm     double precision,
  chip_load_max_mm     double precision,
  rec_iso_group        char(1),
  rec_work_material    varchar(200),
  rec_vc_min_m_min     double precision,
  rec_vc_max_m_min     double precision,
  rec_feed_per_rev_min_mm double precision,
  rec_feed_per_rev_max_mm double precision,
  rec_ap_min_mm        double precision,
  rec_ap_max_mm        double precision,
  rec_rpm              double precision,
  rec_feed_rate_mm_min double precision,
  notes                varchar(2000),
  source               varchar(1000) NOT NULL,
  verification         varchar(300)  NOT NULL,
  verified             boolean       NOT NULL,
  search_text          varchar(2000) NOT NULL,
  created_at           timestamp with time zone NOT NULL DEFAULT now(),
  updated_at           timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT tool_pk PRIMARY KEY (tenant_id, tool_id),
  CONSTRAINT tool_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  CONSTRAINT tool_id_uk UNIQUE (tool_id),
  CONSTRAINT tool_type_ck CHECK (tool_type IN ('FLAT_END_MILL', 'BALL_END_MILL', 'BULL_NOSE_END_MILL', 'FACE_MILL',
    'CHAMFER_MILL', 'DRILL', 'SPOT_DRILL', 'TAP', 'REAMER', 'THREAD_MILL', 'TURNING_INSERT', 'BORING_BAR', 'ENGRAVER')),
  CONSTRAINT tool_material_ck CHECK (tool_material IN
    ('HSS', 'CARBIDE', 'COATED_CARBIDE', 'CERMET', 'CERAMIC', 'CBN', 'PCD')),
  CONSTRAINT tool_rec_iso_group_ck CHECK (rec_iso_group IN ('P', 'M', 'K', 'N', 'S', 'H')),
  CONSTRAINT tool_chip_load_ck CHECK (chip_load_min_mm IS NULL OR chip_load_max_mm IS NULL
                                      OR chip_load_min_mm <= chip_load_max_mm)
);

CREATE INDEX tool_list_ix ON tool (tenant_id, name, tool_id);

CREATE TABLE machine (
  tenant_id              uuid          NOT NULL,
  machine_id             uuid          NOT NULL,
  code                   varchar(40),
  make                   varchar(100)  NOT NULL,
  model                  varchar(100)  NOT NULL,
  machine_type           varchar(20)   NOT NULL,
  type_detail            varchar(200),
  max_rpm                double precision NOT NULL,
  continuous_power_kw    double precision,
  peak_power_kw          double precision,
  power_basis            varchar(200),
  torque_curve_rpm       double precision ARRAY,
  torque_curve_nm        double precision ARRAY,
  spindle_interface      varchar(100),
  x_travel_mm            double precision,
  y_travel_mm            double precision,
  z_travel_mm            double precision,
  rotary_axes            varchar(200),
  rapid_m_min            double precision,
  bar_capacity_mm        double precision,
  controller_family      varchar(20)   NOT NULL,
  controller_model       varchar(100),
  notes                  varchar(2000),
  source                 varchar(1000) NOT NULL,
  verification           varchar(300)  NOT NULL,
  verified               boolean       NOT NULL,
  created_at             timestamp with time zone NOT NULL DEFAULT now(),
  updated_at             timestamp with time zone NOT NULL DEFAULT now(),
  CONSTRAINT machine_pk PRIMARY KEY (tenant_id, machine_id),
  CONSTRAINT machine_tenant_fk FOREIGN KEY (tenant_id) REFERENCES tenant (tenant_id) ON DELETE CASCADE,
  CONSTRAINT machine_id_uk UNIQUE (machine_id),
  CONSTRAINT machine_type_ck CHECK (machine_type IN ('VMC', 'HMC', 'FIVE_AXIS', 'LATHE', 'TURN_MILL', 'ROUTER',
    'DRILL_TAP')),
  CONSTRAINT machine_controller_ck CHECK (controller_family IN ('FANUC', 'HAAS', 'SIEMENS', 'HEIDENHAIN', 'OKUMA',
    'MAZAK', 'OTHER')),
  CONSTRAINT machine_max_rpm_ck CHECK (max_rpm > 0)
);

CREATE INDEX machine_list_ix ON machine (tenant_id, make, model, machine_id);

-- [jooq ignore start]
DO $$
DECLARE
  t text;
BEGIN
  FOREACH t IN ARRAY ARRAY['material', 'material_cutting_data', 'tool', 'machine'] LOOP
    EXECUTE format('ALTER TABLE %I ENABLE ROW LEVEL SECURITY', t);
    -- read: the current tenant's rows and the shared catalog; nothing at all when no tenant is set
    EXECUTE format('CREATE POLICY %I ON %I FOR SELECT USING (prism_current_tenant() IS NOT NULL'
                   ' AND tenant_id IN (prism_current_tenant(), prism_global_tenant()))', t || '_read', t);
    -- write: only the current tenant's own rows; the shared catalog is read-only through the service
    EXECUTE format('CREATE POLICY %I ON %I FOR INSERT WITH CHECK (tenant_id = prism_current_tenant()'
                   ' AND tenant_id <> prism_global_tenant())', t || '_insert', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR UPDATE USING (tenant_id = prism_current_tenant()'
                   ' AND tenant_id <> prism_global_tenant()) WITH CHECK (tenant_id = prism_current_tenant())',
                   t || '_update', t);
    EXECUTE format('CREATE POLICY %I ON %I FOR DELETE USING (tenant_id = prism_current_tenant()'
                   ' AND tenant_id <> prism_global_tenant())', t || '_delete', t);
    EXECUTE format('GRANT SELECT, INSERT, UPDATE, DELETE ON %I TO prism_app', t);
  END LOOP;
END
$$;

CREATE INDEX material_search_trgm_ix ON material (lower(search_text) varchar_pattern_ops);
-- [jooq ignore stop]
