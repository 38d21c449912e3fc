package io.prism.calc.formula;

import static io.prism.calc.formula.Vars.get;

import io.prism.calc.internal.Checks;
import java.util.List;
import java.util.Map;

/** Registry entries for specific cutting force, cutting force, power, torque and drilling loads. */
final class ForceFormulas {

    private static final Variable KC04 = new Variable("kc04NPerMm2", "kc0.4", "N/mm²",
            "specific cutting force at 0.4 mm chip thickness", 100.0, 30_000.0);
    private static final Variable MC_SANDVIK = Vars.MC.describedAs("exponent (Sandvik general value 0.29; use the "
            + "material's mc when known)");
    private static final Variable TANGENTIAL = new Variable("tangentialForceN", "Ft", "N", "tangential force",
            0.0, 1e8);
    private static final Variable CUTTING_FORCE = new Variable("cuttingForceN", "Fc", "N", "main cutting force",
            0.0, 1e8);
    private static final Variable MEAN_FORCE = new Variable("meanTangentialForceN", "F_t,mean", "N",
            "time-averaged tangential force at the cutter periphery", 0.0, 1e8);
    private static final Variable SPINDLE_POWER = new Variable("spindlePowerKw", "P", "kW",
            "spindle (motor) power = Pc / η", 0.0, 1e6);
    private static final Variable POINT_ANGLE = new Variable("pointAngleDeg", "σ", "°",
            "drill point angle (κr = σ/2)", 60.0, 180.0);
    private static final Variable MATERIAL_CONSTANT = new Variable("materialConstant", "K", "1",
            "Tungaloy material constant (cast iron 210 MPa 1.00 … SNCM625 3.44; SCM440 2.41)", 0.5, 5.0);
    private static final Variable DRILL_DIAMETER = Vars.DIAMETER.describedAs("drill diameter Dc")
            .withRange(0.5, 100.0);

    private ForceFormulas() {
    }

    static List<Formula> all() {
        return List.of(kienzle(), kienzleRake(), kc04Force(), turningForce(), millingForce(), turningPower(),
                millingPower(), spindlePower(), torque(), drillingSandvik(), drillingTungaloy());
    }

    private static Formula kienzle() {
        return Formula.builder("kienzle-specific-cutting-force", "Specific cutting force (Kienzle)")
                .expression("kc = kc1.1·h^(−mc); Fc = kc·ap·f")
                .inputs(Vars.KC11, Vars.MC, Vars.CHIP_THICKNESS)
                .outputs(Vars.KC.withRange(0.0, 1e7))
                .validity("Roughly 0.05 mm ≤ h ≤ 1 mm with carbide at normal speeds; below ~0.05 mm the edge radius "
                        + "dominates and the true kc rises faster (the result underestimates). kc1.1/mc embed a "
                        + "reference geometry and speed.")
                .cite(Sources.S30, Sources.S45, Sources.S4)
                .alternative("iscar-vdi-3323", "ISCAR VDI 3323 group table, e.g. 42CrMo4 grp 6 1775/0.24",
                        Sources.S45, "engine default: the only complete, self-consistent kc1.1 + mc set for all six "
                                + "ISO groups", true)
                .alternative("koenig-kienzle", "König/Klocke-type values, e.g. 42CrMo4 2500/0.26", Sources.S32,
                        "kc at h = 0.2 mm 3800 vs 2612 (+45 %) for 42CrMo4; supported by Mitsubishi's turning table",
                        false)
                .alternative("iscar-2022-titanium", "Ti-6Al-4V 1245/0.24 (2022 boring catalogue)", Sources.S45,
                        "−41 % in kc1.1 vs 2110/0.22 in the 2017 turning and Multi-Master tables; the engine uses "
                                + "2110/0.22 (two ISCAR documents agree) and flags it", false)
                .alternative("mitsubishi-kc-table", "kc tabulated against feed 0.1–0.6 mm", Sources.S9,
                        "mild steel at 0.2 mm: 3100 (turning) vs 1950 (milling) N/mm² from the same vendor (+59 %)",
                        false)
                .alternative("kyocera-ks", "Pc = Ks·vc·ap·f/(6120·η), Ks in kgf/mm²", Sources.S22,
                        "one Ks per class, e.g. low-C steel 190 kgf/mm² = 1863 N/mm²", false)
                .alternative("nc360-approximate-kc", "kc by ISO sub-group, e.g. non-alloy steel 1500 MPa",
                        Sources.S13, "no chip-thickness dependence; aluminium 500 vs ISCAR ≈ 1196 at 0.2 mm", false)
                .example(Sources.S45 + ": group 1 (1350/0.21) at h = 0.2 mm",
                        Map.of("kc11NPerMm2", 1350.0, "mc", 0.21, "chipThicknessMm", 0.2),
                        Map.of("kcNPerMm2", 1893.0), 0.001)
                .example(Sources.S45 + ": group 6, 42CrMo4 annealed (1775/0.24) at h = 0.2 mm",
                        Map.of("kc11NPerMm2", 1775.0, "mc", 0.24, "chipThicknessMm", 0.2),
                        Map.of("kcNPerMm2", 2612.0), 0.001)
                .example(Sources.S32 + ": König-type 42CrMo4 (2500/0.26) at h = 0.2 mm",
                        Map.of("kc11NPerMm2", 2500.0, "mc", 0.26, "chipThicknessMm", 0.2),
                        Map.of("kcNPerMm2", 3800.0), 0.001)
                .evaluator(in -> Map.of(Vars.KC.name(), Kienzle.specificCuttingForceNPerMm2(get(in, Vars.KC11),
                        get(in, Vars.MC), get(in, Vars.CHIP_THICKNESS))));
    }

