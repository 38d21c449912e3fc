package io.prism.web.report;

import io.prism.tenancy.TenantId;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The content of a compliance report, from the answer of the registered {@code ComplianceCheck} operation: the
 * check and its outcome, a summary by clause, every finding with its evidence and remedy, the calculation's
 * lineage, and the audit proofs of the calculation's event with the signed checkpoint they lead to.
 */
final class ComplianceReportContent {

    private final JsonNode check;
    private final List<ReportDocument.Block> blocks = new ArrayList<>();

    private ComplianceReportContent(JsonNode check) {
        this.check = check;
    }

    /** The report of a check, as the operation answered it. */
    static ReportDocument of(JsonNode check) {
        ComplianceReportContent content = new ComplianceReportContent(check);
        content.overview();
        content.findings();
        content.lineage();
        content.proofs();
        content.note();
        JsonNode t = check.path("template");
        return new ReportDocument("Compliance report: " + t.path("name").asString() + " (" + t.path("code")
                .asString() + ", version " + t.path("version").asInt() + ")", content.blocks);
    }

    private void overview() {
        JsonNode calc = check.path("calculation");
        JsonNode target = check.path("target");
        blocks.add(new ReportDocument.Fields(List.of(
                field("Calculation", target.path("id").asString()),
                field("Kind", target.path("kind").asString() + (calc.isObject() ? " (engine "
                        + calc.path("engineVersion").asString() + ")" : "")),
                field("Calculated at", calc.path("createdAt").asString("")),
                field("Outcome", check.path("outcome").asString()),
                field("Check", check.path("id").asString()),
                field("Checked at", check.path("checkedAt").asString()),
                field("Findings digest (SHA-256)", check.path("findingsDigest").asString()),
                field("Audit event of the check", check.path("auditEventId").asString()))));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode clause : check.path("clauses")) {
            rows.add(List.of(clause.path("number").asString(), clause.path("title").asString(),
                    clause.path("outcome").asString()));
        }
        blocks.add(new ReportDocument.Heading(1, "Summary by clause"));
        blocks.add(new ReportDocument.Table(List.of("Clause", "Title", "Outcome"), List.of(0.15, 0.6, 0.25), rows));
    }

    private void findings() {
        blocks.add(new ReportDocument.Heading(1, "Findings"));
        for (JsonNode clause : check.path("clauses")) {
            blocks.add(new ReportDocument.Heading(2, clause.path("number").asString() + " "
                    + clause.path("title").asString() + ": " + clause.path("outcome").asString()));
            blocks.add(new ReportDocument.Text(clause.path("summary").asString()));
            for (JsonNode f : clause.path("findings")) {
                finding(f);
            }
        }
    }

    private void finding(JsonNode f) {
        List<ReportDocument.Field> fields = new ArrayList<>();
        String threshold = f.path("threshold").isNumber() ? " (threshold " + f.path("threshold").asDouble() + ")" : "";
        fields.add(field("Rule", f.path("rule").asString() + threshold));
        fields.add(field("Outcome", f.path("outcome").asString()));
        fields.add(field("Found", f.path("summary").asString()));
        if (f.path("remedy").isString()) {
            fields.add(field("Remedy", f.path("remedy").asString()));
        }
        blocks.add(new ReportDocument.Fields(fields));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode e : f.path("evidence")) {
            rows.add(List.of(e.path("key").asString(), e.path("value").asString()));
        }
        if (!rows.isEmpty()) {
            blocks.add(new ReportDocument.Table(List.of("Evidence", "Value"), List.of(0.46, 0.54), rows));
        }
    }

    private void lineage() {
        blocks.add(new ReportDocument.Heading(1, "Lineage"));
        JsonNode lineage = check.path("calculation").path("lineage");
        if (!lineage.isObject()) {
            blocks.add(new ReportDocument.Text("The target is not a calculation, or the calculation was stored "
                    + "before lineage was recorded: there is no lineage to show."));
            return;
        }
        List<String> formulas = new ArrayList<>();
        lineage.path("formulaIds").forEach(id -> formulas.add(id.asString()));
        blocks.add(new ReportDocument.Fields(List.of(
                field("Engine", lineage.path("engineVersion").asString("")),
                field("Build", lineage.path("buildVersion").asString("not recorded")),
                field("Commit", lineage.path("buildCommit").asString("not recorded")),
                field("Formula registry", lineage.path("formulaRegistryVersion").asString("")),
                field("Formulas", String.join(", ", formulas)),
                field("Audit event", lineage.path("auditEventId").asString("not recorded")))));
        List<List<String>> rows = new ArrayList<>();
        for (JsonNode r : lineage.path("reads")) {
            boolean shared = TenantId.GLOBAL.value().toString().equals(r.path("ownerTenantId").asString());
            rows.add(List.of(r.path("resource").asString(), r.path("id").asString(), shared ? "shared" : "tenant",
                    Integer.toString(r.path("version").asInt())));
        }
        blocks.add(new ReportDocument.Text("Every catalog row the calculation read, at the version it read (a job "
                + "plan reads its whole tool library; the findings name the rows its answer rested on)."));
        blocks.add(new ReportDocument.Table(List.of("Row read", "Id", "Owner", "Version"),
                List.of(0.2, 0.55, 0.13, 0.12), rows));
    }

    private void proofs() {
        blocks.add(new ReportDocument.Heading(1, "Audit proofs"));
        JsonNode proof = check.path("auditProof");
        if (!proof.isObject()) {
            blocks.add(new ReportDocument.Text("Not included: the key that asked for this report has no AUDIT scope, "
                    + "or the target names no audit event. Ask again with a key that has the AUDIT scope."));
            return;
        }
        blocks.add(new ReportDocument.Fields(List.of(field("Event", proof.path("eventId").asString()),
                field("Place in the log (seq)", Long.toString(proof.path("seq").asLong())),
                field("Verifier key", proof.path("verifierKey").asString()))));
        JsonNode inclusion = proof.path("inclusion");
        if (inclusion.isObject()) {
            inclusion(inclusion);
        } else {
            uncovered(proof.path("latestCheckpoint"));
        }
    }

    /** What stands in for the inclusion proof while no checkpoint covers the event. */
    private void uncovered(JsonNode latest) {
        blocks.add(new ReportDocument.Text("No checkpoint covers this event yet"
                + (latest.isObject() ? " (the newest covers " + latest.path("treeSize").asLong() + " events)" : "")
                + "; ask for the report again after the next checkpoint for its inclusion proof."));
        if (latest.isObject()) {
            blocks.add(new ReportDocument.Heading(2, "Newest signed checkpoint"));
            blocks.add(new ReportDocument.Code(latest.path("signedNote").asString()));
        }
    }

    private void inclusion(JsonNode inclusion) {
        JsonNode checkpoint = inclusion.path("checkpoint");
        blocks.add(new ReportDocument.Fields(List.of(
                field("Leaf index", Long.toString(inclusion.path("leafIndex").asLong())),
                field("Tree size", Long.toString(inclusion.path("treeSize").asLong())),
                field("Leaf hash (base64)", inclusion.path("leafHash").asString()),
                field("Root hash (base64)", checkpoint.path("rootHash").asString()),
                field("Checkpoint signed at", checkpoint.path("createdAt").asString()))));
        List<String> path = new ArrayList<>();
        inclusion.path("path").forEach(h -> path.add(h.asString()));
        blocks.add(new ReportDocument.Heading(2, "Inclusion proof (RFC 9162 audit path, leaf to root)"));
        blocks.add(new ReportDocument.Code(path.isEmpty() ? "(empty: the event is the tree's only leaf)"
                : String.join("\n", path)));
        blocks.add(new ReportDocument.Heading(2, "Signed checkpoint"));
        blocks.add(new ReportDocument.Code(checkpoint.path("signedNote").asString()));
        blocks.add(new ReportDocument.Heading(2, "The event's canonical form (RFC 8785)"));
        blocks.add(new ReportDocument.Code(inclusion.path("canonicalEvent").asString()));
    }

    private void note() {
        blocks.add(new ReportDocument.Heading(1, "How to read this report"));
        blocks.add(new ReportDocument.Text("Each clause is checked by rules over evidence PRISM holds; its summary "
                + "is PRISM's paraphrase, and the standard or regulation itself governs. The check is stored: "
                + "complianceCheckResult with the check's id answers it again, and a new check of unchanged data "
                + "gives the same findings digest. To verify the proof without PRISM: hash the canonical event as an "
                + "RFC 9162 leaf, follow the audit path to the root, compare it with the checkpoint's root hash, and "
                + "verify the checkpoint's signature with the verifier key (docs/audit.md)."));
    }

    private static ReportDocument.Field field(String label, String value) {
        return new ReportDocument.Field(label, value);
    }
}
