package io.prism.calc.formula;

import io.prism.calc.internal.Checks;

/**
 * Drilling chip thickness, power, torque and thrust by two published methods.
 *
 * <p><b>Sandvik kc-based</b> [S3]: two lips, each carrying {@code kc·(fn/2)·(Dc/2)} at radius {@code Dc/4}; kc from
 * {@link Kienzle} at {@code hm = fn·sin κr / 2}. The chisel edge is not modelled, so its thrust is a lower
 * estimate. <b>Tungaloy empirical</b> [S40]: fitted twist-drill formulas with a material constant K that include
 * the chisel edge. For SCM440, Ø20 mm, f 0.2 mm/rev the two differ by 2.6× in thrust and 24 % in torque
 * (calc-reference §12.3). Engine default: Sandvik for power and torque; report both for thrust, and use the
 * Tungaloy value when checking fixture or spindle thrust limits for conventional twist drills.
 *
 * <p>Units: D in mm, f in mm/rev, vc in m/min, n in rev/min, kc in N/mm², thrust in N, torque in N·m, power in kW;
 * the drill point angle in degrees (entering angle κr = point angle / 2: 118° → 59°, 140° → 70°).
 */
public final class Drilling {

    /** Sandvik metric thrust factor: {@code Ff ≈ 0.5·kc·(Dc/2)·fn·sin κr} [S3]. */
    public static final double SANDVIK_THRUST_FACTOR = 0.5;

    /** Thrust factor of the imperial "Common Drilling Formulas" sheet, 40 % above the metric one [S39]. */
    public static final double IMPERIAL_SHEET_THRUST_FACTOR = 0.7;

    private Drilling() {
    }

    /**
     * Entering angle of a twist drill: {@code κr = point angle / 2}. Source: calc-reference §0.
     *
     * @param pointAngleDeg drill point angle, degrees, in {@code (0, 180]}
     * @return entering angle κr, degrees
     * @throws io.prism.calc.CalcInputException if the angle is out of range
     */
    public static double enteringAngleDeg(double pointAngleDeg) {
        Checks.inOpenClosed("pointAngleDeg", pointAngleDeg, 0.0, 180.0);
        return pointAngleDeg / 2.0;
    }

    /**
     * Mean chip thickness per lip of a two-lip drill: {@code hm = fn·sin κr / 2} (the feed is shared by two lips).
     * Source: Sandvik Coromant drilling formulas [S3] (recalled).
     *
     * @param feedPerRevMm feed per revolution fn, mm/rev, {@code > 0}
     * @param pointAngleDeg drill point angle, degrees, in {@code (0, 180]}
     * @return chip thickness hm, mm
     * @throws io.prism.calc.CalcInputException if an argument is out of range
     */
    public static double chipThicknessMm(double feedPerRevMm, double pointAngleDeg) {
        Checks.positive("feedPerRevMm", feedPerRevMm);
        double sinKr = Math.sin(Math.toRadians(enteringAngleDeg(pointAngleDeg)));
        return Checks.result("chipThicknessMm", feedPerRevMm * sinKr / 2.0);
    }

