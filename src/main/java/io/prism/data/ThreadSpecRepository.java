package io.prism.data;

import static io.prism.generated.jooq.Tables.THREAD_SPEC;

import io.prism.generated.jooq.tables.records.ThreadSpecRecord;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

/** ISO metric screw threads: platform reference data with no tenant column, read alike by every tenant. */
@Repository
public class ThreadSpecRepository {

    /** The thread of this nominal diameter and pitch; with no pitch, the coarse thread of that diameter. */
    public Optional<ThreadSpecRow> find(DSLContext dsl, double nominalMm, Double pitchMm) {
        return dsl.selectFrom(THREAD_SPEC)
                .where(THREAD_SPEC.NOMINAL_MM.eq(nominalMm))
                .and(pitchMm == null ? THREAD_SPEC.SERIES.eq("COARSE") : THREAD_SPEC.PITCH_MM.eq(pitchMm))
                .fetchOptional()
                .map(ThreadSpecRepository::toRow);
    }

    /** Every thread, ordered by nominal diameter, then pitch. */
    public List<ThreadSpecRow> all(DSLContext dsl) {
        return dsl.selectFrom(THREAD_SPEC)
                .orderBy(THREAD_SPEC.NOMINAL_MM, THREAD_SPEC.PITCH_MM)
                .fetch(ThreadSpecRepository::toRow);
    }

    private static ThreadSpecRow toRow(ThreadSpecRecord r) {
        return new ThreadSpecRow(r.getDesignation(), r.getSeries(), r.getNominalMm(), r.getPitchMm(),
                r.getMinorDiaInternalMm(), r.getMinorDiaExternalMm(), r.getPitchDiaMm(), r.getTapDrillMm(),
                r.getThreadDepthExternalMm(), new Provenance(r.getSource(), r.getVerification(), r.getVerified()));
    }
}