    private static Formula kienzleRake() {
        return Formula.builder("kienzle-specific-cutting-force-rake-corrected",
                        "Specific cutting force with rake-angle correction")
                .expression("kc = kc1.1·h^(−mc)·(1 − (γ0 − γref)/100)")
                .inputs(Vars.KC11, Vars.MC, Vars.CHIP_THICKNESS, Vars.RAKE, Vars.REFERENCE_RAKE)
                .outputs(Vars.KC.withRange(0.0, 1e7))
                .validity("As kienzle-specific-cutting-force; each degree of rake above the reference lowers kc by "
                        + "1 %. Sandvik-type and König/Tschätsch-type constants are not interchangeable without "
                        + "shifting the reference.")
                .cite(Sources.S4, Sources.S23, Sources.S31)
                .alternative("sandvik-zero-rake", "kc = kc1·hm^(−mc)·(1 − γ0/100), γref = 0°", Sources.S4,
                        "engine default for the ISCAR/VDI 3323 table; form recalled (image on the page), same "
                                + "1 − 0.01·γ factor as Dormer Pramet's kγ [S23]", true)
                .alternative("tschaetsch-koenig", "γref = +6° steel, +2° cast iron", Sources.S31,
                        "6 % on kc for steel against the 0° reference; store the reference with each kc1 set", false)
                .example(Map.of("kc11NPerMm2", 1775.0, "mc", 0.24, "chipThicknessMm", 0.2, "rakeAngleDeg", 6.0,
                        "referenceRakeDeg", 0.0))
                .evaluator(in -> Map.of(Vars.KC.name(), Kienzle.specificCuttingForceNPerMm2(get(in, Vars.KC11),
                        get(in, Vars.MC), get(in, Vars.CHIP_THICKNESS), get(in, Vars.RAKE),
                        get(in, Vars.REFERENCE_RAKE))));
    }

    private static Formula kc04Force() {
        return Formula.builder("sandvik-kc04-tangential-force", "Tangential turning force, Sandvik kc0.4 form")
                .expression("Ft = kc0.4·(0.4 / (fn·sin κr))^mc·fn·ap")
                .inputs(KC04, MC_SANDVIK, Vars.FEED_PER_REV, Vars.ENTERING_ANGLE, Vars.AXIAL_DEPTH)
                .outputs(TANGENTIAL)
                .validity("The Kienzle law re-anchored at h = 0.4 mm (kc0.4 = kc1.1·0.4^(−mc)); for κr ≥ 75° "
                        + "sin κr ≈ 1 may be used.")
                .cite(Sources.S1, Sources.S5)
                .alternative("material-mc", "mc of the work material (ISCAR 0.20–0.28)", Sources.S45,
                        "engine default when the material's mc is known", true)
                .alternative("sandvik-general-mc", "mc = 0.29", Sources.S1, "Sandvik's general value; small "
                        + "difference", false)
                .example(Map.of("kc04NPerMm2", 2215.0, "mc", 0.24, "feedPerRevMm", 0.3, "enteringAngleDeg", 95.0,
                        "axialDepthMm", 2.0))
                .evaluator(in -> Map.of(TANGENTIAL.name(), Kienzle.sandvikTangentialForceN(get(in, KC04),
                        get(in, MC_SANDVIK), get(in, Vars.FEED_PER_REV), get(in, Vars.ENTERING_ANGLE),
                        get(in, Vars.AXIAL_DEPTH))));
    }

