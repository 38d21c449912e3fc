package io.prism.service.compliance;

import io.prism.data.CalculationLineage;
import java.util.List;
import java.util.stream.Collectors;

/** The rules over catalog rows: verified against a cited source (all rows, or the tools and machine). */
final class ProvenanceRules {

    private ProvenanceRules() {
    }

    /**
     * Every row is verified and names its source: FAIL naming the rows that are not, NEEDS_EVIDENCE when the state of
     * a row at its version can no longer be found. {@code what} names the rows in the summary ("rows the answer
     * rested on").
     */
    static Verdict verified(List<RowEvidence> rows, String what) {
        List<Evidence> evidence = rows.stream().map(RowEvidence::evidence).toList();
        List<RowEvidence> failing = rows.stream().filter(r -> r.known() && !r.verifiedAndSourced()).toList();
        if (!failing.isEmpty()) {
            return Verdict.fail(failing.size() + " of the " + rows.size() + " " + what + " are not verified against a "
                    + "cited source: " + labels(failing), evidence, "Check the rows named against their source and "
                    + "record them as verified, with the source (updateMaterial, updateTool, updateMachine: verified "
                    + "true), or use verified rows; then run the calculation again and check the new run, since a "
                    + "run keeps the data it read.");
        }
        List<RowEvidence> unknown = rows.stream().filter(r -> !r.known()).toList();
        if (!unknown.isEmpty()) {
            return Verdict.needsEvidence("The state of " + labels(unknown) + " at the version read is no longer "
                    + "available: the row has changed or gone, and the tenant's audit log holds no state of that "
                    + "version.", evidence, "Run the calculation again on current rows and check the new run.");
        }
        return Verdict.pass("All " + rows.size() + " " + what + " are verified against a cited source.", evidence);
    }

    /**
     * The tools and the machine among {@code rows} are verified; FAIL when no machine is among them, as its limits
     * then stood behind nothing.
     */
    static Verdict toolsAndMachine(List<RowEvidence> rows) {
        List<RowEvidence> used = rows.stream().filter(r -> r.resource() == CalculationLineage.Resource.TOOL
                || r.resource() == CalculationLineage.Resource.MACHINE).toList();
        if (used.stream().noneMatch(r -> r.resource() == CalculationLineage.Resource.MACHINE)) {
            return Verdict.fail("The run named no machine, so no machine's speed, power and torque limits were "
                    + "checked and no machine's verification stands behind it.",
                    used.stream().map(RowEvidence::evidence).toList(),
                    "Run the calculation again with machineId, on a verified machine, and check the new run.");
        }
        return verified(used, "tools and machines the answer used");
    }

    private static String labels(List<RowEvidence> rows) {
        return rows.stream().map(RowEvidence::label).collect(Collectors.joining(", "));
    }
}
