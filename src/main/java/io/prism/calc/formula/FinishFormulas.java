package io.prism.calc.formula;

import static io.prism.calc.formula.Vars.get;

import java.util.List;
import java.util.Map;

/** Registry entries for surface roughness, scallop height, end-mill deflection and ISO metric threads. */
final class FinishFormulas {

    private static final Variable RZ = new Variable("rzUm", "Rz", "µm", "theoretical peak-to-valley roughness",
            0.0, 1e6);
    private static final Variable RZ_EXACT = new Variable("rzExactUm", "Rz", "µm",
            "exact arc peak-to-valley height", 0.0, 1e6);
    private static final Variable RA = new Variable("raUm", "Ra", "µm", "ideal arithmetic mean roughness",
            0.0, 1e6);
    private static final Variable TARGET_RA = RA.describedAs("target Ra").withRange(0.01, 100.0);
    private static final Variable FORCE = new Variable("radialForceN", "F", "N", "radial (deflecting) force at the "
            + "tip", 0.0, 1e5);
    private static final Variable STICK_OUT = new Variable("stickOutMm", "L", "mm", "overhang from the holder face",
            1.0, 1000.0);
    private static final Variable FLUTED_LENGTH = new Variable("flutedLengthMm", "Lf", "mm", "fluted length at the "
            + "tip (≤ L)", 0.1, 1000.0);
    private static final Variable SHANK_DIAMETER = new Variable("shankDiameterMm", "Ds", "mm", "shank diameter",
            0.1, 100.0);
    private static final Variable TOOL_DIAMETER = Vars.DIAMETER.describedAs("cutter diameter").withRange(0.1, 100.0);
    private static final Variable FACTOR = new Variable("diameterFactor", "k", "1",
            "effective-diameter factor of the fluted part (default 0.8; 1.0 for a plain shank)", 0.5, 1.0);
    private static final Variable MODULUS = new Variable("youngsModulusNPerMm2", "E", "N/mm²",
            "Young's modulus of the tool (default carbide 600 000, HSS 210 000)", 50_000.0, 1_000_000.0);
    private static final Variable EFFECTIVE_DIAMETER = new Variable("effectiveDiameterMm", "De", "mm",
            "effective diameter k·D", 0.0, 100.0);
    private static final Variable DEFLECTION = new Variable("deflectionMm", "δ", "mm", "tip deflection", 0.0, 1e12);
    private static final Variable H = new Variable("fundamentalTriangleHeightMm", "H", "mm",
            "height of the fundamental triangle", 0.0, 10.0);
    private static final Variable D2 = new Variable("pitchDiameterMm", "D2", "mm", "pitch diameter", 0.0, 300.0);
    private static final Variable D1 = new Variable("internalMinorDiameterMm", "D1", "mm",
            "internal (nut) minor diameter", 0.0, 300.0);
    private static final Variable D3 = new Variable("externalMinorDiameterMm", "d3", "mm",
            "external (bolt) minor diameter", 0.0, 300.0);
    private static final Variable TAP_DRILL = new Variable("tapDrillMm", "d_tap", "mm",
            "recommended tap drill (table value for tabulated coarse threads, else D − P)", 0.0, 300.0);
    private static final Variable RULE_DRILL = new Variable("ruleOfThumbTapDrillMm", "D − P", "mm",
            "tap drill by the D − P rule (≈ 75 % thread)", 0.0, 300.0);
    private static final Variable FROM_TABLE = new Variable("fromStandardTable", "table", "1",
            "1 when tapDrillMm is the ISO 2306 / DIN 336 table value, 0 when it is the D − P rule", 0.0, 1.0);

    private FinishFormulas() {
    }

    static List<Formula> all() {
        return List.of(turningRoughness(), maxFeed(), scallop(), stepover(), deflection(), steppedDeflection(),
                threadDimensions(), tapDrill(), tappingFeed());
    }