    private static Formula turningForce() {
        return Formula.builder("turning-cutting-force", "Main cutting force, turning")
                .expression("Fc = kc·ap·fn")
                .inputs(Vars.KC, Vars.AXIAL_DEPTH, Vars.FEED_PER_REV)
                .outputs(CUTTING_FORCE)
                .validity("kc evaluated at h = fn·sin κr. Feed and passive forces are not covered by kc1.1.")
                .cite(Sources.S30, Sources.S1)
                .example(Map.of("kcNPerMm2", 3100.0, "axialDepthMm", 3.0, "feedPerRevMm", 0.2))
                .evaluator(in -> Map.of(CUTTING_FORCE.name(), ForcePower.turningCuttingForceN(get(in, Vars.KC),
                        get(in, Vars.AXIAL_DEPTH), get(in, Vars.FEED_PER_REV))));
    }

    private static Formula millingForce() {
        return Formula.builder("milling-mean-tangential-force", "Mean tangential force, milling")
                .expression("F_t,mean = kc·ap·ae·fz·z / (π·D)  (= 2000·Mc / D)")
                .inputs(Vars.KC, Vars.AXIAL_DEPTH, Vars.RADIAL_DEPTH, Vars.FEED_PER_TOOTH, Vars.TEETH,
                        Vars.DIAMETER)
                .outputs(MEAN_FORCE)
                .validity("kc evaluated at hm; time average — peak forces with few teeth engaged are higher.")
                .cite(Sources.S2, Sources.REFERENCE + " §5")
                .example(Map.of("kcNPerMm2", 1800.0, "axialDepthMm", 2.0, "radialDepthMm", 80.0,
                        "feedPerToothMm", 0.229, "teeth", 12.0, "diameterMm", 250.0))
                .evaluator(in -> Map.of(MEAN_FORCE.name(), ForcePower.millingMeanTangentialForceN(get(in, Vars.KC),
                        get(in, Vars.AXIAL_DEPTH), get(in, Vars.RADIAL_DEPTH), get(in, Vars.FEED_PER_TOOTH),
                        Checks.wholeCount(Vars.TEETH.name(), get(in, Vars.TEETH)), get(in, Vars.DIAMETER))));
    }

    private static Formula turningPower() {
        return Formula.builder("turning-net-power", "Net and spindle power, turning")
                .expression("Pc = vc·ap·fn·kc / (60·10³); P = Pc / η")
                .inputs(Vars.CUTTING_SPEED, Vars.AXIAL_DEPTH, Vars.FEED_PER_REV, Vars.KC, Vars.EFFICIENCY)
                .outputs(Vars.NET_POWER.withRange(0.0, 1e6), SPINDLE_POWER)
                .validity("kc evaluated at h = fn·sin κr.")
                .cite(Sources.S1, Sources.S9)
                .example(Sources.S9 + ": mild steel, vc 120, ap 3, f 0.2, kc 3100, η 0.8 → 4.65 kW",
                        Map.of("cuttingSpeedMPerMin", 120.0, "axialDepthMm", 3.0, "feedPerRevMm", 0.2,
                                "kcNPerMm2", 3100.0, "efficiency", 0.8),
                        Map.of("netPowerKw", 3.72, "spindlePowerKw", 4.65), 0.001)
                .evaluator(in -> {
                    double net = ForcePower.turningNetPowerKw(get(in, Vars.CUTTING_SPEED), get(in, Vars.AXIAL_DEPTH),
                            get(in, Vars.FEED_PER_REV), get(in, Vars.KC));
                    return Map.of(Vars.NET_POWER.name(), net,
                            SPINDLE_POWER.name(), ForcePower.spindlePowerKw(net, get(in, Vars.EFFICIENCY)));
                });
    }

