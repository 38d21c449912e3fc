package io.prism.calc.speedfeed;

import static io.prism.calc.speedfeed.Cuts.X;

import java.util.Random;

/**
 * Seeded random inputs for the speed-and-feed engine, spread over every operation, tool type, substrate, machine
 * shape, override and target the engine handles, valid and invalid alike. The golden master and the property tests
 * draw from the same generator, so a seed names the same inputs in both.
 */
final class RandomCuts {

    private static final Operation[] ROTATING = {Operation.FACE_MILLING, Operation.SIDE_MILLING, Operation.SLOTTING,
        Operation.HIGH_EFFICIENCY_MILLING, Operation.BALL_NOSE_FINISHING, Operation.DRILLING, Operation.TAPPING};
    private static final Operation[] TURNING = {Operation.TURNING_ROUGH, Operation.TURNING_FINISH, Operation.BORING};

    private RandomCuts() {
    }

    /** The next input drawn from {@code random}. */
    static SpeedFeedInput input(Random random) {
        boolean turning = random.nextInt(4) == 0;
        Operation op = turning ? TURNING[random.nextInt(TURNING.length)] : ROTATING[random.nextInt(ROTATING.length)];
        WorkMaterial material = material(random);
        double d = 2 + random.nextDouble() * 38;
        ToolSubstrate substrate = ToolSubstrate.values()[random.nextInt(ToolSubstrate.values().length)];
        double chipMin = 0.01 + random.nextDouble() * 0.05;
        double chipMax = random.nextBoolean() ? chipMin * (1 + random.nextDouble() * 3) : X;
        double maxRpm = random.nextBoolean() ? 2000 + random.nextDouble() * 30_000 : X;
        ToolData tool;
        CutData cut;
        if (turning) {
            double dm = 10 + random.nextDouble() * 200;
            ToolType type = op == Operation.BORING && random.nextBoolean() ? ToolType.BORING_BAR
                    : ToolType.TURNING_INSERT;
            double bar = type == ToolType.BORING_BAR ? dm * (0.3 + random.nextDouble() * 0.5) : X;
            ToolData.Recommendation rec = random.nextInt(3) == 0 ? new ToolData.Recommendation(material.isoGroup(),
                    100 + random.nextDouble() * 100, 220 + random.nextDouble() * 100, 0.05 + random.nextDouble() * 0.1,
                    0.2 + random.nextDouble() * 0.3) : null;
            double nose = random.nextInt(5) == 0 ? X : 0.2 + random.nextDouble() * 1.4;
            double chipMaxTurn = random.nextBoolean() ? 0.1 + random.nextDouble() * 0.5 : X;
            tool = new ToolData(type, substrate, bar, 0, X, nose, X, X, X, chipMaxTurn, rec, random.nextBoolean());
            cut = new CutData(0.1 + random.nextDouble() * dm * 0.2, X, 20 + random.nextDouble() * 150, dm, X, 0,
                    X);
        } else {
            ToolType type = switch (op) {
                case FACE_MILLING -> random.nextBoolean() ? ToolType.FACE_MILL : ToolType.FLAT_END_MILL;
                case BALL_NOSE_FINISHING -> ToolType.BALL_END_MILL;
                case DRILLING -> ToolType.DRILL;
                case TAPPING -> ToolType.TAP;
                default -> random.nextBoolean() ? ToolType.FLAT_END_MILL : ToolType.BULL_NOSE_END_MILL;
            };
            double flute = random.nextBoolean() ? d * (1 + random.nextDouble() * 3) : X;
            tool = new ToolData(type, substrate, op == Operation.TAPPING ? 3 + random.nextInt(10) * 2 : d,
                    random.nextInt(7), flute, X, random.nextBoolean() ? 118 + random.nextInt(3) * 11 : X, maxRpm,
                    chipMin, chipMax, null, random.nextBoolean());
            double apLimit = op == Operation.BALL_NOSE_FINISHING ? d / 2 : Double.isNaN(flute) ? 2 * d : flute;
            double ap = apLimit * (0.05 + random.nextDouble() * 0.9);
            double aeLimit = op == Operation.HIGH_EFFICIENCY_MILLING ? d / 2 : d;
            double ae = op == Operation.SLOTTING ? X : aeLimit * (0.02 + random.nextDouble() * 0.97);
            cut = new CutData(ap, ae, ap + random.nextDouble() * 5 * d, X, X, random.nextInt(4) == 0 ? 3 : 0,
                    random.nextBoolean() ? X : 0.6 + random.nextDouble() * 0.4);
        }
        MachineData machine = random.nextInt(4) == 0 ? null : machine(random);
        Overrides overrides = switch (random.nextInt(4)) {
            case 0 -> new Overrides(X, 0.01 + random.nextDouble() * 0.3);
            case 1 -> new Overrides(30 + random.nextDouble() * 400, X);
            default -> Overrides.NONE;
        };
        Targets targets = new Targets(random.nextInt(3) == 0 ? 5 + random.nextDouble() * 100 : X,
                random.nextInt(3) == 0 ? 0.4 + random.nextDouble() * 6 : X,
                random.nextBoolean() ? 0.005 + random.nextDouble() * 0.1 : X);
        CuttingWindow window = new CuttingWindow(substrate, turning ? CuttingDataOperation.TURNING
                : CuttingDataOperation.MILLING, 60 + random.nextDouble() * 100, 170 + random.nextDouble() * 200,
                random.nextInt(3) == 0 ? 0.02 + random.nextDouble() * 0.05 : X, X, 0.002, 0.008,
                random.nextBoolean());
        return new SpeedFeedInput(op, material, random.nextBoolean() ? window : null, tool, machine, cut, overrides,
                targets);
    }

    /** A random work material: any ISO group, with or without its own kc1.1, mc and drilling constant. */
    static WorkMaterial material(Random random) {
        IsoGroup group = IsoGroup.values()[random.nextInt(IsoGroup.values().length)];
        int own = random.nextInt(3);
        return new WorkMaterial(group, own > 0 ? 600 + random.nextDouble() * 4000 : X,
                own == 2 ? 0.15 + random.nextDouble() * 0.15 : X,
                KcClass.classify(group, random.nextBoolean() ? "" : "alloy brass titan"),
                random.nextInt(3) == 0 ? 1 + random.nextDouble() * 3 : X, random.nextBoolean());
    }

    private static MachineData machine(Random random) {
        double maxRpm = 3000 + random.nextDouble() * 20_000;
        double power = random.nextInt(5) == 0 ? X : 2 + random.nextDouble() * 40;
        if (random.nextBoolean()) {
            double base = 500 + random.nextDouble() * 2000;
            double[] torque = {50 + random.nextDouble() * 300, 30 + random.nextDouble() * 100};
            return new MachineData(maxRpm, power, X, new double[] {base, base * 2}, torque, random.nextBoolean());
        }
        return new MachineData(maxRpm, random.nextBoolean() ? X : power, power, null, null, random.nextBoolean());
    }
}