    private static Formula turningRoughness() {
        Variable feed = Vars.FEED_PER_REV.withRange(0.001, 5.0);
        return Formula.builder("turning-roughness", "Theoretical roughness of turning with a nose radius")
                .expression("Rz = f²/(8·rε)·1000; Rz_exact = (rε − √(rε² − f²/4))·1000; Ra = f²/(32·rε)·1000")
                .inputs(feed, Vars.NOSE_RADIUS)
                .outputs(RZ, RZ_EXACT, RA)
                .validity("Feed marks formed only by the nose radius (f ≤ 2·rε, and f small against rε); real "
                        + "finishes are 1.5–2× higher (built-up edge, wear, vibration); wipers not modelled.")
                .cite(Sources.S6, Sources.S22, Sources.S33, Sources.S24, Sources.S25)
                .alternative("ra-32", "Ra = f²/(32·rε)", Sources.S33 + "; " + Sources.S24,
                        "engine default (Groover ideal roughness)", true)
                .alternative("ra-31-2", "Ra = f²/(31.2·rε)", Sources.S25, "+2.6 % against 32", false)
                .alternative("ra-18-sqrt3", "Ra = f²/(18√3·rε) = 0.0321·f²/rε", Sources.REFERENCE + " §10.1",
                        "exact for a parabolic scallop; +2.7 % against 32", false)
                .alternative("ra-24-rejected", "Ra = f²/(24·rε)", "some calculator pages (calc-reference §10.1)",
                        "rejected: 24 is the valley-to-mean-line distance of a parabola, not Ra (+33 %)", false)
                .example(Map.of("feedPerRevMm", 0.2, "noseRadiusMm", 0.8))
                .evaluator(in -> {
                    double f = get(in, feed);
                    double r = get(in, Vars.NOSE_RADIUS);
                    return Map.of(RZ.name(), Roughness.turningRzUm(f, r), RZ_EXACT.name(),
                            Roughness.turningRzExactUm(f, r), RA.name(), Roughness.turningRaUm(f, r));
                });
    }

    private static Formula maxFeed() {
        return Formula.builder("max-feed-for-roughness", "Largest turning feed for a target Ra")
                .expression("f = √(Ra·32·rε / 1000)")
                .inputs(TARGET_RA, Vars.NOSE_RADIUS)
                .outputs(Vars.FEED_PER_REV.withRange(0.0, 100.0))
                .validity("Inverse of Ra = f²/(32·rε); Ra ≤ 125·rε (f ≤ 2·rε).")
                .cite(Sources.S33, Sources.S24)
                .example(Map.of("raUm", 1.6, "noseRadiusMm", 0.8))
                .evaluator(in -> Map.of(Vars.FEED_PER_REV.name(), Roughness.maxFeedForRaMm(get(in, TARGET_RA),
                        get(in, Vars.NOSE_RADIUS))));
    }

    private static Formula scallop() {
        return Formula.builder("ball-nose-scallop-height", "Scallop (cusp) height of a ball-nose cutter")
                .expression("h = R − √(R² − (s/2)²), R = D/2")
                .inputs(Vars.BALL_DIAMETER, Vars.STEPOVER)
                .outputs(Vars.SCALLOP.withRange(0.0, 100.0))
                .validity("Flat surface normal to the tool axis, parallel passes, ideal sphere; s ≤ D. Rough "
                        + "conversion sometimes quoted: Ra ≈ h/4.")
                .cite(Sources.S25, Sources.S19, Sources.S20)
                .alternative("exact", "h = R − √(R² − (s/2)²)", Sources.S25, "engine default", true)
                .alternative("small-stepover", "h ≈ s²/(8R)", Sources.S20 + "; " + Sources.S21,
                        "4 % low at s = 0.8R; not the main formula", false)
                .example(Sources.S25 + ": Ø6 ball, stepover 0.5 → 0.01043 mm",
                        Map.of("ballDiameterMm", 6.0, "stepoverMm", 0.5), Map.of("scallopHeightMm", 0.01043), 0.001)
                .example(Sources.S19 + ": Ø0.5 in ball, stepover 0.050 in → 0.001253 in (31.8 µm)",
                        Map.of("ballDiameterMm", 12.7, "stepoverMm", 1.27),
                        Map.of("scallopHeightMm", 0.001253 * 25.4), 0.001)
                .evaluator(in -> Map.of(Vars.SCALLOP.name(), Roughness.scallopHeightMm(get(in, Vars.BALL_DIAMETER),
                        get(in, Vars.STEPOVER))));
    }

