package io.prism.data;

import static io.prism.generated.jooq.Tables.MATERIAL;
import static io.prism.generated.jooq.Tables.MATERIAL_CUTTING_DATA;

import io.prism.generated.jooq.tables.records.MaterialCuttingDataRecord;
import io.prism.generated.jooq.tables.records.MaterialRecord;
import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Materials and their cutting data. Every method takes the tenant explicitly and filters on it. */
@Repository
public class MaterialRepository {

    /** Finds, inserts, updates and deletes rows of this table under the tenant predicates. */
    static final OwnedRows<MaterialRecord> ROWS =
            new OwnedRows<>(MATERIAL, MATERIAL.TENANT_ID, MATERIAL.MATERIAL_ID, MATERIAL.UPDATED_AT);

    /** The material with this id if the tenant may read it (its own or a shared one); empty otherwise. */
    public Optional<MaterialRow> find(DSLContext dsl, TenantId tenant, UUID id) {
        return ROWS.findVisible(dsl, tenant, id).map(MaterialRepository::toRow);
    }

    public Page<MaterialRow> list(DSLContext dsl, TenantId tenant, MaterialQuery q, PageRequest page) {
        return Pager.page(dsl, MATERIAL, filter(tenant, q), List.of(MATERIAL.NAME), MATERIAL.MATERIAL_ID, page,
                r -> toRow(r.into(MATERIAL)), row -> List.of(row.name()), MaterialRow::id);
    }

    private static Condition filter(TenantId tenant, MaterialQuery q) {
        Condition c = Visibility.readable(MATERIAL.TENANT_ID, tenant, q.owner());
        if (q.isoGroups() != null) {
            c = c.and(MATERIAL.ISO_GROUP.in(q.isoGroups()));
        }
        if (q.hardnessScale() != null) {
            c = c.and(MATERIAL.HARDNESS_SCALE.eq(q.hardnessScale()));
            if (q.hardnessMin() != null) {
                c = c.and(MATERIAL.HARDNESS_VALUE.ge(q.hardnessMin()));
            }
            if (q.hardnessMax() != null) {
                c = c.and(MATERIAL.HARDNESS_VALUE.le(q.hardnessMax()));
            }
        }
        if (q.search() != null && !q.search().isBlank()) {
            c = c.and(Visibility.contains(MATERIAL.SEARCH_TEXT, q.search().trim()));
        }
        if (q.verifiedOnly()) {
            c = c.and(MATERIAL.VERIFIED.isTrue());
        }
        return c;
    }

    /** Creates a material of the tenant's own from the draft. */
    public MaterialRow insert(DSLContext dsl, TenantId tenant, MaterialDraft draft) {
        MaterialRecord r = ROWS.insertOwn(dsl, tenant, rec -> apply(rec, draft));
        return find(dsl, tenant, r.getMaterialId()).orElseThrow();
    }

    /** Replaces the writable fields of the tenant's own material; empty when it has no such material. */
    public Optional<MaterialRow> update(DSLContext dsl, TenantId tenant, UUID id, MaterialDraft draft) {
        return ROWS.updateOwn(dsl, tenant, id, r -> apply(r, draft))
                .flatMap(updated -> find(dsl, tenant, id));
    }

    /** Deletes the tenant's own material (its cutting data goes with it); false when it has no such material. */
    public boolean delete(DSLContext dsl, TenantId tenant, UUID id) {
        return ROWS.deleteOwn(dsl, tenant, id);
    }