    private static Formula millingPower() {
        return Formula.builder("milling-net-power", "Net and spindle power, milling")
                .expression("Pc = ap·ae·vf·kc / (60·10⁶); P = Pc / η")
                .inputs(Vars.AXIAL_DEPTH, Vars.RADIAL_DEPTH, Vars.TABLE_FEED, Vars.KC, Vars.EFFICIENCY)
                .outputs(Vars.NET_POWER.withRange(0.0, 1e6), SPINDLE_POWER)
                .validity("kc evaluated at hm; time-averaged power — peak power in interrupted cuts with few teeth "
                        + "engaged is higher.")
                .cite(Sources.S2, Sources.S11, Sources.S9)
                .example(Sources.S9 + ": tool steel, Ø250 × 12, ap 2, ae 80, vf 280, kc 1800, η 0.8 → 1.68 kW",
                        Map.of("axialDepthMm", 2.0, "radialDepthMm", 80.0, "tableFeedMmPerMin", 280.0,
                                "kcNPerMm2", 1800.0, "efficiency", 0.8),
                        Map.of("netPowerKw", 1.344, "spindlePowerKw", 1.68), 0.001)
                .evaluator(in -> {
                    double net = ForcePower.millingNetPowerKw(get(in, Vars.AXIAL_DEPTH), get(in, Vars.RADIAL_DEPTH),
                            get(in, Vars.TABLE_FEED), get(in, Vars.KC));
                    return Map.of(Vars.NET_POWER.name(), net,
                            SPINDLE_POWER.name(), ForcePower.spindlePowerKw(net, get(in, Vars.EFFICIENCY)));
                });
    }

    private static Formula spindlePower() {
        return Formula.builder("spindle-power", "Spindle (motor) power from net power")
                .expression("P = Pc / η")
                .inputs(Vars.NET_POWER, Vars.EFFICIENCY)
                .outputs(SPINDLE_POWER)
                .validity("η is the machine efficiency: Mitsubishi uses 0.8, Kyocera quotes 0.7–0.8.")
                .cite(Sources.S9, Sources.S22)
                .example(Sources.S9 + ": 3.72 kW net at η 0.8", Map.of("netPowerKw", 3.72, "efficiency", 0.8),
                        Map.of("spindlePowerKw", 4.65), 1e-9)
                .evaluator(in -> Map.of(SPINDLE_POWER.name(), ForcePower.spindlePowerKw(get(in, Vars.NET_POWER),
                        get(in, Vars.EFFICIENCY))));
    }

    private static Formula torque() {
        return Formula.builder("torque-from-power", "Torque from power and spindle speed")
                .expression("M = P·30·10³ / (π·n) = 9549.3·P / n")
                .inputs(Vars.POWER, Vars.SPINDLE_SPEED)
                .outputs(Vars.TORQUE)
                .validity("P[kW]·1000 / ω with ω = 2πn/60; use net power for torque at the edge, spindle power "
                        + "for the motor.")
                .cite(Sources.S1, Sources.S2, Sources.S3)
                .example(Map.of("powerKw", 1.344, "spindleSpeedRpm", 101.86))
                .evaluator(in -> Map.of(Vars.TORQUE.name(), ForcePower.torqueNm(get(in, Vars.POWER),
                        get(in, Vars.SPINDLE_SPEED))));
    }

