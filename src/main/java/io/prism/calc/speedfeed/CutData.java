package io.prism.calc.speedfeed;

/**
 * The cut as the user describes it. Values not given are {@link Double#NaN} (flutes: 0); which are required depends
 * on the operation (see {@link SpeedFeedEngine}). Component names are the names of the API's input fields, so that a
 * rejected value is reported under the name the user typed.
 *
 * @param apMm axial depth of cut ap (turning: depth of cut; drilling and tapping: optional hole depth), mm
 * @param aeMm radial depth (width) of cut ae; the stepover in ball-nose finishing, mm
 * @param stickOutMm tool (or boring bar) overhang from the holder face, mm
 * @param workpieceDiameterMm machined diameter in turning and boring, mm
 * @param pitchMm thread pitch for tapping, mm
 * @param flutes effective teeth replacing the tool's flute count, 0 when not given
 * @param machineEfficiency machine efficiency η in (0, 1]; NaN for the default 0.8
 */
public record CutData(double apMm, double aeMm, double stickOutMm, double workpieceDiameterMm, double pitchMm,
        int flutes, double machineEfficiency) {
}
