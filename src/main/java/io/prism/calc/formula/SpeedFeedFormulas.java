package io.prism.calc.formula;

import static io.prism.calc.formula.Vars.get;

import io.prism.calc.internal.Checks;
import java.util.List;
import java.util.Map;

/** Registry entries for cutting speed, spindle speed, feeds, cutting time and metal removal rate. */
final class SpeedFeedFormulas {

    private static final Variable EFFECTIVE_DIAMETER = new Variable("effectiveDiameterMm", "D_eff", "mm",
            "effective cutting diameter at depth ap", 0.0, 3000.0);
    private static final Variable EFFECTIVE_SPEED = new Variable("effectiveCuttingSpeedMPerMin", "vc_eff", "m/min",
            "cutting speed at the effective diameter", 0.0, 1e6);
    private static final Variable REMOVAL_RATE = new Variable("removalRateCm3PerMin", "Q", "cm³/min",
            "metal removal rate", 0.0, 1e9);

    private SpeedFeedFormulas() {
    }

    static List<Formula> all() {
        return List.of(cuttingSpeed(), spindleSpeed(), ballNose(), millingTableFeed(), feedPerTooth(), feedRate(),
                cuttingTime(), removalMilling(), removalTurning(), removalDrilling());
    }

    private static Formula cuttingSpeed() {
        return Formula.builder("cutting-speed-from-spindle-speed", "Cutting speed from spindle speed")
                .expression("vc = π·D·n / 1000")
                .inputs(Vars.DIAMETER, Vars.SPINDLE_SPEED)
                .outputs(Vars.CUTTING_SPEED.withRange(0.0, 1e6))
                .validity("D is the diameter being cut: machined diameter Dm in turning (Sandvik), tool diameter in "
                        + "milling and drilling. Imperial: vc[ft/min] = π·D[in]·n/12.")
                .cite(Sources.S1, Sources.S2, Sources.S3, Sources.S6, Sources.S7, Sources.S8)
                .alternative("machined-diameter", "vc = π·Dm·n / 1000", Sources.S1,
                        "Sandvik: turning speed at the machined (final) diameter Dm", true)
                .alternative("workpiece-diameter", "vc = π·Dwork·n / 1000", Sources.S6,
                        "Mitsubishi: workpiece (initial) diameter, larger by 2·ap; state which one is used", false)
                .example(Sources.S6 + ": Ø50 at 700 rpm (vendor rounds π to 3.14)",
                        Map.of("diameterMm", 50.0, "spindleSpeedRpm", 700.0), Map.of("cuttingSpeedMPerMin", 110.0),
                        0.001)
                .example(Sources.S7 + ": Ø125 cutter at 350 rpm",
                        Map.of("diameterMm", 125.0, "spindleSpeedRpm", 350.0), Map.of("cuttingSpeedMPerMin", 137.4),
                        0.001)
                .example(Sources.S8 + ": Ø12 drill at 1350 rpm",
                        Map.of("diameterMm", 12.0, "spindleSpeedRpm", 1350.0), Map.of("cuttingSpeedMPerMin", 50.9),
                        0.001)
                .evaluator(in -> Map.of("cuttingSpeedMPerMin",
                        Cutting.cuttingSpeedMPerMin(get(in, Vars.DIAMETER), get(in, Vars.SPINDLE_SPEED))));
    }

    private static Formula spindleSpeed() {
        return Formula.builder("spindle-speed-from-cutting-speed", "Spindle speed from cutting speed")
                .expression("n = 1000·vc / (π·D)")
                .inputs(Vars.DIAMETER, Vars.CUTTING_SPEED)
                .outputs(Vars.SPINDLE_SPEED.withRange(0.0, 1e9))
                .validity("Same diameter convention as cutting-speed-from-spindle-speed; check the result against "
                        + "the machine's speed range.")
                .cite(Sources.S1, Sources.S2, Sources.S3, Sources.S6, Sources.S7)
                .example(Sources.S7 + ": Ø125 cutter at 137.4 m/min",
                        Map.of("diameterMm", 125.0, "cuttingSpeedMPerMin", 137.4), Map.of("spindleSpeedRpm", 350.0),
                        0.001)
                .example(Sources.S9 + ": Ø250 face mill at 80 m/min",
                        Map.of("diameterMm", 250.0, "cuttingSpeedMPerMin", 80.0), Map.of("spindleSpeedRpm", 101.9),
                        0.001)
                .evaluator(in -> Map.of("spindleSpeedRpm",
                        Cutting.spindleSpeedRpm(get(in, Vars.DIAMETER), get(in, Vars.CUTTING_SPEED))));
    }

