package io.prism.calc.formula;

/**
 * Citation strings for the registry and the engines, from the source list of calc-reference §16 (tags kept for
 * traceability).
 */
public final class Sources {

    public static final String S1 = "[S1] Sandvik Coromant, Turning formulas and definitions (sandvik.coromant.com)";
    public static final String S2 =
            "[S2] Sandvik Coromant, Milling formulas and definitions; Technical Guide H79 (metric)";
    public static final String S3 = "[S3] Sandvik Coromant, Drilling formulas and definitions (recalled)";
    public static final String S4 = "[S4] Sandvik Coromant, Specific cutting force (sandvik.coromant.com)";
    public static final String S5 = "[S5] Sandvik Coromant, Silent Tools application guide p. 91";
    public static final String S6 = "[S6] Mitsubishi Materials, Formulas for turning (mitsubishicarbide.net)";
    public static final String S7 = "[S7] Mitsubishi Materials, Formulae for face milling (mitsubishicarbide.com)";
    public static final String S8 = "[S8] Mitsubishi drilling formula examples, as reproduced by lzqtool.com";
    public static final String S9 =
            "[S9] Mitsubishi Materials, Formulae for cutting power, turning and milling, kc tables";
    public static final String S11 = "[S11] Palbit general catalogue, milling technical data A-252/A-253";
    public static final String S12 = "[S12] Helical Solutions (Harvey group), Common Milling Calculations";
    public static final String S13 = "[S13] nc360, Milling calculation formula (hex, approximate kc by ISO group)";
    public static final String S14 = "[S14] Dapra, Feed rate compensation (round-insert chip thinning chart)";
    public static final String S15 = "[S15] Stellram (Kennametal) milling catalogue technical information";
    public static final String S16 = "[S16] machinemfg.com, CNC calculation formulas";
    public static final String S17 = "[S17] machinecalcs.com radial chip thinning calculator";
    public static final String S18 = "[S18] calculatorhub.com tooling change frequency (Taylor)";
    public static final String S19 = "[S19] calcady.com Taylor tool-life and cusp-height calculators";
    public static final String S20 = "[S20] calculatorhub.com surface finish stepover calculator";
    public static final String S21 = "[S21] formulafactory.tools ball-nose stepover";
    public static final String S22 = "[S22] Kyocera basic turning/milling formulas (Ks values, Rz formula)";
    public static final String S23 = "[S23] Dormer Pramet milling catalogue formulas";
    public static final String S24 = "[S24] myshopmetrics surface finish calculator; surface-roughness-measurement.top";
    public static final String S25 = "[S25] machinecalcs.com surface finish and ball-nose stepover calculators";
    public static final String S26 = "[S26] calculatorhub.com end mill deflection calculator";
    public static final String S27 = "[S27] Mitsubishi Materials end-mill training pages (mmc-carbide.com)";
    public static final String S28 =
            "[S28] L. Kops, D.T. Vo, Determination of the equivalent diameter of an end mill based "
            + "on its compliance, CIRP Annals 39/1 (1990)";
    public static final String S29 = "[S29] F.W. Taylor, On the art of cutting metals, Trans. ASME 28 (1907)";
    public static final String S30 =
            "[S30] O. Kienzle, H. Victor, Spezifische Schnittkräfte bei der Metallbearbeitung, "
            + "Werkstattstechnik und Maschinenbau 47 (1957)";
    public static final String S31 = "[S31] reox/Plot-F_cm (after Dietrich/Tschätsch, Praxis der Zerspantechnik)";
    public static final String S32 = "[S32] W. König, F. Klocke, Fertigungsverfahren 1 (recalled)";
    public static final String S33 = "[S33] M.P. Groover, Fundamentals of Modern Manufacturing (recalled)";
    public static final String S34 = "[S34] curioustab.com note on Taylor n ranges";
    public static final String S35 = "[S35] Kalpakjian-style exercise sheet (extended Taylor)";
    public static final String S36 =
            "[S36] W.W. Gilbert, Economics of machining, in Machining - Theory and Practice, ASM "
            + "(1950)";
    public static final String S37 = "[S37] expertsmind.com, Cutting speed for minimum cost";
    public static final String S38 = "[S38] answer.ya.guru worked problem (HSS/carbide/ceramic batch)";
    public static final String S39 = "[S39] Common Drilling Formulas (imperial, Sandvik-style), scribd 262196644";
    public static final String S40 = "[S40] Tungaloy general catalogue, technical reference L068 (twist drills)";
    public static final String S41 = "[S41] utilitiesbunker.com metric tap & clearance drill chart";
    public static final String S42 = "[S42] toolcroze.com metric tap drill calculator/table";
    public static final String S43 = "[S43] AIMS Industrial tap drill chart";
    public static final String S44 = "[S44] NightShade Electronics metric hole chart";
    public static final String S45 = "[S45] ISCAR material groups according to ISO 513 / VDI 3323 (kc1.1, mc)";
    public static final String S48 = "[S48] ISCAR Multi-Master solid end mills, recommended start parameters (metric)";
    public static final String S50 = "[S50] Tungaloy new-products brochure, solid end mill standard cutting conditions";
    public static final String S51 = "[S51] Kennametal recommended starting cutting speeds, turning";
    public static final String S52 = "[S52] Kyocera recommended cutting conditions (negative inserts; small tools)";
    public static final String S56 = "[S56] Fox Valley Technical College HSS cutting speeds (reproduced)";
    public static final String ISO_68_1 = "ISO 68-1 / ISO 724 basic profile of ISO metric threads (calc-reference §13)";
    public static final String REFERENCE = "PRISM calc-reference (derivation stated there)";

    private Sources() {
    }
}
