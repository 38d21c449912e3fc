package io.prism.data;

import static io.prism.generated.jooq.Tables.MACHINE;

import io.prism.generated.jooq.tables.records.MachineRecord;
import io.prism.tenancy.TenantId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Machines. Every method takes the tenant explicitly and filters on it. */
@Repository
public class MachineRepository {

    /** Finds, inserts, updates and deletes rows of this table under the tenant predicates. */
    static final OwnedRows<MachineRecord> ROWS =
            new OwnedRows<>(MACHINE, MACHINE.TENANT_ID, MACHINE.MACHINE_ID, MACHINE.UPDATED_AT);

    /** Lower-cased make, model and code, space-joined: what the {@code search} filter looks into. */
    private static final Field<String> SEARCH = DSL.lower(DSL.concat(MACHINE.MAKE, DSL.inline(" "), MACHINE.MODEL,
            DSL.inline(" "), DSL.coalesce(MACHINE.CODE, DSL.inline(""))));

    /** The machine with this id if the tenant may read it (its own or a shared one); empty otherwise. */
    public Optional<MachineRow> find(DSLContext dsl, TenantId tenant, UUID id) {
        return ROWS.findVisible(dsl, tenant, id).map(MachineRepository::toRow);
    }

    public Page<MachineRow> list(DSLContext dsl, TenantId tenant, MachineQuery q, PageRequest page) {
        return Pager.page(dsl, MACHINE, filter(tenant, q), List.of(MACHINE.MAKE, MACHINE.MODEL), MACHINE.MACHINE_ID,
                page, r -> toRow(r.into(MACHINE)), row -> List.of(row.make(), row.model()),
                MachineRow::id);
    }

    private static Condition filter(TenantId tenant, MachineQuery q) {
        Condition c = Visibility.readable(MACHINE.TENANT_ID, tenant, q.owner());
        if (q.types() != null) {
            c = c.and(MACHINE.MACHINE_TYPE.in(q.types()));
        }
        if (q.controllers() != null) {
            c = c.and(MACHINE.CONTROLLER_FAMILY.in(q.controllers()));
        }
        if (q.minRpm() != null) {
            c = c.and(MACHINE.MAX_RPM.ge(q.minRpm()));
        }
        if (q.search() != null && !q.search().isBlank()) {
            c = c.and(Visibility.contains(SEARCH, q.search().trim()));
        }
        return c;
    }

    /** Creates a machine of the tenant's own from the draft. */
    public MachineRow insert(DSLContext dsl, TenantId tenant, MachineDraft draft) {
        MachineRecord r = ROWS.insertOwn(dsl, tenant, rec -> apply(rec, draft));
        return find(dsl, tenant, r.getMachineId()).orElseThrow();
    }

    /**
     * Replaces the writable fields of the tenant's own machine (code, type detail, power basis, rotary axes and
     * bar capacity stay); empty when it has no such machine.
     */
    public Optional<MachineRow> update(DSLContext dsl, TenantId tenant, UUID id, MachineDraft draft) {
        return ROWS.updateOwn(dsl, tenant, id, r -> apply(r, draft))
                .flatMap(updated -> find(dsl, tenant, id));
    }

    /** Deletes the tenant's own machine; false when it has no such machine. */
    public boolean delete(DSLContext dsl, TenantId tenant, UUID id) {
        return ROWS.deleteOwn(dsl, tenant, id);
    }

    private static void apply(MachineRecord r, MachineDraft d) {
        r.setMake(d.make());
        r.setModel(d.model());
        r.setMachineType(d.type());
        r.setMaxRpm(d.maxRpm());
        r.setContinuousPowerKw(d.continuousPower());
        r.setPeakPowerKw(d.peakPower());
        List<MachineRow.TorquePoint> curve = d.torqueCurve() == null ? List.of()
                : d.torqueCurve().stream().sorted(Comparator.comparingDouble(MachineRow.TorquePoint::rpm)).toList();
        r.setTorqueCurveRpm(curve.isEmpty() ? null
                : curve.stream().map(MachineRow.TorquePoint::rpm).toArray(Double[]::new));
        r.setTorqueCurveNm(curve.isEmpty() ? null
                : curve.stream().map(MachineRow.TorquePoint::torque).toArray(Double[]::new));
        r.setSpindleInterface(d.spindleInterface());
        r.setXTravelMm(d.xTravel());
        r.setYTravelMm(d.yTravel());
        r.setZTravelMm(d.zTravel());
        r.setRapidMMin(d.rapidRate());
        r.setControllerFamily(d.controllerFamily());
        r.setControllerModel(d.controllerModel());
        r.setNotes(d.notes());
        Provenance p = Provenance.tenantEntered(d.source(), d.verified());
        r.setSource(p.source());
        r.setVerification(p.verification());
        r.setVerified(p.verified());
    }

    static MachineRow toRow(MachineRecord r) {
        return new MachineRow(r.getMachineId(), new TenantId(r.getTenantId()), r.getCode(), r.getMake(),
                r.getModel(), r.getMachineType(), r.getTypeDetail(), r.getMaxRpm(), r.getContinuousPowerKw(),
                r.getPeakPowerKw(), r.getPowerBasis(), torqueCurve(r.getTorqueCurveRpm(), r.getTorqueCurveNm()),
                r.getSpindleInterface(), r.getXTravelMm(), r.getYTravelMm(), r.getZTravelMm(), r.getRotaryAxes(),
                r.getRapidMMin(), r.getBarCapacityMm(), r.getControllerFamily(), r.getControllerModel(),
                r.getNotes(), new Provenance(r.getSource(), r.getVerification(), r.getVerified()),
                r.getCreatedAt(), r.getUpdatedAt(), r.getVersion());
    }

    /**
     * The curve from its two parallel columns, ordered by speed; empty when either is null. Points are paired by
     * position up to the shorter array, and a point with a null speed or torque is left out.
     */
    private static List<MachineRow.TorquePoint> torqueCurve(Double[] rpm, Double[] nm) {
        if (rpm == null || nm == null) {
            return List.of();
        }
        List<MachineRow.TorquePoint> points = new ArrayList<>();
        for (int i = 0; i < Math.min(rpm.length, nm.length); i++) {
            if (rpm[i] != null && nm[i] != null) {
                points.add(new MachineRow.TorquePoint(rpm[i], nm[i]));
            }
        }
        points.sort(Comparator.comparingDouble(MachineRow.TorquePoint::rpm));
        return points;
    }
}