    private static Formula drillingSandvik() {
        return Formula.builder("drilling-sandvik-loads", "Drilling thrust, torque and power (Sandvik kc-based)")
                .expression("hm = fn·sin κr / 2; kc = kc1.1·hm^(−mc)·(1 − (γ0 − γref)/100); "
                        + "Ff = 0.5·kc·(Dc/2)·fn·sin κr; Mc = kc·fn·Dc² / 8000; Pc = fn·vc·Dc·kc / (240·10³)")
                .inputs(Vars.KC11, Vars.MC, Vars.RAKE, Vars.REFERENCE_RAKE, DRILL_DIAMETER, Vars.FEED_PER_REV,
                        Vars.CUTTING_SPEED, POINT_ANGLE)
                .outputs(Vars.CHIP_THICKNESS, Vars.KC.withRange(0.0, 1e7), Vars.THRUST, Vars.TORQUE,
                        Vars.NET_POWER.withRange(0.0, 1e6))
                .validity("Solid drilling with two effective edges; the chisel edge is not modelled, so thrust is a "
                        + "lower estimate. Engine default for power and torque; report both methods for thrust.")
                .cite(Sources.S3, Sources.S4, Sources.S45)
                .alternative("drilling-sandvik-loads", "Ff = 0.5·kc·(Dc/2)·fn·sin κr", Sources.S3,
                        "metric Sandvik form; engine default for power and torque", true)
                .alternative("imperial-sheet-thrust", "Ff = 0.7·(D/2)·f·kc", Sources.S39,
                        "+40 % thrust against the 0.5 factor", false)
                .alternative("drilling-tungaloy-loads", "Tc = 570·K·D·f^0.85; Mc = K·D²·(0.630 + 16.84·f)/100",
                        Sources.S40, "includes the chisel edge: SCM440 Ø20 f 0.2 gives 6995 N vs ≈ 2670 N (2.6×) and "
                                + "38.5 vs 31 N·m (+24 %); use it for fixture and spindle thrust limits", false)
                .example(Sources.REFERENCE + " §12.3 with " + Sources.S45
                                + ": SCM440/42CrMo4 Q&T grp 8 (1725/0.24), Ø20, f 0.2, 118° point",
                        Map.of("kc11NPerMm2", 1725.0, "mc", 0.24, "rakeAngleDeg", 0.0, "referenceRakeDeg", 0.0,
                                "diameterMm", 20.0, "feedPerRevMm", 0.2, "cuttingSpeedMPerMin", 80.0,
                                "pointAngleDeg", 118.0),
                        Map.of("thrustN", 2670.0, "torqueNm", 31.0), 0.01)
                .evaluator(in -> {
                    KienzleCoefficients set = new KienzleCoefficients(get(in, Vars.KC11), get(in, Vars.MC),
                            get(in, Vars.REFERENCE_RAKE));
                    double fn = get(in, Vars.FEED_PER_REV);
                    double point = get(in, POINT_ANGLE);
                    double hm = Drilling.chipThicknessMm(fn, point);
                    DrillingLoads loads = Drilling.sandvik(set, get(in, Vars.RAKE), get(in, DRILL_DIAMETER), fn,
                            get(in, Vars.CUTTING_SPEED), point);
                    return Map.of(Vars.CHIP_THICKNESS.name(), hm,
                            Vars.KC.name(), set.kcNPerMm2(hm, get(in, Vars.RAKE)),
                            Vars.THRUST.name(), loads.thrustN(),
                            Vars.TORQUE.name(), loads.torqueNm(),
                            Vars.NET_POWER.name(), loads.netPowerKw());
                });
    }

    private static Formula drillingTungaloy() {
        return Formula.builder("drilling-tungaloy-loads", "Drilling thrust, torque and power (Tungaloy empirical)")
                .expression("Tc = 570·K·D·f^0.85; Mc = K·D²·(0.630 + 16.84·f) / 100; "
                        + "Pc = K·D²·n·(0.647 + 17.29·f)·10⁻⁶")
                .inputs(MATERIAL_CONSTANT, DRILL_DIAMETER, Vars.FEED_PER_REV.withRange(0.01, 1.0),
                        Vars.SPINDLE_SPEED)
                .outputs(Vars.THRUST, Vars.TORQUE, Vars.NET_POWER.withRange(0.0, 1e6))
                .validity("Conventional twist drills, chisel edge included; D in mm and f in mm/rev (the US "
                        + "edition's inch labels do not fit the constants). Pc agrees with Mc·n/9549.3 within 2 %.")
                .cite(Sources.S40)
                .alternative("drilling-tungaloy-loads", "Tc = 570·K·D·f^0.85", Sources.S40,
                        "default for checking fixture and spindle thrust limits of twist drills", true)
                .alternative("drilling-sandvik-loads", "Ff = 0.5·kc·(Dc/2)·fn·sin κr", Sources.S3,
                        "no chisel edge: 2.6× lower thrust for SCM440 Ø20 f 0.2", false)
                .example(Sources.S40 + ": SCM440 (K 2.41), Ø20, f 0.2 → 6995 N, 38.5 N·m",
                        Map.of("materialConstant", 2.41, "diameterMm", 20.0, "feedPerRevMm", 0.2,
                                "spindleSpeedRpm", 1000.0),
                        Map.of("thrustN", 6995.0, "torqueNm", 38.5), 0.002)
                .evaluator(in -> {
                    DrillingLoads loads = Drilling.tungaloy(get(in, MATERIAL_CONSTANT), get(in, DRILL_DIAMETER),
                            get(in, Vars.FEED_PER_REV), get(in, Vars.SPINDLE_SPEED));
                    return Map.of(Vars.THRUST.name(), loads.thrustN(), Vars.TORQUE.name(), loads.torqueNm(),
                            Vars.NET_POWER.name(), loads.netPowerKw());
                });
    }
}