    /**
     * Net drilling power (Sandvik): {@code Pc = fn·vc·Dc·kc / (240·10³)}. Source: Sandvik Coromant [S3]
     * (recalled; re-derived from the two-lip model and in agreement with the imperial sheet [S39]).
     *
     * @param feedPerRevMm feed per revolution fn, mm/rev, {@code > 0}
     * @param cuttingSpeedMPerMin cutting speed vc at the periphery, m/min, {@code > 0}
     * @param diameterMm drill diameter Dc, mm, {@code > 0}
     * @param kcNPerMm2 specific cutting force at hm, N/mm², {@code > 0}
     * @return net power Pc, kW
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double sandvikNetPowerKw(double feedPerRevMm, double cuttingSpeedMPerMin, double diameterMm,
            double kcNPerMm2) {
        Checks.positive("feedPerRevMm", feedPerRevMm);
        Checks.positive("cuttingSpeedMPerMin", cuttingSpeedMPerMin);
        Checks.positive("diameterMm", diameterMm);
        Checks.positive("kcNPerMm2", kcNPerMm2);
        return Checks.result("netPowerKw", feedPerRevMm * cuttingSpeedMPerMin * diameterMm * kcNPerMm2 / 240e3);
    }

    /**
     * Drilling torque (Sandvik): {@code Mc = Pc·30·10³/(π·n) = kc·fn·Dc² / 8000}, two lips each carrying
     * {@code kc·(fn/2)·(Dc/2)} at radius {@code Dc/4}. Source: Sandvik Coromant [S3] (recalled; re-derived).
     *
     * @param feedPerRevMm feed per revolution fn, mm/rev, {@code > 0}
     * @param diameterMm drill diameter Dc, mm, {@code > 0}
     * @param kcNPerMm2 specific cutting force at hm, N/mm², {@code > 0}
     * @return torque Mc, N·m
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double sandvikTorqueNm(double feedPerRevMm, double diameterMm, double kcNPerMm2) {
        Checks.positive("feedPerRevMm", feedPerRevMm);
        Checks.positive("diameterMm", diameterMm);
        Checks.positive("kcNPerMm2", kcNPerMm2);
        return Checks.result("torqueNm", kcNPerMm2 * feedPerRevMm * diameterMm / 8000.0 * diameterMm);
    }

    /**
     * Drilling feed (thrust) force (Sandvik, metric): {@code Ff ≈ 0.5·kc·(Dc/2)·fn·sin κr}. The imperial version
     * of the same sheet uses 0.7 instead of 0.5 (+40 %) [S39]; neither includes the chisel edge.
     * Source: Sandvik Coromant drilling formulas [S3] (recalled).
     *
     * @param kcNPerMm2 specific cutting force at hm, N/mm², {@code > 0}
     * @param diameterMm drill diameter Dc, mm, {@code > 0}
     * @param feedPerRevMm feed per revolution fn, mm/rev, {@code > 0}
     * @param pointAngleDeg drill point angle, degrees, in {@code (0, 180]}
     * @return thrust force Ff, N
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double sandvikThrustN(double kcNPerMm2, double diameterMm, double feedPerRevMm,
            double pointAngleDeg) {
        Checks.positive("kcNPerMm2", kcNPerMm2);
        Checks.positive("diameterMm", diameterMm);
        Checks.positive("feedPerRevMm", feedPerRevMm);
        double sinKr = Math.sin(Math.toRadians(enteringAngleDeg(pointAngleDeg)));
        return Checks.result("thrustN",
                SANDVIK_THRUST_FACTOR * kcNPerMm2 * (diameterMm / 2.0) * feedPerRevMm * sinKr);
    }

    /**
     * All Sandvik drilling loads from Kienzle constants: {@code hm = fn·sin κr/2},
     * {@code kc = kc1.1·hm^(−mc)·(1 − (γ0 − γref)/100)}, then {@link #sandvikThrustN}, {@link #sandvikTorqueNm}
     * and {@link #sandvikNetPowerKw}. Source: Sandvik Coromant [S3][S4]; constants ISCAR [S45].
     *
     * @param coefficients Kienzle constants of the work material, not null
     * @param rakeAngleDeg rake angle γ0 of the drill lips, degrees, in {@code [-30, 30]}
     * @param diameterMm drill diameter Dc, mm, {@code > 0}
     * @param feedPerRevMm feed per revolution fn, mm/rev, {@code > 0}
     * @param cuttingSpeedMPerMin cutting speed vc at the periphery, m/min, {@code > 0}
     * @param pointAngleDeg drill point angle, degrees, in {@code (0, 180]}
     * @return thrust, torque and net power, tagged {@link DrillingLoads.Method#SANDVIK_KC}
     * @throws io.prism.calc.CalcInputException if an argument is out of range or a result overflows
     */
    public static DrillingLoads sandvik(KienzleCoefficients coefficients, double rakeAngleDeg, double diameterMm,
            double feedPerRevMm, double cuttingSpeedMPerMin, double pointAngleDeg) {
        Checks.present("coefficients", coefficients, "a Kienzle constant set");
        double hm = chipThicknessMm(feedPerRevMm, pointAngleDeg);
        double kc = coefficients.kcNPerMm2(hm, rakeAngleDeg);
        return new DrillingLoads(DrillingLoads.Method.SANDVIK_KC,
                sandvikThrustN(kc, diameterMm, feedPerRevMm, pointAngleDeg),
                sandvikTorqueNm(feedPerRevMm, diameterMm, kc),
                sandvikNetPowerKw(feedPerRevMm, cuttingSpeedMPerMin, diameterMm, kc));
    }

