package io.prism.service.compliance;

import io.prism.data.CalculationLineage;
import java.util.ArrayList;
import java.util.List;

/** The rules over a stored calculation's lineage: complete, and the software it ran on recorded. */
final class LineageRules {

    private static final String RERUN = "rerunCalculation(id) answers the stored input again and stores the new run "
            + "with its lineage; check that run.";

    private LineageRules() {
    }

    /** The lineage names the rows read, the formulas, the registry, the engine, the build and the audit event. */
    static Verdict complete(CalculationLineage lineage) {
        if (lineage == null) {
            return Verdict.fail("The calculation was stored before lineage was recorded: what it read is not known.",
                    List.of(Evidence.of("lineage", null)), RERUN);
        }
        List<String> missing = new ArrayList<>(software(lineage));
        if (lineage.reads().isEmpty()) {
            missing.add("reads");
        }
        if (lineage.auditEventId() == null) {
            missing.add("auditEventId");
        }
        List<Evidence> evidence = List.of(Evidence.of("lineage.reads", lineage.reads().size()),
                Evidence.of("lineage.formulaIds", lineage.formulaIds()),
                Evidence.of("lineage.formulaRegistryVersion", lineage.formulaRegistryVersion()),
                Evidence.of("lineage.engineVersion", lineage.engineVersion()),
                Evidence.of("lineage.buildVersion", lineage.buildVersion()),
                Evidence.of("lineage.auditEventId", lineage.auditEventId()));
        if (!missing.isEmpty()) {
            return Verdict.fail("The lineage does not record " + String.join(", ", missing) + ".", evidence, RERUN);
        }
        return Verdict.pass("The lineage records the " + lineage.reads().size() + " rows read, the "
                + lineage.formulaIds().size() + " formulas, the formula registry, the engine, the build and the "
                + "audit event.", evidence);
    }

    /**
     * The engine's rules version, the service build and the formula registry's fingerprint are recorded (the git
     * commit is evidence when the build knew it, but a build outside a checkout has none).
     */
    static Verdict softwareRecorded(CalculationLineage lineage, String engineVersion) {
        if (lineage == null) {
            return Verdict.fail("Only the engine's rules version (" + engineVersion + ") is recorded: the calculation "
                    + "was stored before the build and the formula registry were.",
                    List.of(Evidence.of("calculation.engineVersion", engineVersion)), RERUN);
        }
        List<String> missing = software(lineage);
        List<Evidence> evidence = List.of(Evidence.of("lineage.engineVersion", lineage.engineVersion()),
                Evidence.of("lineage.buildVersion", lineage.buildVersion()),
                Evidence.of("lineage.buildCommit", lineage.buildCommit()),
                Evidence.of("lineage.formulaRegistryVersion", lineage.formulaRegistryVersion()));
        if (!missing.isEmpty()) {
            return Verdict.fail("The lineage does not record " + String.join(", ", missing) + ".", evidence, RERUN);
        }
        return Verdict.pass("The engine " + lineage.engineVersion() + ", build " + lineage.buildVersion()
                + " and formula registry " + lineage.formulaRegistryVersion() + " are recorded.", evidence);
    }

    private static List<String> software(CalculationLineage lineage) {
        List<String> missing = new ArrayList<>();
        if (blank(lineage.engineVersion())) {
            missing.add("engineVersion");
        }
        if (blank(lineage.buildVersion())) {
            missing.add("buildVersion");
        }
        if (blank(lineage.formulaRegistryVersion())) {
            missing.add("formulaRegistryVersion");
        }
        return missing;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