    private static Formula stepover() {
        Variable scallop = Vars.SCALLOP.describedAs("target scallop height");
        return Formula.builder("ball-nose-stepover-for-scallop", "Ball-nose stepover for a target scallop height")
                .expression("s = 2·√(R² − (R − h)²), R = D/2")
                .inputs(Vars.BALL_DIAMETER, scallop)
                .outputs(Vars.STEPOVER.withRange(0.0, 200.0))
                .validity("As ball-nose-scallop-height; h ≤ R.")
                .cite(Sources.S25, Sources.S19, Sources.S20)
                .example(Sources.S25 + ": Ø6 ball, target 0.005 mm → stepover 0.346 mm",
                        Map.of("ballDiameterMm", 6.0, "scallopHeightMm", 0.005), Map.of("stepoverMm", 0.346), 0.001)
                .evaluator(in -> Map.of(Vars.STEPOVER.name(), Roughness.stepoverForScallopMm(
                        get(in, Vars.BALL_DIAMETER), get(in, scallop))));
    }

    private static Formula deflection() {
        return Formula.builder("end-mill-deflection", "End-mill deflection (cantilever, effective diameter)")
                .expression("δ = F·L³ / (3·E·I), I = π·De⁴/64, De = k·D")
                .inputs(FORCE, STICK_OUT, TOOL_DIAMETER, FACTOR, MODULUS)
                .outputs(EFFECTIVE_DIAMETER, DEFLECTION)
                .validity("Small elastic deflection, rigid holder and spindle, static load at the tip. Doubling L "
                        + "gives 8×, doubling D 1/16 of the deflection.")
                .cite(Sources.S26, Sources.S27, Sources.S28)
                .alternative("k-0.8", "De = 0.8·D", Sources.S28 + "; " + Sources.S27,
                        "engine default (Kops & Vo ≈ 0.8 for 2- and 4-flute cutters)", true)
                .alternative("k-0.7", "De = 0.7·D", Sources.S27,
                        "lower end of Mitsubishi's 0.7–0.8: 1.71× the deflection of k = 0.8", false)
                .alternative("e-calculatorhub", "E = 580 GPa carbide, 200 GPa HSS", Sources.S26,
                        "≈ 5 % below the engine defaults 600 / 210 GPa (handbook 600–650 / 210–220)", false)
                .example(Map.of("radialForceN", 200.0, "stickOutMm", 40.0, "diameterMm", 10.0,
                        "diameterFactor", 0.8, "youngsModulusNPerMm2", 600_000.0))
                .evaluator(in -> {
                    double d = get(in, TOOL_DIAMETER);
                    double k = get(in, FACTOR);
                    return Map.of(EFFECTIVE_DIAMETER.name(), Deflection.effectiveDiameterMm(d, k),
                            DEFLECTION.name(), Deflection.endMillDeflectionMm(get(in, FORCE), get(in, STICK_OUT), d,
                                    k, get(in, MODULUS)));
                });
    }

    private static Formula steppedDeflection() {
        return Formula.builder("stepped-end-mill-deflection", "End-mill deflection, shank and fluted length")
                .expression("δ = F/(3E)·[(L³ − Lf³)/Is + Lf³/If], Is = π·Ds⁴/64, If = π·(k·D)⁴/64")
                .inputs(FORCE, STICK_OUT, FLUTED_LENGTH, TOOL_DIAMETER, SHANK_DIAMETER, FACTOR, MODULUS)
                .outputs(DEFLECTION)
                .validity("Lf ≤ L; derived by integrating M(x)·(L − x)/(E·I(x)) along the overhang; reduces to "
                        + "end-mill-deflection when Is = If.")
                .cite(Sources.REFERENCE + " §11", Sources.S27, Sources.S28)
                .example(Map.of("radialForceN", 200.0, "stickOutMm", 40.0, "flutedLengthMm", 22.0,
                        "diameterMm", 10.0, "shankDiameterMm", 10.0, "diameterFactor", 0.8,
                        "youngsModulusNPerMm2", 600_000.0))
                .evaluator(in -> Map.of(DEFLECTION.name(), Deflection.steppedEndMillDeflectionMm(get(in, FORCE),
                        get(in, STICK_OUT), get(in, FLUTED_LENGTH), get(in, TOOL_DIAMETER), get(in, SHANK_DIAMETER),
                        get(in, FACTOR), get(in, MODULUS))));
    }

