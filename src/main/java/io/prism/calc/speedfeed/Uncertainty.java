package io.prism.calc.speedfeed;

import io.prism.calc.formula.Sources;
import java.util.ArrayList;
import java.util.List;

/**
 * Relative uncertainty bands from the spread of published constants (method in docs/calculations.md).
 *
 * <p>For a set of published values of the same quantity the band is {@code (max − min) / (max + min)}, the half-width
 * of their range relative to its middle. kc is compared at the common chip thickness h = 0.2 mm over: the values
 * {@link KcClass} lists for the material's class (filtered to the kind of operation each source tabulates), the
 * material's own kc1.1/mc when it has them, and, when the engine had to fall back to ISO-group constants, every
 * calc-reference §14 row of the group. Independent relative bands of a product combine in quadrature.
 */
final class Uncertainty {

    /** Machine efficiency: Mitsubishi uses 0.8 [S9], Kyocera quotes 0.7–0.8 [S22]; band of {0.7, 0.8}. */
    static final double DEFAULT_EFFICIENCY_BAND = (0.8 - 0.7) / (0.8 + 0.7);

    private static final int S45 = Trace.citationId(Sources.S45);

    /** The evidence of each class for each process, and its text, worked out once. */
    private static final Evidence[][] EVIDENCE = new Evidence[KcClass.values().length][];

    static {
        for (KcClass c : KcClass.values()) {
            EVIDENCE[c.ordinal()] = new Evidence[Operation.Process.values().length];
            for (Operation.Process p : Operation.Process.values()) {
                EVIDENCE[c.ordinal()][p.ordinal()] = new Evidence(c.evidence(p));
            }
        }
    }

    /** A class's values for one process: their range, citations (one {@link Trace} group) and a readable list. */
    private record Evidence(double min, double max, int count, int citations, String names) {

        Evidence(KcClass.Evidence[] values) {
            this(min(values), max(values), values.length, citations(values), names(values));
        }

        private static double min(KcClass.Evidence[] values) {
            double m = Double.POSITIVE_INFINITY;
            for (KcClass.Evidence e : values) {
                m = Math.min(m, e.kcNPerMm2());
            }
            return m;
        }

        private static double max(KcClass.Evidence[] values) {
            double m = Double.NEGATIVE_INFINITY;
            for (KcClass.Evidence e : values) {
                m = Math.max(m, e.kcNPerMm2());
            }
            return m;
        }

        private static int citations(KcClass.Evidence[] values) {
            List<String> c = new ArrayList<>(values.length);
            for (KcClass.Evidence e : values) {
                c.add(e.citation());
            }
            return Trace.citationGroup(c);
        }

        private static String names(KcClass.Evidence[] values) {
            StringBuilder s = new StringBuilder();
            for (KcClass.Evidence e : values) {
                s.append(s.isEmpty() ? "" : "; ").append(e.source()).append(' ').append(Fmt.num(e.kcNPerMm2()));
            }
            return s.toString();
        }
    }

    /** A band with the words that explain it. */
    record Band(double relative, String basis) {
    }

    private Uncertainty() {
    }

    /**
     * Records the citations of the values the band of kc compares: the class's, and the ISO group's when its
     * defaults replaced missing constants. The trace receives them in the order {@link #kc} compares the values.
     *
     * @param kcClass the material's class
     * @param process the kind of operation
     * @param fallback the ISO-group defaults when they replaced missing constants, else null
     * @param trace receives the citations
     */
    static void cite(KcClass kcClass, Operation.Process process, GroupDefaults fallback, Trace trace) {
        trace.source(EVIDENCE[kcClass.ordinal()][process.ordinal()].citations());
        if (fallback != null) {
            trace.source(S45);
        }
    }

    /**
     * The band of kc for a material; {@link #cite} records its citations.
     *
     * @param kcClass the material's class
     * @param process the kind of operation
     * @param ownKcAtReference the material's own kc at h = 0.2 mm, NaN when it has no constants
     * @param fallback the ISO-group defaults when they replaced missing constants, else null
     * @return the band and its basis
     */
    static Band kc(KcClass kcClass, Operation.Process process, double ownKcAtReference, GroupDefaults fallback) {
        Evidence evidence = EVIDENCE[kcClass.ordinal()][process.ordinal()];
        double min = evidence.min();
        double max = evidence.max();
        StringBuilder names = new StringBuilder(evidence.names());
        int count = evidence.count();
        if (!Double.isNaN(ownKcAtReference)) {
            min = Math.min(min, ownKcAtReference);
            max = Math.max(max, ownKcAtReference);
            names.append("; the material's own kc1.1/mc ").append(Fmt.num(ownKcAtReference));
            count++;
        }
        if (fallback != null) {
            for (int i = 0; i < fallback.groupRows(); i++) {
                min = Math.min(min, fallback.groupKcAtReference(i));
                max = Math.max(max, fallback.groupKcAtReference(i));
            }
            names.append("; the ").append(fallback.groupRows()).append(" calc-reference §14 rows of ISO group ")
                    .append(fallback.name()).append(" (the material has no constants of its own)");
            count += fallback.groupRows();
        }
        String basis = "kc at h = 0.2 mm, " + count + " published values in N/mm² (" + kcClass + ": " + names + ")";
        return new Band((max - min) / (max + min), basis);
    }

    /** Relative band of a product of independent factors: the root of the sum of squares. */
    static double combine(double a, double b) {
        return Math.sqrt(a * a + b * b);
    }

    /** The relative band {@code |a − b| / (a + b)} of two published values of one quantity. */
    static double pair(double a, double b) {
        return Math.abs(a - b) / (a + b);
    }
}