    /**
     * Cutting data of many materials in one statement. Where the tenant has its own row for a material, tool
     * material and operation, that row answers and the shared one is hidden.
     */
    public Map<UUID, List<CuttingDataRow>> cuttingData(DSLContext dsl, TenantId tenant, Collection<UUID> materialIds) {
        Map<UUID, Map<String, CuttingDataRow>> byMaterial = new HashMap<>();
        dsl.selectFrom(MATERIAL_CUTTING_DATA)
                .where(MATERIAL_CUTTING_DATA.MATERIAL_ID.in(materialIds))
                .and(Visibility.readable(MATERIAL_CUTTING_DATA.TENANT_ID, tenant, null))
                .orderBy(MATERIAL_CUTTING_DATA.MATERIAL_ID, MATERIAL_CUTTING_DATA.TOOL_MATERIAL,
                        MATERIAL_CUTTING_DATA.OPERATION, MATERIAL_CUTTING_DATA.TENANT_ID)
                .fetch()
                .forEach(rec -> {
                    CuttingDataRow row = toCuttingRow(rec, false);
                    String key = row.toolMaterial() + "/" + row.operation();
                    Map<String, CuttingDataRow> rows = byMaterial.computeIfAbsent(row.materialId(),
                            k -> new LinkedHashMap<>());
                    CuttingDataRow present = rows.get(key);
                    if (present == null) {
                        rows.put(key, row);
                    } else if (!row.tenantId().isGlobal()) {
                        rows.put(key, row.overriding());
                    } else if (!present.tenantId().isGlobal()) {
                        rows.put(key, present.overriding());
                    }
                });
        Map<UUID, List<CuttingDataRow>> result = new HashMap<>();
        for (UUID id : materialIds) {
            Map<String, CuttingDataRow> rows = byMaterial.get(id);
            result.put(id, rows == null ? List.of() : List.copyOf(rows.values()));
        }
        return result;
    }

    /** Creates or replaces the tenant's cutting data for a visible material, tool material and operation. */
    public CuttingDataChange upsertCuttingData(DSLContext dsl, TenantId tenant, MaterialRow material,
                                            CuttingDataRow values) {
        MaterialCuttingDataRecord r = dsl.selectFrom(MATERIAL_CUTTING_DATA)
                .where(Visibility.writable(MATERIAL_CUTTING_DATA.TENANT_ID, tenant))
                .and(MATERIAL_CUTTING_DATA.MATERIAL_ID.eq(material.id()))
                .and(MATERIAL_CUTTING_DATA.TOOL_MATERIAL.eq(values.toolMaterial()))
                .and(MATERIAL_CUTTING_DATA.OPERATION.eq(values.operation()))
                .forUpdate()
                .fetchOne();
        boolean fresh = r == null;
        CuttingDataRow before = fresh ? null : toCuttingRow(r, true);
        if (fresh) {
            r = dsl.newRecord(MATERIAL_CUTTING_DATA);
            r.setTenantId(tenant.value());
            r.setCuttingDataId(UUID.randomUUID());
            r.setMaterialTenantId(material.tenantId().value());
            r.setMaterialId(material.id());
            r.setToolMaterial(values.toolMaterial());
            r.setOperation(values.operation());
        }
        r.setVcMinMMin(values.cuttingSpeedMin());
        r.setVcMaxMMin(values.cuttingSpeedMax());
        r.setFzMinMm(values.feedPerToothMin());
        r.setFzMaxMm(values.feedPerToothMax());
        r.setFzMinPerDiameter(values.feedPerToothMinPerDiameter());
        r.setFzMaxPerDiameter(values.feedPerToothMaxPerDiameter());
        r.setNotes(values.notes());
        r.setSource(values.provenance().source());
        r.setVerification(values.provenance().verification());
        r.setVerified(values.provenance().verified());
        r.setUpdatedAt(OffsetDateTime.now());
        if (fresh) {
            r.insert();
        } else {
            r.update();
        }
        UUID id = r.getCuttingDataId();
        CuttingDataRow after = cuttingData(dsl, tenant, List.of(material.id())).get(material.id()).stream()
                .filter(row -> row.id().equals(id)).findFirst().orElseThrow();
        return new CuttingDataChange(before, after);
    }

    /** A cutting-data row before (null when it is new) and after a write. */
    public record CuttingDataChange(CuttingDataRow before, CuttingDataRow after) {
    }

