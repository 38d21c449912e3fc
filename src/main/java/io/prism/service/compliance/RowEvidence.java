package io.prism.service.compliance;

import io.prism.data.CalculationLineage;
import io.prism.data.Provenance;
import java.util.UUID;

/**
 * A catalog row as evidence: which row, at which version, and its provenance at that version.
 *
 * @param provenance null when the row's state at that version can no longer be found
 * @param basis where the provenance was read: the row itself ({@code row}), or the audit event of the change that
 *              made that version ({@code audit log}) when the row has changed since
 */
record RowEvidence(CalculationLineage.Resource resource, UUID id, boolean shared, int version,
                   Provenance provenance, String basis) {

    boolean known() {
        return provenance != null;
    }

    /** Verified against its source, and the source is named. */
    boolean verifiedAndSourced() {
        return known() && provenance.verified() && provenance.source() != null && !provenance.source().isBlank();
    }

    /** The row as an evidence key names it: {@code MATERIAL <id>@<version>}. */
    String label() {
        return resource + " " + id + "@" + version;
    }

    Evidence evidence() {
        String owner = shared ? "SHARED" : "TENANT";
        return known() ? Evidence.object(label(), "owner", owner, "verified", provenance.verified(), "source",
                provenance.source(), "verification", provenance.verification(), "readFrom", basis)
                : Evidence.object(label(), "owner", owner, "found", false);
    }
}