    private static Formula ballNose() {
        Variable diameter = Vars.DIAMETER.describedAs("ball diameter D (or round-insert diameter iC)");
        return Formula.builder("ball-nose-effective-cutting-speed",
                        "Effective diameter and cutting speed of a ball nose or round insert")
                .expression("D_eff = 2·√(ap·(D − ap)) for ap < D/2, else D; vc_eff = π·D_eff·n / 1000")
                .inputs(diameter, Vars.AXIAL_DEPTH, Vars.SPINDLE_SPEED)
                .outputs(EFFECTIVE_DIAMETER, EFFECTIVE_SPEED)
                .validity("Surface normal to the tool axis (no tilt), ideal sphere or circle. Helical's "
                        + "Deff = 2·√(R² − (R − ap)²) is the same expression.")
                .cite(Sources.S11, Sources.S12, Sources.S2)
                .example(Map.of("diameterMm", 10.0, "axialDepthMm", 0.5, "spindleSpeedRpm", 10_000.0))
                .evaluator(in -> Map.of(
                        EFFECTIVE_DIAMETER.name(), Cutting.effectiveDiameterMm(get(in, diameter),
                                get(in, Vars.AXIAL_DEPTH)),
                        EFFECTIVE_SPEED.name(), Cutting.effectiveCuttingSpeedMPerMin(get(in, diameter),
                                get(in, Vars.AXIAL_DEPTH), get(in, Vars.SPINDLE_SPEED))));
    }

    private static Formula millingTableFeed() {
        return Formula.builder("milling-table-feed", "Milling table feed from feed per tooth")
                .expression("vf = fz·z·n; fn = z·fz")
                .inputs(Vars.FEED_PER_TOOTH, Vars.TEETH, Vars.SPINDLE_SPEED)
                .outputs(Vars.TABLE_FEED.withRange(0.0, 1e9), Vars.FEED_PER_REV.withRange(0.0, 1e4))
                .validity("z is the number of effective teeth (zc).")
                .cite(Sources.S2, Sources.S7)
                .example(Sources.S7 + ": 16 inserts, fz 0.25 mm, 200 rpm",
                        Map.of("feedPerToothMm", 0.25, "teeth", 16.0, "spindleSpeedRpm", 200.0),
                        Map.of("tableFeedMmPerMin", 800.0, "feedPerRevMm", 4.0), 1e-9)
                .evaluator(in -> {
                    int teeth = Checks.wholeCount(Vars.TEETH.name(), get(in, Vars.TEETH));
                    double fz = get(in, Vars.FEED_PER_TOOTH);
                    return Map.of("tableFeedMmPerMin", Feeds.tableFeedMmPerMin(fz, teeth,
                                    get(in, Vars.SPINDLE_SPEED)),
                            "feedPerRevMm", Feeds.feedPerRevMm(fz, teeth));
                });
    }

    private static Formula feedPerTooth() {
        return Formula.builder("feed-per-tooth-from-table-feed", "Feed per tooth from table feed")
                .expression("fz = vf / (z·n)")
                .inputs(Vars.TABLE_FEED, Vars.TEETH, Vars.SPINDLE_SPEED)
                .outputs(Vars.FEED_PER_TOOTH.withRange(0.0, 1e6))
                .validity("z is the number of effective teeth.")
                .cite(Sources.S7)
                .example(Sources.S7 + ": 500 mm/min, 10 inserts, 500 rpm",
                        Map.of("tableFeedMmPerMin", 500.0, "teeth", 10.0, "spindleSpeedRpm", 500.0),
                        Map.of("feedPerToothMm", 0.1), 1e-9)
                .example(Sources.S9 + ": 280 mm/min, 12 inserts, 101.9 rpm (vendor prints 0.228)",
                        Map.of("tableFeedMmPerMin", 280.0, "teeth", 12.0, "spindleSpeedRpm", 101.9),
                        Map.of("feedPerToothMm", 0.228), 0.006)
                .evaluator(in -> Map.of("feedPerToothMm", Feeds.feedPerToothMm(get(in, Vars.TABLE_FEED),
                        Checks.wholeCount(Vars.TEETH.name(), get(in, Vars.TEETH)),
                        get(in, Vars.SPINDLE_SPEED))));
    }