    /** Deletes one of the tenant's cutting-data rows and returns it; empty when it has no such row. */
    public Optional<CuttingDataRow> deleteCuttingData(DSLContext dsl, TenantId tenant, UUID id) {
        return dsl.deleteFrom(MATERIAL_CUTTING_DATA)
                .where(MATERIAL_CUTTING_DATA.CUTTING_DATA_ID.eq(id))
                .and(Visibility.writable(MATERIAL_CUTTING_DATA.TENANT_ID, tenant))
                .returning()
                .fetchOptional(r -> toCuttingRow(r, true));
    }

    private static void apply(MaterialRecord r, MaterialDraft d) {
        MaterialRow.Designations des = d.designations() == null ? MaterialRow.Designations.NONE : d.designations();
        r.setName(d.name());
        r.setDesignationAisi(des.aisi());
        r.setDesignationUns(des.uns());
        r.setDesignationEn(des.en());
        r.setDesignationWnr(des.wnr());
        r.setDesignationOther(des.other());
        r.setEquivalents(d.equivalents());
        r.setIsoGroup(d.isoGroup());
        r.setMaterialClass(d.materialClass());
        r.setCondition(d.condition());
        r.setHardnessValue(d.hardnessValue());
        r.setHardnessScale(d.hardnessScale());
        r.setTensileStrengthMpa(d.tensileStrength());
        r.setYieldStrengthMpa(d.yieldStrength());
        r.setDensityKgM3(d.density());
        r.setThermalConductivityWMk(d.thermalConductivity());
        r.setElasticModulusGpa(d.elasticModulus());
        r.setKc11NMm2(d.kc11());
        r.setMc(d.mc());
        r.setNotes(d.notes());
        Provenance p = Provenance.tenantEntered(d.source(), d.verified());
        r.setSource(p.source());
        r.setVerification(p.verification());
        r.setVerified(p.verified());
        r.setSearchText(Visibility.searchText(r.getCode(), d.name(), des.aisi(), des.uns(), des.en(), des.wnr(),
                des.other(), d.equivalents()));
    }

    static MaterialRow toRow(MaterialRecord r) {
        MaterialRow.Hardness hardness = r.getHardnessValue() == null ? null
                : new MaterialRow.Hardness(r.getHardnessValue(), r.getHardnessScale(), r.getHardnessNote());
        return new MaterialRow(r.getMaterialId(), new TenantId(r.getTenantId()), r.getCode(), r.getName(),
                new MaterialRow.Designations(r.getDesignationAisi(), r.getDesignationUns(), r.getDesignationEn(),
                        r.getDesignationWnr(), r.getDesignationOther()),
                r.getEquivalents(), r.getIsoGroup(), r.getMaterialClass(), r.getCondition(), hardness,
                r.getTensileStrengthMpa(), r.getYieldStrengthMpa(), r.getDensityKgM3(),
                r.getThermalConductivityWMk(), r.getElasticModulusGpa(), r.getKc11NMm2(), r.getMc(),
                r.getPowerConstantKp(), r.getDrillConstantK(), r.getMachinabilityPct(), r.getNotes(),
                new Provenance(r.getSource(), r.getVerification(), r.getVerified()), r.getCreatedAt(),
                r.getUpdatedAt(), r.getVersion());
    }

    private static CuttingDataRow toCuttingRow(MaterialCuttingDataRecord r, boolean overrides) {
        return new CuttingDataRow(r.getCuttingDataId(), new TenantId(r.getTenantId()), r.getMaterialId(),
                r.getToolMaterial(), r.getOperation(), r.getVcMinMMin(), r.getVcMaxMMin(), r.getFzMinMm(),
                r.getFzMaxMm(), r.getFzMinPerDiameter(), r.getFzMaxPerDiameter(), r.getNotes(),
                new Provenance(r.getSource(), r.getVerification(), r.getVerified()), overrides, r.getVersion());
    }
}
