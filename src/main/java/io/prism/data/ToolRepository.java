package io.prism.data;

import static io.prism.generated.jooq.Tables.TOOL;

import io.prism.generated.jooq.tables.records.ToolRecord;
import io.prism.tenancy.TenantId;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** Tools. Every method takes the tenant explicitly and filters on it. */
@Repository
public class ToolRepository {

    /** Finds, inserts, updates and deletes rows of this table under the tenant predicates. */
    static final OwnedRows<ToolRecord> ROWS =
            new OwnedRows<>(TOOL, TOOL.TENANT_ID, TOOL.TOOL_ID, TOOL.UPDATED_AT);

    /** The tool with this id if the tenant may read it (its own or a shared one); empty otherwise. */
    public Optional<ToolRow> find(DSLContext dsl, TenantId tenant, UUID id) {
        return ROWS.findVisible(dsl, tenant, id).map(ToolRepository::toRow);
    }

    /** The tools with these ids the tenant may read, by id; ids it may not read are absent. */
    public Map<UUID, ToolRow> findAll(DSLContext dsl, TenantId tenant, Collection<UUID> ids) {
        Map<UUID, ToolRow> found = new HashMap<>();
        for (ToolRecord r : ROWS.findVisible(dsl, tenant, ids)) {
            found.put(r.getToolId(), toRow(r));
        }
        return found;
    }

    /** The tenant's tool library: every tool of these types it may read, its own first. */
    public List<ToolRow> library(DSLContext dsl, TenantId tenant, Collection<String> types) {
        return ROWS.allVisible(dsl, tenant, TOOL.TOOL_TYPE.in(types)).stream().map(ToolRepository::toRow).toList();
    }

    public Page<ToolRow> list(DSLContext dsl, TenantId tenant, ToolQuery q, PageRequest page) {
        return Pager.page(dsl, TOOL, filter(tenant, q), List.of(TOOL.NAME), TOOL.TOOL_ID, page,
                r -> toRow(r.into(TOOL)), row -> List.of(row.name()), ToolRow::id);
    }

    private static Condition filter(TenantId tenant, ToolQuery q) {
        Condition c = Visibility.readable(TOOL.TENANT_ID, tenant, q.owner());
        if (q.types() != null) {
            c = c.and(TOOL.TOOL_TYPE.in(q.types()));
        }
        if (q.toolMaterials() != null) {
            c = c.and(TOOL.TOOL_MATERIAL.in(q.toolMaterials()));
        }
        if (q.diameterRange()) {
            c = c.and(TOOL.DIAMETER_MM.isNotNull());
            if (q.diameterMin() != null) {
                c = c.and(TOOL.DIAMETER_MM.ge(q.diameterMin()));
            }
            if (q.diameterMax() != null) {
                c = c.and(TOOL.DIAMETER_MM.le(q.diameterMax()));
            }
        }
        if (q.search() != null && !q.search().isBlank()) {
            c = c.and(Visibility.contains(TOOL.SEARCH_TEXT, q.search().trim()));
        }
        if (q.verifiedOnly()) {
            c = c.and(TOOL.VERIFIED.isTrue());
        }
        return c;
    }

    /** Creates a tool of the tenant's own from the draft. */
    public ToolRow insert(DSLContext dsl, TenantId tenant, ToolDraft draft) {
        ToolRecord r = ROWS.insertOwn(dsl, tenant, rec -> apply(rec, draft));
        return find(dsl, tenant, r.getToolId()).orElseThrow();
    }

    /**
     * Replaces the writable fields of the tenant's own tool (code and published recommendation stay); empty when
     * it has no such tool.
     */
    public Optional<ToolRow> update(DSLContext dsl, TenantId tenant, UUID id, ToolDraft draft) {
        return ROWS.updateOwn(dsl, tenant, id, r -> apply(r, draft))
                .flatMap(updated -> find(dsl, tenant, id));
    }

    /** Deletes the tenant's own tool; false when it has no such tool. */
    public boolean delete(DSLContext dsl, TenantId tenant, UUID id) {
        return ROWS.deleteOwn(dsl, tenant, id);
    }

    private static void apply(ToolRecord r, ToolDraft d) {
        r.setName(d.name());
        r.setToolType(d.type());
        r.setIsoDesignation(d.isoDesignation());
        r.setDiameterMm(d.diameter());
        r.setFlutes(d.flutes());
        r.setFluteLengthMm(d.fluteLength());
        r.setOverallLengthMm(d.overallLength());
        r.setCornerRadiusMm(d.cornerRadius());
        r.setHelixAngleDeg(d.helixAngleDeg());
        r.setPointAngleDeg(d.pointAngleDeg());
        r.setToolMaterial(d.toolMaterial());
        r.setCoating(d.coating());
        r.setGrade(d.grade());
        r.setMaxRpm(d.maxRpm());
        r.setChipLoadMinMm(d.chipLoadMin());
        r.setChipLoadMaxMm(d.chipLoadMax());
        r.setNotes(d.notes());
        Provenance p = Provenance.tenantEntered(d.source(), d.verified());
        r.setSource(p.source());
        r.setVerification(p.verification());
        r.setVerified(p.verified());
        // the type is indexed in words ("flat end mill"), as in the shared catalog
        String typeWords = d.type() == null ? null : d.type().replace('_', ' ').toLowerCase(Locale.ROOT);
        r.setSearchText(Visibility.searchText(r.getCode(), d.name(), typeWords, d.isoDesignation()));
    }

    static ToolRow toRow(ToolRecord r) {
        return new ToolRow(r.getToolId(), new TenantId(r.getTenantId()), r.getCode(), r.getName(), r.getToolType(),
                r.getIsoDesignation(), r.getDiameterMm(), r.getFlutes(), r.getFluteLengthMm(),
                r.getOverallLengthMm(), r.getCornerRadiusMm(), r.getHelixAngleDeg(), r.getPointAngleDeg(),
                r.getToolMaterial(), r.getCoating(), r.getGrade(), r.getMaxRpm(), r.getChipLoadMinMm(),
                r.getChipLoadMaxMm(), recommendation(r), r.getNotes(),
                new Provenance(r.getSource(), r.getVerification(), r.getVerified()), r.getCreatedAt(),
                r.getUpdatedAt(), r.getVersion());
    }

    /** The published recommendation, or null when the row has no rec_* value at all. */
    private static ToolRow.Recommendation recommendation(ToolRecord r) {
        ToolRow.Recommendation rec = new ToolRow.Recommendation(r.getRecIsoGroup(), r.getRecWorkMaterial(),
                r.getRecVcMinMMin(), r.getRecVcMaxMMin(), r.getRecFeedPerRevMinMm(), r.getRecFeedPerRevMaxMm(),
                r.getRecApMinMm(), r.getRecApMaxMm(), r.getRecRpm(), r.getRecFeedRateMmMin());
        boolean empty = rec.isoGroup() == null && rec.workMaterial() == null && rec.cuttingSpeedMin() == null
                && rec.cuttingSpeedMax() == null && rec.feedPerRevMin() == null && rec.feedPerRevMax() == null
                && rec.depthOfCutMin() == null && rec.depthOfCutMax() == null && rec.spindleSpeedRpm() == null
                && rec.feedRate() == null;
        return empty ? null : rec;
    }
}
