package io.prism.calc.speedfeed;

/** Shared engine inputs for the speed-and-feed tests: a 42CrMo4-class steel, common tools and a Haas-like machine. */
final class Cuts {

    static final double X = Double.NaN;

    /** 42CrMo4 annealed with the ISCAR group-6 constants (calc-reference §14 row 5). */
    static final WorkMaterial STEEL = new WorkMaterial(IsoGroup.P, 1775, 0.24, KcClass.ALLOY_STEEL, X, true);

    /** Carbide milling data for the steel: 160–240 m/min, fz 0.003–0.008 × D (ISCAR group 6). */
    static final CuttingWindow STEEL_MILLING = new CuttingWindow(ToolSubstrate.CARBIDE, CuttingDataOperation.MILLING,
            160, 240, X, X, 0.003, 0.008, true);

    /** 12 mm 4-flute carbide end mill, 26 mm flutes, chip load 0.04–0.08 mm. */
    static final ToolData END_MILL = new ToolData(ToolType.FLAT_END_MILL, ToolSubstrate.CARBIDE, 12, 4, 26, X, X, X,
            0.04, 0.08, null, true);

    /** A 22.4 kW, 8100 rev/min spindle with 122 N·m at 2000 rev/min (the seed's Haas VF-2 figures). */
    static final MachineData VMC = new MachineData(8100, X, 22.4, new double[] {2000}, new double[] {122}, true);

    private Cuts() {
    }

    static CutData mill(double ap, double ae, double stickOut) {
        return new CutData(ap, ae, stickOut, X, X, 0, X);
    }

    static CutData turn(double ap, double diameter) {
        return new CutData(ap, X, X, diameter, X, 0, X);
    }

    /** A deflection limit loose enough that it never binds, for tests about other limits. */
    static final Targets LOOSE = new Targets(X, X, 1.0);

    /** Side milling the steel with the end mill, under the loose deflection limit. */
    static SpeedFeedInput sideMilling(double ap, double ae, double stickOut, MachineData machine) {
        return new SpeedFeedInput(Operation.SIDE_MILLING, STEEL, STEEL_MILLING, END_MILL, machine,
                mill(ap, ae, stickOut), null, LOOSE);
    }

    static ToolData tool(ToolType type, ToolSubstrate substrate, double diameter, int flutes) {
        return new ToolData(type, substrate, diameter, flutes, X, X, X, X, X, X, null, true);
    }
}
