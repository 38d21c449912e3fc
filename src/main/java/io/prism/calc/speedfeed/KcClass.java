package io.prism.calc.speedfeed;

import io.prism.calc.formula.Sources;
import java.util.Arrays;
import java.util.Locale;

/**
 * A class of work materials for which calc-reference §14 ("alternative kc evidence at a common chip thickness") lists
 * the specific cutting force published by several sources. The spread of those values is the basis of the
 * uncertainty band of kc and of everything derived from it (see {@link Uncertainty}).
 *
 * <p>All values are kc at h = 0.2 mm in N/mm². Each is tagged with the kind of operation its source tabulates:
 * Mitsubishi publishes separate milling and turning tables (which disagree by +59 % for mild steel, §15), nc360 and
 * Dormer Pramet give milling estimates; ISCAR's VDI 3323 constants, Kyocera's Ks and the König/Klocke values serve
 * every operation.
 */
public enum KcClass {

    /** Mild and low-carbon steel (520 MPa class). */
    MILD_STEEL(
            any(1893, "ISCAR VDI 3323 group 1", Sources.S45),
            any(1863, "Kyocera Ks", Sources.S22),
            mill(1950, "Mitsubishi milling table", Sources.S9),
            mill(1500, "nc360", Sources.S13),
            turn(3100, "Mitsubishi turning table", Sources.S9)),
    /** Low-alloy Cr-Mo and Cr-Ni-Mo steel (42CrMo4 class). */
    ALLOY_STEEL(
            any(2612, "ISCAR VDI 3323 group 6", Sources.S45),
            any(2538, "ISCAR VDI 3323 group 8", Sources.S45),
            any(3800, "König/Klocke 2500/0.26 (recalled)", Sources.S32),
            mill(2250, "Mitsubishi milling table, 730 MPa", Sources.S9),
            mill(2000, "Mitsubishi milling table, 600 MPa", Sources.S9),
            turn(3900, "Mitsubishi turning table, 730 MPa", Sources.S9),
            turn(3200, "Mitsubishi turning table, 600 MPa", Sources.S9)),
    /** Austenitic stainless steel. */
    AUSTENITIC_STAINLESS(
            any(2966, "ISCAR VDI 3323 group 14", Sources.S45),
            mill(1970, "Mitsubishi milling table", Sources.S9),
            mill(2000, "nc360", Sources.S13)),
    /** Grey and other cast iron. */
    CAST_IRON(
            any(1587, "ISCAR VDI 3323 group 15", Sources.S45),
            any(912, "Kyocera Ks", Sources.S22),
            mill(1400, "Mitsubishi milling table", Sources.S9),
            mill(2000, "Dormer Pramet (implied)", Sources.S23),
            turn(1800, "Mitsubishi turning table", Sources.S9)),
    /** Wrought and cast aluminium alloys. */
    ALUMINIUM(
            any(1196, "ISCAR VDI 3323 group 22", Sources.S45),
            mill(480, "Mitsubishi milling table, Al-Mg", Sources.S9),
            mill(840, "Mitsubishi milling table, Al-Zn-Mg-Cu", Sources.S9),
            mill(500, "nc360", Sources.S13),
            mill(500, "Dormer Pramet (implied)", Sources.S23)),
    /** Brass, bronze and copper. */
    COPPER_ALLOY(
            any(1081, "ISCAR VDI 3323 group 26", Sources.S45),
            any(686, "Kyocera Ks", Sources.S22),
            mill(950, "Mitsubishi milling table", Sources.S9)),
    /** Titanium and its alloys. */
    TITANIUM(
            any(3006, "ISCAR 2017 turning catalogue", Sources.S45),
            any(1832, "ISCAR 2022 boring catalogue", Sources.S45),
            mill(1400, "nc360", Sources.S13)),
    /** Nickel-, iron- and cobalt-base heat-resistant alloys. */
    HEAT_RESISTANT_ALLOY(
            any(4856, "ISCAR VDI 3323 groups 33/34", Sources.S45),
            mill(2800, "nc360", Sources.S13)),
    /** Hardened steel (ISCAR gives no mc for it; 0.25 is the engine's choice). */
    HARDENED_STEEL(
            any(6878, "ISCAR VDI 3323 group 38 with mc 0.25", Sources.S45),
            mill(3300, "nc360, 50-55 HRC", Sources.S13),
            mill(4500, "nc360, 60-63 HRC", Sources.S13));

    /** The common chip thickness at which the evidence is compared, mm. */
    public static final double REFERENCE_CHIP_MM = 0.2;

    /** One published value: kc at h = 0.2 mm, the kind of operation it is tabulated for, its source and citation. */
    record Evidence(double kcNPerMm2, int scope, String source, String citation) {
    }

    private static final int ANY = 0;
    private static final int MILL = 1;
    private static final int TURN = 2;

    private final Evidence[] evidence;

    KcClass(Evidence... evidence) {
        this.evidence = evidence;
    }

    /** A value that serves every kind of operation. */
    private static Evidence any(double kc, String source, String citation) {
        return new Evidence(kc, ANY, source, citation);
    }

    /** A value tabulated for milling. */
    private static Evidence mill(double kc, String source, String citation) {
        return new Evidence(kc, MILL, source, citation);
    }

    /** A value tabulated for turning. */
    private static Evidence turn(double kc, String source, String citation) {
        return new Evidence(kc, TURN, source, citation);
    }

    /**
     * The published values that apply to {@code process}: those tabulated for every operation plus those tabulated
     * for its kind (milling or turning tables); drilling uses only the former.
     */
    Evidence[] evidence(Operation.Process process) {
        int wanted = process == Operation.Process.MILLING ? MILL : process == Operation.Process.TURNING ? TURN : ANY;
        int count = 0;
        Evidence[] into = new Evidence[evidence.length];
        for (Evidence e : evidence) {
            if (e.scope() == ANY || e.scope() == wanted) {
                into[count++] = e;
            }
        }
        return Arrays.copyOf(into, count);
    }

    /**
     * The class of a material from its ISO group and its description (name, class, designations, in any case). Each
     * group has one default class; words in the description pick the other class of the group: alloy-steel words in
     * P, copper-alloy words in N, titanium words in S.
     *
     * @param group the ISO group, not null
     * @param description free text about the material; may be null
     * @return the class
     */
    public static KcClass classify(IsoGroup group, String description) {
        String text = description == null ? "" : description.toLowerCase(Locale.ROOT);
        return switch (group) {
            case P -> alloySteel(text) ? ALLOY_STEEL : MILD_STEEL;
            case M -> AUSTENITIC_STAINLESS;
            case K -> CAST_IRON;
            case N -> containsAny(text, "brass", "bronze", "copper", "cuzn", "cusn", "c360", "c110", "c510", "cu-")
                    ? COPPER_ALLOY : ALUMINIUM;
            case S -> containsAny(text, "titan", "ti-6al", "ti6al", "grade 2", "grade 5") ? TITANIUM
                    : HEAT_RESISTANT_ALLOY;
            case H -> HARDENED_STEEL;
        };
    }

    private static boolean alloySteel(String text) {
        String withoutNonAlloy = text.replace("non-alloy", "").replace("unalloyed", "").replace("non alloy", "");
        return containsAny(withoutNonAlloy, "alloy", "crmo", "cr-mo", "crni", "nicr", "crv", "42cr", "34cr", "40cr",
                "4140", "4340", "scm", "snc", "chromium", "molybdenum", "vanadium", "manganese steel");
    }

    private static boolean containsAny(String text, String... words) {
        for (String w : words) {
            if (text.contains(w)) {
                return true;
            }
        }
        return false;
    }
}
