package io.prism.calc.plan;

import io.prism.calc.CalcInputException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Input checks of a job plan: each feature gets exactly the dimensions its kind takes, each finite and in range, and
 * consistent with the others (a pocket's corner radius at most half its width, a turned diameter below its stock).
 * A failure names the field as {@code features[i].<name>}, with the names of the GraphQL input.
 */
final class PlanChecks {

    /** The dimensions of a feature, by their input names. */
    enum Dimension {
        LENGTH("lengthMm"), WIDTH("widthMm"), DEPTH("depthMm"), CORNER_RADIUS("cornerRadiusMm"),
        DIAMETER("diameterMm"), STOCK_DIAMETER("stockDiameterMm"), CHAMFER("chamferMm"), THREAD("thread"),
        THROUGH("through");

        private final String input;

        Dimension(String input) {
            this.input = input;
        }
    }

    private static final Map<FeatureKind, Set<Dimension>> TAKES = new EnumMap<>(FeatureKind.class);

    static {
        TAKES.put(FeatureKind.FACE, EnumSet.of(Dimension.LENGTH, Dimension.WIDTH, Dimension.DEPTH));
        TAKES.put(FeatureKind.POCKET, EnumSet.of(Dimension.LENGTH, Dimension.WIDTH, Dimension.DEPTH,
                Dimension.CORNER_RADIUS));
        TAKES.put(FeatureKind.SLOT, EnumSet.of(Dimension.LENGTH, Dimension.WIDTH, Dimension.DEPTH));
        TAKES.put(FeatureKind.SHOULDER, EnumSet.of(Dimension.LENGTH, Dimension.WIDTH, Dimension.DEPTH));
        TAKES.put(FeatureKind.HOLE, EnumSet.of(Dimension.DIAMETER, Dimension.DEPTH, Dimension.THROUGH));
        TAKES.put(FeatureKind.TAPPED_HOLE, EnumSet.of(Dimension.THREAD, Dimension.DEPTH, Dimension.THROUGH));
        TAKES.put(FeatureKind.CHAMFER, EnumSet.of(Dimension.CHAMFER, Dimension.LENGTH));
        TAKES.put(FeatureKind.TURNED_DIAMETER, EnumSet.of(Dimension.STOCK_DIAMETER, Dimension.DIAMETER,
                Dimension.LENGTH));
    }

    private PlanChecks() {
    }

    /** The dimensions a kind takes, by input name, in declaration order. */
    static List<String> takes(FeatureKind kind) {
        return TAKES.get(kind).stream().map(d -> d.input).toList();
    }

    static void featureCount(int count) {
        if (count == 0) {
            throw new CalcInputException("features", "features must list at least one feature");
        }
        if (count > JobPlanner.MAX_FEATURES) {
            throw new CalcInputException("features", "features lists " + count + " features; at most "
                    + JobPlanner.MAX_FEATURES + " are allowed");
        }
    }

    static void settings(JobPlanInput in) {
        featureCount(in.features().size());
        double change = in.toolChangeTimeS();
        if (!Double.isNaN(change) && !(change >= 0 && change <= 600)) {
            throw new CalcInputException("toolChangeTimeS", "toolChangeTimeS (" + change + ") must be in [0, 600] s");
        }
        double eta = in.machineEfficiency();
        if (!Double.isNaN(eta) && !(eta > 0 && eta <= 1)) {
            throw new CalcInputException("machineEfficiency", "machineEfficiency (" + eta + ") must be in (0, 1]");
        }
    }

    static void feature(Feature f, int index) {
        String at = "features[" + index + "].";
        Set<Dimension> takes = TAKES.get(f.kind());
        if (f.count() < 1 || f.count() > JobPlanner.MAX_COUNT) {
            throw new CalcInputException(at + "count", "count (" + f.count() + ") must be in [1, "
                    + JobPlanner.MAX_COUNT + "]");
        }
        check(f.lengthMm(), Dimension.LENGTH, takes, f.kind(), at, 0);
        check(f.widthMm(), Dimension.WIDTH, takes, f.kind(), at, 0);
        check(f.depthMm(), Dimension.DEPTH, takes, f.kind(), at, 0);
        check(f.cornerRadiusMm(), Dimension.CORNER_RADIUS, takes, f.kind(), at, -1);
        check(f.diameterMm(), Dimension.DIAMETER, takes, f.kind(), at, 0);
        check(f.stockDiameterMm(), Dimension.STOCK_DIAMETER, takes, f.kind(), at, 0);
        check(f.chamferMm(), Dimension.CHAMFER, takes, f.kind(), at, 0);
        boolean threadGiven = f.threadDesignation() != null;
        if (threadGiven != takes.contains(Dimension.THREAD)) {
            throw missingOrExtra(Dimension.THREAD, threadGiven, f.kind(), at);
        }
        if (f.through() && !takes.contains(Dimension.THROUGH)) {
            throw missingOrExtra(Dimension.THROUGH, true, f.kind(), at);
        }
        if (f.kind() == FeatureKind.POCKET && f.cornerRadiusMm() > Math.min(f.lengthMm(), f.widthMm()) / 2) {
            throw new CalcInputException(at + "cornerRadiusMm", "cornerRadiusMm (" + f.cornerRadiusMm()
                    + ") must not exceed half the pocket's width (" + Math.min(f.lengthMm(), f.widthMm()) / 2 + ")");
        }
        if (f.kind() == FeatureKind.TURNED_DIAMETER && !(f.diameterMm() < f.stockDiameterMm())) {
            throw new CalcInputException(at + "diameterMm", "diameterMm (" + f.diameterMm() + ") must be smaller "
                    + "than stockDiameterMm (" + f.stockDiameterMm() + ")");
        }
    }

    /**
     * A dimension the kind takes must be given, finite and in (min, {@link JobPlanner#MAX_LENGTH_MM}] (min -1
     * admits 0); one it does not take must be left out.
     */
    private static void check(double value, Dimension d, Set<Dimension> takes, FeatureKind kind, String at,
                              double min) {
        boolean given = !Double.isNaN(value);
        if (given != takes.contains(d)) {
            throw missingOrExtra(d, given, kind, at);
        }
        if (!given) {
            return;
        }
        boolean ok = min < 0 ? value >= 0 : value > min;
        if (!ok || !(value <= JobPlanner.MAX_LENGTH_MM)) {
            throw new CalcInputException(at + d.input, d.input + " (" + value + ") must be " + (min < 0 ? "at least 0"
                    : "greater than 0") + " and at most " + (long) JobPlanner.MAX_LENGTH_MM + " mm");
        }
    }

    private static CalcInputException missingOrExtra(Dimension d, boolean given, FeatureKind kind, String at) {
        String takes = String.join(", ", takes(kind));
        return new CalcInputException(at + d.input, given
                ? "a " + kind + " does not take " + d.input + " (it takes " + takes + ")"
                : "a " + kind + " needs " + d.input + " (it takes " + takes + ")");
    }
}