    private static Formula threadDimensions() {
        return Formula.builder("iso-metric-thread-dimensions", "ISO metric thread basic-profile diameters")
                .expression("H = 0.866025·P; D2 = D − 0.649519·P; D1 = D − 1.082532·P; d3 = d − 1.226869·P")
                .inputs(Vars.NOMINAL_DIAMETER, Vars.PITCH)
                .outputs(H, D2, D1, D3)
                .validity("ISO 68-1 basic profile (no tolerances); P ≤ D/2. The utilitiesbunker and toolcroze "
                        + "tables agree to 0.001 mm.")
                .cite(Sources.ISO_68_1, Sources.S41, Sources.S42)
                .example(Map.of("nominalDiameterMm", 10.0, "pitchMm", 1.5))
                .evaluator(in -> {
                    ThreadDimensions t = Threads.dimensions(get(in, Vars.NOMINAL_DIAMETER), get(in, Vars.PITCH));
                    return Map.of(H.name(), t.fundamentalTriangleHeightMm(), D2.name(), t.pitchDiameterMm(),
                            D1.name(), t.internalMinorDiameterMm(), D3.name(), t.externalMinorDiameterMm());
                });
    }

    private static Formula tapDrill() {
        return Formula.builder("tap-drill", "Tap drill for a cut tap, ISO metric")
                .expression("table value (ISO 2306 / DIN 336) for tabulated coarse threads, else D − P")
                .inputs(Vars.NOMINAL_DIAMETER, Vars.PITCH)
                .outputs(TAP_DRILL, RULE_DRILL, FROM_TABLE)
                .validity("Cut taps; form (roll) taps need larger pilot holes and are not covered. D − P "
                        + "reproduces the table to ±0.05 mm.")
                .cite(Sources.S41, Sources.S42, Sources.S43)
                .alternative("standard-table", "M8 6.8, M10 8.5, M12 10.2 …", Sources.S41 + "; " + Sources.S42
                        + "; " + Sources.S43, "engine default", true)
                .alternative("d-minus-p", "d = D − P", Sources.REFERENCE + " §13",
                        "≈ 75 % thread; M8 6.75, M12 10.25 (≤ 1 % from the table)", false)
                .alternative("utilitiesbunker-50-percent", "M10 8.70, M12 10.40", Sources.S41,
                        "larger 50 % thread drill for steels and stainless", false)
                .alternative("nightshade", "M12 10.30 (75 %), 10.90 (50 %)", Sources.S44,
                        "columns larger again than the standard table", false)
                .example(Sources.S41 + ": M12 × 1.75 → 10.2 mm (rule 10.25)",
                        Map.of("nominalDiameterMm", 12.0, "pitchMm", 1.75),
                        Map.of("tapDrillMm", 10.2, "ruleOfThumbTapDrillMm", 10.25, "fromStandardTable", 1.0), 1e-9)
                .example(Sources.S42 + ": M8 × 1.25 → 6.8 mm (rule 6.75)",
                        Map.of("nominalDiameterMm", 8.0, "pitchMm", 1.25),
                        Map.of("tapDrillMm", 6.8, "ruleOfThumbTapDrillMm", 6.75, "fromStandardTable", 1.0), 1e-9)
                .evaluator(in -> {
                    double d = get(in, Vars.NOMINAL_DIAMETER);
                    double p = get(in, Vars.PITCH);
                    TapDrill drill = Threads.tapDrill(d, p);
                    return Map.of(TAP_DRILL.name(), drill.diameterMm(),
                            RULE_DRILL.name(), Threads.tapDrillRuleOfThumbMm(d, p),
                            FROM_TABLE.name(), drill.fromStandardTable() ? 1.0 : 0.0);
                });
    }

    private static Formula tappingFeed() {
        return Formula.builder("tapping-feed", "Tapping feed rate")
                .expression("vf = n·P")
                .inputs(Vars.SPINDLE_SPEED, Vars.PITCH)
                .outputs(Vars.TABLE_FEED.withRange(0.0, 1e9))
                .validity("Rigid tapping must be synchronised with the spindle; n = 1000·vc/(π·D).")
                .cite(Sources.ISO_68_1)
                .example(Map.of("spindleSpeedRpm", 500.0, "pitchMm", 1.5))
                .evaluator(in -> Map.of(Vars.TABLE_FEED.name(), Threads.tappingFeedMmPerMin(
                        get(in, Vars.SPINDLE_SPEED), get(in, Vars.PITCH))));
    }
}
