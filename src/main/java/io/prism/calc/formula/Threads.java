package io.prism.calc.formula;

import io.prism.calc.internal.Checks;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * ISO metric threads: basic-profile diameters from D and P (ISO 68-1 / ISO 724), coarse pitches (ISO 261), tap
 * drills for cut taps (ISO 2306 / DIN 336 table values) and tapping feed.
 *
 * <p>Units: all diameters and the pitch in mm; spindle speed in rev/min; feed in mm/min. The profile coefficients
 * are the exact multiples of √3 behind the printed constants (0.866025 = √3/2, 0.649519 = 3√3/8,
 * 1.082532 = 5√3/8, 1.226869 = 17√3/24); the tables on utilitiesbunker and toolcroze agree with them to 0.001 mm
 * [S41][S42]. Form (roll) taps need larger pilot holes and are not covered (calc-reference §13).
 */
public final class Threads {

    private static final double SQRT3 = Math.sqrt(3.0);

    /** Coarse sizes M1.6–M30 with pitch and tap drill as printed in [S41][S42][S43]; M27 recalled (ISO 261). */
    private static final List<CoarseSize> COARSE = List.of(
            size(1.6, 0.35, 1.25), size(2.0, 0.40, 1.60), size(2.5, 0.45, 2.05), size(3.0, 0.50, 2.50),
            size(3.5, 0.60, 2.90), size(4.0, 0.70, 3.30), size(5.0, 0.80, 4.20), size(6.0, 1.00, 5.00),
            size(7.0, 1.00, 6.00), size(8.0, 1.25, 6.80), size(10.0, 1.50, 8.50), size(12.0, 1.75, 10.20),
            size(14.0, 2.00, 12.00), size(16.0, 2.00, 14.00), size(18.0, 2.50, 15.50), size(20.0, 2.50, 17.50),
            size(22.0, 2.50, 19.50), size(24.0, 3.00, 21.00), size(27.0, 3.00, 24.00), size(30.0, 3.50, 26.50),
            // ISO 261 larger coarse sizes (recalled in calc-reference §13); no tap drill value was sourced
            size(33.0, 3.5), size(36.0, 4.0), size(39.0, 4.0), size(42.0, 4.5), size(48.0, 5.0), size(56.0, 5.5),
            size(64.0, 6.0));

    private record CoarseSize(double nominalMm, double pitchMm, OptionalDouble tapDrillMm) {
    }

    private Threads() {
    }

    /**
     * Height of the fundamental triangle: {@code H = (√3/2)·P = 0.866025·P}. Source: ISO 68-1 basic profile
     * (calc-reference §13).
     *
     * @param pitchMm pitch P, mm, {@code > 0}
     * @return H, mm
     * @throws io.prism.calc.CalcInputException if the argument is out of range or the result overflows
     */
    public static double fundamentalTriangleHeightMm(double pitchMm) {
        Checks.positive("pitchMm", pitchMm);
        return Checks.result("fundamentalTriangleHeightMm", SQRT3 / 2.0 * pitchMm);
    }

    /**
     * Pitch diameter: {@code D2 = d2 = D − 0.649519·P} ({@code 3√3/8·P}). Source: ISO 68-1 / ISO 724; agrees with
     * the utilitiesbunker and toolcroze tables to 0.001 mm [S41][S42].
     *
     * @param nominalDiameterMm nominal diameter D, mm, {@code > 0}
     * @param pitchMm pitch P, mm, in {@code (0, D/2]}
     * @return D2, mm
     * @throws io.prism.calc.CalcInputException if an argument is out of range
     */
    public static double pitchDiameterMm(double nominalDiameterMm, double pitchMm) {
        checkThread(nominalDiameterMm, pitchMm);
        return nominalDiameterMm - 3.0 * SQRT3 / 8.0 * pitchMm;
    }

    /**
     * Internal (nut) minor diameter: {@code D1 = D − 1.082532·P} ({@code 5√3/8·P}). Source: ISO 68-1 / ISO 724;
     * [S41][S42].
     *
     * @param nominalDiameterMm nominal diameter D, mm, {@code > 0}
     * @param pitchMm pitch P, mm, in {@code (0, D/2]}
     * @return D1, mm
     * @throws io.prism.calc.CalcInputException if an argument is out of range
     */
    public static double internalMinorDiameterMm(double nominalDiameterMm, double pitchMm) {
        checkThread(nominalDiameterMm, pitchMm);
        return nominalDiameterMm - 5.0 * SQRT3 / 8.0 * pitchMm;
    }

    /**
     * External (bolt) minor diameter: {@code d3 = d − 1.226869·P} ({@code 17√3/24·P}). Source: ISO 68-1 / ISO 724
     * (calc-reference §13).
     *
     * @param nominalDiameterMm nominal diameter d, mm, {@code > 0}
     * @param pitchMm pitch P, mm, in {@code (0, d/2]}
     * @return d3, mm
     * @throws io.prism.calc.CalcInputException if an argument is out of range
     */
    public static double externalMinorDiameterMm(double nominalDiameterMm, double pitchMm) {
        checkThread(nominalDiameterMm, pitchMm);
        return nominalDiameterMm - 17.0 * SQRT3 / 24.0 * pitchMm;
    }

