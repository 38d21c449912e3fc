package io.prism.service.compliance;

import io.prism.calc.speedfeed.Action;
import io.prism.calc.speedfeed.LimitCheck;
import io.prism.calc.speedfeed.SafetyLevel;
import io.prism.calc.speedfeed.Warning;
import io.prism.calc.speedfeed.WarningCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The rules over a stored answer's safety assessments: parameters within the validated range, the safety score, and
 * results that are not SAFE carrying warnings. A job plan without operations computed nothing, so they do not apply.
 */
final class SafetyRules {

    /**
     * Warnings that say a parameter lay outside the window it is validated for: a cutting speed outside the
     * published cutting data, a chip load below the tool's lowest. (A chip thinner than the Kienzle fit qualifies
     * the load estimate, not a parameter; its uncertainty is in the answer's bands.)
     */
    private static final Set<WarningCode> OUTSIDE_DATA = Set.of(WarningCode.CUTTING_SPEED_OUTSIDE_DATA,
            WarningCode.CHIP_LOAD_MIN);
    /** What the engine did that means a value met or passed a limit. */
    private static final Set<Action> BREACHES = Set.of(Action.CLAMPED, Action.REFUSED);

    private SafetyRules() {
    }

    /**
     * No warning of a clamp, a refusal or a parameter outside its validated window, and no limit used beyond 100 %.
     * Every warning is evidence, with whether it is such a breach.
     */
    static Verdict inValidatedRange(List<Assessment> assessments) {
        if (assessments.isEmpty()) {
            return nothingComputed();
        }
        List<Evidence> evidence = new ArrayList<>();
        int breaches = 0;
        for (Assessment a : assessments) {
            breaches += breachingWarnings(a, evidence) + overLimits(a, evidence);
            evidence.add(Evidence.object(a.where(), "warnings", a.safety().warnings().size(), "limitsChecked",
                    a.safety().limits().size()));
        }
        if (breaches > 0) {
            return Verdict.fail(breaches + " warning(s) or limit(s) show a parameter clamped, refused, beyond a "
                    + "limit or outside its validated window.", evidence, "Change the cut so that no value has to be "
                    + "clamped and none lies outside the cutting data or the tool's chip-load range (a smaller depth "
                    + "or width of cut, a speed within the data, a tool and machine whose limits cover it), then run "
                    + "and check again.");
        }
        return Verdict.pass("No parameter was clamped, refused, beyond a limit or outside its validated window.",
                evidence);
    }

    /** Adds every warning as evidence, with whether it is a breach; returns how many are. */
    private static int breachingWarnings(Assessment a, List<Evidence> evidence) {
        List<Warning> warnings = a.safety().warnings();
        int breaches = 0;
        for (int i = 0; i < warnings.size(); i++) {
            Warning w = warnings.get(i);
            boolean breach = BREACHES.contains(w.action()) || OUTSIDE_DATA.contains(w.code());
            breaches += breach ? 1 : 0;
            evidence.add(Evidence.object(a.where() + ".warnings[" + i + "]", "code", w.code(), "action", w.action(),
                    "limit", w.limit(), "actual", w.actual(), "unit", w.unit(), "breach", breach));
        }
        return breaches;
    }

    /** Adds each limit used beyond 100 % as evidence; returns how many there are. */
    private static int overLimits(Assessment a, List<Evidence> evidence) {
        List<LimitCheck> limits = a.safety().limits();
        int over = 0;
        for (int i = 0; i < limits.size(); i++) {
            LimitCheck l = limits.get(i);
            if (l.utilisation() > 1) {
                over++;
                evidence.add(Evidence.object(a.where() + ".limits[" + i + "]", "limit", l.limit(), "limitValue",
                        l.limitValue(), "actual", l.actual(), "unit", l.unit(), "utilisation", l.utilisation()));
            }
        }
        return over;
    }

    /** Every safety score reaches {@code threshold}. */
    static Verdict scoreAtLeast(List<Assessment> assessments, double threshold) {
        if (assessments.isEmpty()) {
            return nothingComputed();
        }
        List<Evidence> evidence = new ArrayList<>();
        evidence.add(Evidence.of("threshold", threshold));
        double lowest = Double.POSITIVE_INFINITY;
        for (Assessment a : assessments) {
            evidence.add(Evidence.of(a.where() + ".score", a.safety().score()));
            lowest = Math.min(lowest, a.safety().score());
        }
        if (lowest < threshold) {
            return Verdict.fail("The lowest safety score, " + lowest + ", is below the threshold " + threshold + ".",
                    evidence, "Raise the score: verify the catalog rows the run used, name a machine with a power "
                    + "rating and torque curve, and leave more margin to the power, torque and deflection limits "
                    + "(docs/safety-score.md); then run and check again.");
        }
        return Verdict.pass("Every safety score is at least " + threshold + " (lowest " + lowest + ").", evidence);
    }

    /** Every result whose level is not SAFE carries at least one warning. */
    static Verdict unsafeFlagged(List<Assessment> assessments) {
        if (assessments.isEmpty()) {
            return nothingComputed();
        }
        List<Evidence> evidence = new ArrayList<>();
        List<String> silent = new ArrayList<>();
        for (Assessment a : assessments) {
            SafetyLevel level = a.safety().level();
            int warnings = a.safety().warnings().size();
            evidence.add(Evidence.object(a.where(), "level", level, "warnings", warnings));
            if (level != SafetyLevel.SAFE && warnings == 0) {
                silent.add(a.where());
            }
        }
        if (!silent.isEmpty()) {
            return Verdict.fail("A result that is not SAFE carries no warning: " + String.join(", ", silent) + ".",
                    evidence, "The reasons for such a level lie in the data quality (meta.assumptions): verify the "
                    + "rows it used or name a machine, so that the level is SAFE or a warning says what to watch.");
        }
        return Verdict.pass("Every result is SAFE or carries warnings that say why not (results checked: "
                + assessments.size() + ").", evidence);
    }

    private static Verdict nothingComputed() {
        return Verdict.notApplicable("The job plan has no operations, so it computed no parameters to assess.");
    }
}