    private static Formula feedRate() {
        return Formula.builder("feed-rate-from-feed-per-rev", "Feed rate of turning and drilling")
                .expression("vf = fn·n")
                .inputs(Vars.FEED_PER_REV, Vars.SPINDLE_SPEED)
                .outputs(Vars.TABLE_FEED.withRange(0.0, 1e9))
                .validity("Turning and drilling; for tapping fn is the pitch P (see tapping-feed).")
                .cite(Sources.S1, Sources.S3, Sources.S8)
                .example(Sources.S8 + ": 0.2 mm/rev at 1350 rpm",
                        Map.of("feedPerRevMm", 0.2, "spindleSpeedRpm", 1350.0), Map.of("tableFeedMmPerMin", 270.0),
                        1e-9)
                .evaluator(in -> Map.of("tableFeedMmPerMin",
                        Feeds.feedRateMmPerMin(get(in, Vars.FEED_PER_REV), get(in, Vars.SPINDLE_SPEED))));
    }

    private static Formula cuttingTime() {
        return Formula.builder("cutting-time", "Cutting time of a feed path")
                .expression("t = L / vf")
                .inputs(Vars.LENGTH, Vars.TABLE_FEED)
                .outputs(Vars.CUTTING_TIME)
                .validity("Face milling across a part: L = workpiece length + cutter diameter (Mitsubishi "
                        + "convention); the caller forms L.")
                .cite(Sources.S7)
                .example(Sources.S7 + ": 300 mm block + Ø200 cutter at 800 mm/min",
                        Map.of("lengthMm", 500.0, "tableFeedMmPerMin", 800.0), Map.of("cuttingTimeMin", 0.625), 1e-9)
                .evaluator(in -> Map.of("cuttingTimeMin",
                        Feeds.cuttingTimeMin(get(in, Vars.LENGTH), get(in, Vars.TABLE_FEED))));
    }

    private static Formula removalMilling() {
        return Formula.builder("removal-rate-milling", "Metal removal rate, milling")
                .expression("Q = ap·ae·vf / 1000")
                .inputs(Vars.AXIAL_DEPTH, Vars.RADIAL_DEPTH, Vars.TABLE_FEED)
                .outputs(REMOVAL_RATE)
                .validity("Steady cut; Q in cm³/min.")
                .cite(Sources.S2, Sources.S11, Sources.S23)
                .example(Map.of("axialDepthMm", 2.0, "radialDepthMm", 80.0, "tableFeedMmPerMin", 280.0))
                .evaluator(in -> Map.of(REMOVAL_RATE.name(), Removal.millingCm3PerMin(get(in, Vars.AXIAL_DEPTH),
                        get(in, Vars.RADIAL_DEPTH), get(in, Vars.TABLE_FEED))));
    }

    private static Formula removalTurning() {
        return Formula.builder("removal-rate-turning", "Metal removal rate, turning")
                .expression("Q = vc·ap·fn")
                .inputs(Vars.CUTTING_SPEED, Vars.AXIAL_DEPTH, Vars.FEED_PER_REV)
                .outputs(REMOVAL_RATE)
                .validity("Steady cut; Q in cm³/min (m/min × mm × mm).")
                .cite(Sources.S1, Sources.S22)
                .example(Map.of("cuttingSpeedMPerMin", 120.0, "axialDepthMm", 3.0, "feedPerRevMm", 0.2))
                .evaluator(in -> Map.of(REMOVAL_RATE.name(), Removal.turningCm3PerMin(get(in, Vars.CUTTING_SPEED),
                        get(in, Vars.AXIAL_DEPTH), get(in, Vars.FEED_PER_REV))));
    }

    private static Formula removalDrilling() {
        return Formula.builder("removal-rate-drilling", "Metal removal rate, solid drilling")
                .expression("Q = vc·Dc·fn / 4  (= π·Dc²/4 · vf / 1000)")
                .inputs(Vars.CUTTING_SPEED, Vars.DIAMETER.describedAs("drill diameter Dc"), Vars.FEED_PER_REV)
                .outputs(REMOVAL_RATE)
                .validity("Solid drilling (no pilot hole); Q in cm³/min.")
                .cite(Sources.S3)
                .example(Map.of("cuttingSpeedMPerMin", 50.9, "diameterMm", 12.0, "feedPerRevMm", 0.2))
                .evaluator(in -> Map.of(REMOVAL_RATE.name(), Removal.drillingCm3PerMin(get(in, Vars.CUTTING_SPEED),
                        get(in, Vars.DIAMETER), get(in, Vars.FEED_PER_REV))));
    }
}