    /**
     * All basic-profile dimensions: H, D2, D1 and d3 as in the single methods. Source: ISO 68-1 / ISO 724.
     *
     * @param nominalDiameterMm nominal diameter D, mm, {@code > 0}
     * @param pitchMm pitch P, mm, in {@code (0, D/2]}
     * @return the dimensions, mm
     * @throws io.prism.calc.CalcInputException if an argument is out of range
     */
    public static ThreadDimensions dimensions(double nominalDiameterMm, double pitchMm) {
        return new ThreadDimensions(nominalDiameterMm, pitchMm, fundamentalTriangleHeightMm(pitchMm),
                pitchDiameterMm(nominalDiameterMm, pitchMm), internalMinorDiameterMm(nominalDiameterMm, pitchMm),
                externalMinorDiameterMm(nominalDiameterMm, pitchMm));
    }

    /**
     * Coarse pitch of an ISO metric size M1.6–M64 (ISO 261; M33 and above recalled, calc-reference §13).
     *
     * @param nominalDiameterMm nominal diameter D, mm, {@code > 0}
     * @return the coarse pitch P in mm, or empty when D is not a tabulated coarse size
     * @throws io.prism.calc.CalcInputException if the argument is not finite or not positive
     */
    public static OptionalDouble coarsePitchMm(double nominalDiameterMm) {
        return find(nominalDiameterMm).map(s -> OptionalDouble.of(s.pitchMm())).orElse(OptionalDouble.empty());
    }

    /**
     * Standard tap drill for a cut tap in a coarse thread M1.6–M30, as printed in ISO 2306 / DIN 336 based tables
     * (aimsindustrial, toolcroze, utilitiesbunker [S41][S42][S43]). This is the engine default.
     *
     * @param nominalDiameterMm nominal diameter D, mm, {@code > 0}
     * @return the tap drill in mm, or empty when D is not a tabulated size
     * @throws io.prism.calc.CalcInputException if the argument is not finite or not positive
     */
    public static OptionalDouble standardTapDrillMm(double nominalDiameterMm) {
        return find(nominalDiameterMm).map(CoarseSize::tapDrillMm).orElse(OptionalDouble.empty());
    }

    /**
     * Tap drill rule of thumb: {@code d = D − P} (about 75 % thread engagement). It reproduces the table to
     * ±0.05 mm (M8: 6.75 vs 6.8; M12: 10.25 vs 10.2). Source: calc-reference §13 [S41][S42][S43].
     *
     * @param nominalDiameterMm nominal diameter D, mm, {@code > 0}
     * @param pitchMm pitch P, mm, in {@code (0, D/2]}
     * @return tap drill diameter, mm
     * @throws io.prism.calc.CalcInputException if an argument is out of range
     */
    public static double tapDrillRuleOfThumbMm(double nominalDiameterMm, double pitchMm) {
        checkThread(nominalDiameterMm, pitchMm);
        return nominalDiameterMm - pitchMm;
    }

    /**
     * Recommended tap drill: the standard table value when (D, P) is a tabulated coarse thread, otherwise the
     * {@code D − P} rule, with the origin recorded in the result. Alternatives that the engine may offer as an
     * option: utilitiesbunker's larger "50 % thread" drills (M10 8.70, M12 10.40) [S41] and NightShade's columns
     * (M12 10.30 / 10.90) [S44]. Source: [S41][S42][S43].
     *
     * @param nominalDiameterMm nominal diameter D, mm, {@code > 0}
     * @param pitchMm pitch P, mm, in {@code (0, D/2]}
     * @return the tap drill and whether it came from the table
     * @throws io.prism.calc.CalcInputException if an argument is out of range
     */
    public static TapDrill tapDrill(double nominalDiameterMm, double pitchMm) {
        double rule = tapDrillRuleOfThumbMm(nominalDiameterMm, pitchMm);
        Optional<CoarseSize> size = find(nominalDiameterMm);
        if (size.isPresent() && size.get().pitchMm() == pitchMm && size.get().tapDrillMm().isPresent()) {
            return new TapDrill(size.get().tapDrillMm().getAsDouble(), true);
        }
        return new TapDrill(rule, false);
    }

    /**
     * Tapping (and per-revolution thread milling) feed: {@code vf = n·P}; rigid tapping must be synchronised.
     * Source: ISO thread definition (calc-reference §2 and §13).
     *
     * @param spindleSpeedRpm spindle speed n, rev/min, {@code > 0}
     * @param pitchMm pitch P, mm, {@code > 0}
     * @return feed vf, mm/min
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double tappingFeedMmPerMin(double spindleSpeedRpm, double pitchMm) {
        Checks.positive("spindleSpeedRpm", spindleSpeedRpm);
        Checks.positive("pitchMm", pitchMm);
        return Checks.result("tableFeedMmPerMin", spindleSpeedRpm * pitchMm);
    }

    private static void checkThread(double nominalDiameterMm, double pitchMm) {
        Checks.positive("nominalDiameterMm", nominalDiameterMm);
        Checks.positive("pitchMm", pitchMm);
        Checks.atMost("pitchMm", pitchMm, nominalDiameterMm / 2.0);
    }

    private static Optional<CoarseSize> find(double nominalDiameterMm) {
        Checks.positive("nominalDiameterMm", nominalDiameterMm);
        return COARSE.stream().filter(s -> Math.abs(s.nominalMm() - nominalDiameterMm) < 1e-9).findFirst();
    }

    private static CoarseSize size(double nominalMm, double pitchMm, double tapDrillMm) {
        return new CoarseSize(nominalMm, pitchMm, OptionalDouble.of(tapDrillMm));
    }

    private static CoarseSize size(double nominalMm, double pitchMm) {
        return new CoarseSize(nominalMm, pitchMm, OptionalDouble.empty());
    }
}
