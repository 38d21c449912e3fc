package io.prism.audit;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the audit trail under {@code prism.audit.*} (for example {@code PRISM_AUDIT_SIGNINGKEY}).
 *
 * @param signingKey         the Ed25519 key that signs checkpoints, in the C2SP note form
 *                           {@code PRIVATE+KEY+name+keyid+base64(0x01 || seed)}; empty: a key made at start-up, whose
 *                           checkpoints no later run can verify (a warning says so)
 *                           (docs/audit.md, "Signing key")
 * @param origin             the first line of every checkpoint, followed by {@code /} and the tenant id: names the
 *                           log a checkpoint belongs to
 * @param checkpointInterval how often every log with new events is sealed by a signed checkpoint
 * @param checkpointEvery    a log is also sealed once this many events were appended since the last seal
 * @param segmentsDir        where sealed events are also written as files, outside the database: one JSON Lines
 *                           file per tenant and UTC hour, beside the tenant's newest checkpoint as a signed note,
 *                           for {@code java -jar prism.jar audit verify} to check with no database; empty: off
 *                           (docs/audit-segments.md)
 */
@ConfigurationProperties("prism.audit")
public record AuditProperties(@DefaultValue("") String signingKey, @DefaultValue("prism/audit") String origin,
                              @DefaultValue("10s") Duration checkpointInterval,
                              @DefaultValue("1000") int checkpointEvery,
                              @DefaultValue("") String segmentsDir) {

    public AuditProperties {
        if (checkpointInterval.toMillis() < 1) {
            throw new IllegalArgumentException("prism.audit.checkpoint-interval (" + checkpointInterval
                    + ") must be positive");
        }
        if (checkpointEvery < 1) {
            throw new IllegalArgumentException("prism.audit.checkpoint-every (" + checkpointEvery
                    + ") must be at least 1");
        }
        if (origin.isBlank() || origin.contains("\n")) {
            throw new IllegalArgumentException("prism.audit.origin must be one non-empty line");
        }
    }
}