    /**
     * Tungaloy twist-drill thrust: {@code Tc = 570·K·D·f^0.85}. Source: Tungaloy technical reference L068 [S40]
     * (D in mm, f in mm/rev; the US edition's inch labels do not fit the constants).
     *
     * @param materialConstant Tungaloy material constant K (e.g. SCM440 2.41, S20C 2.22, cast iron 210 MPa 1.00),
     *     dimensionless, {@code > 0}
     * @param diameterMm drill diameter D, mm, {@code > 0}
     * @param feedPerRevMm feed per revolution f, mm/rev, {@code > 0}
     * @return thrust Tc, N
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double tungaloyThrustN(double materialConstant, double diameterMm, double feedPerRevMm) {
        Checks.positive("materialConstant", materialConstant);
        Checks.positive("diameterMm", diameterMm);
        Checks.positive("feedPerRevMm", feedPerRevMm);
        return Checks.result("thrustN", 570.0 * materialConstant * diameterMm * Math.pow(feedPerRevMm, 0.85));
    }

    /**
     * Tungaloy twist-drill torque: {@code Mc = K·D²·(0.630 + 16.84·f) / 100}. Source: Tungaloy L068 [S40].
     *
     * @param materialConstant Tungaloy material constant K, dimensionless, {@code > 0}
     * @param diameterMm drill diameter D, mm, {@code > 0}
     * @param feedPerRevMm feed per revolution f, mm/rev, {@code > 0}
     * @return torque Mc, N·m
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double tungaloyTorqueNm(double materialConstant, double diameterMm, double feedPerRevMm) {
        Checks.positive("materialConstant", materialConstant);
        Checks.positive("diameterMm", diameterMm);
        Checks.positive("feedPerRevMm", feedPerRevMm);
        return Checks.result("torqueNm",
                materialConstant * diameterMm * diameterMm * (0.630 + 16.84 * feedPerRevMm) / 100.0);
    }

    /**
     * Tungaloy twist-drill net power: {@code Pc = K·D²·n·(0.647 + 17.29·f)·10⁻⁶}. It agrees with
     * {@code Mc·n/9549.3} from {@link #tungaloyTorqueNm} within 2 %. Source: Tungaloy L068 [S40].
     *
     * @param materialConstant Tungaloy material constant K, dimensionless, {@code > 0}
     * @param diameterMm drill diameter D, mm, {@code > 0}
     * @param feedPerRevMm feed per revolution f, mm/rev, {@code > 0}
     * @param spindleSpeedRpm spindle speed n, rev/min, {@code > 0}
     * @return net power Pc, kW
     * @throws io.prism.calc.CalcInputException if an argument is out of range or the result overflows
     */
    public static double tungaloyNetPowerKw(double materialConstant, double diameterMm, double feedPerRevMm,
            double spindleSpeedRpm) {
        Checks.positive("materialConstant", materialConstant);
        Checks.positive("diameterMm", diameterMm);
        Checks.positive("feedPerRevMm", feedPerRevMm);
        Checks.positive("spindleSpeedRpm", spindleSpeedRpm);
        return Checks.result("netPowerKw", materialConstant * diameterMm * diameterMm * spindleSpeedRpm
                * (0.647 + 17.29 * feedPerRevMm) * 1e-6);
    }

    /**
     * All Tungaloy drilling loads: {@link #tungaloyThrustN}, {@link #tungaloyTorqueNm}, {@link #tungaloyNetPowerKw}.
     * Source: Tungaloy L068 [S40].
     *
     * @param materialConstant Tungaloy material constant K, dimensionless, {@code > 0}
     * @param diameterMm drill diameter D, mm, {@code > 0}
     * @param feedPerRevMm feed per revolution f, mm/rev, {@code > 0}
     * @param spindleSpeedRpm spindle speed n, rev/min, {@code > 0}
     * @return thrust, torque and net power, tagged {@link DrillingLoads.Method#TUNGALOY_EMPIRICAL}
     * @throws io.prism.calc.CalcInputException if an argument is out of range or a result overflows
     */
    public static DrillingLoads tungaloy(double materialConstant, double diameterMm, double feedPerRevMm,
            double spindleSpeedRpm) {
        return new DrillingLoads(DrillingLoads.Method.TUNGALOY_EMPIRICAL,
                tungaloyThrustN(materialConstant, diameterMm, feedPerRevMm),
                tungaloyTorqueNm(materialConstant, diameterMm, feedPerRevMm),
                tungaloyNetPowerKw(materialConstant, diameterMm, feedPerRevMm, spindleSpeedRpm));
    }
}
