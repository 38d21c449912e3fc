package io.prism.calc.optimize;

import io.prism.calc.CalcInputException;

/**
 * One searched variable: its interval, which constraint each end stands for, and where the ends came from. Ends the
 * caller gave are kept; a derived end that would cross a given one is moved onto it. Hard limits (a maximum spindle
 * speed, the tool's chip-load maximum, a target) only ever lower the upper end; a given lower end above such a limit
 * is an error naming the field that cannot be met.
 *
 * <p>Candidates are placed on a logarithmic scale: coordinate u in [0, 1] stands for {@code lo·(hi/lo)^u}, so equal
 * steps are equal ratios, as suits the power laws (Taylor, Kienzle) the objective is made of.
 */
final class SearchAxis {

    final SearchVariable variable;
    /** Name of the input range, e.g. {@code apMm}. */
    final String field;
    final String unit;
    double lo;
    double hi;
    boolean loGiven;
    Constraint loReason;
    Constraint hiReason;
    int levels = 1;
    private final StringBuilder basis = new StringBuilder();

    SearchAxis(SearchVariable variable, String field, String unit) {
        this.variable = variable;
        this.field = field;
        this.unit = unit;
    }

    /**
     * Sets the interval from the caller's range and a derived one.
     *
     * @param given the caller's range
     * @param derivedLo derived lower end, used when none is given
     * @param derivedHi derived upper end, used when none is given
     * @param from where the derived ends come from
     */
    void init(Range given, double derivedLo, double derivedHi, String from, Constraint loReason,
            Constraint hiReason) {
        this.loGiven = given.hasMin();
        lo = given.hasMin() ? given.min() : derivedLo;
        hi = given.hasMax() ? given.max() : derivedHi;
        if (lo > hi) {
            if (given.hasMin()) {
                hi = lo;
            } else {
                lo = hi;
            }
        }
        this.loReason = loReason;
        this.hiReason = hiReason;
        if (given.hasMin() && given.hasMax()) {
            basis.append("given");
        } else if (given.hasMin()) {
            basis.append("min given; max from ").append(from);
        } else if (given.hasMax()) {
            basis.append("max given; min from ").append(from);
        } else {
            basis.append(from);
        }
    }

    /**
     * Lowers the upper end to a hard limit, when it is lower.
     *
     * @param limit the limit, in this axis's unit
     * @param reason the constraint the limit stands for
     * @param errorField the input field to blame when a given lower end lies above the limit
     * @param what the limit in words, for the basis and the message
     */
    void cap(double limit, Constraint reason, String errorField, String what) {
        if (!(limit < hi)) {
            return;
        }
        if (loGiven && lo > limit) {
            throw new CalcInputException(errorField, field + ".min (" + Num.of(lo) + " " + unit + ") lies above "
                    + Num.of(limit) + " " + unit + ", the most that " + what + " allows");
        }
        hi = limit;
        hiReason = reason;
        if (lo > hi) {
            lo = hi;
            loReason = reason;
        }
        basis.append("; upper end ").append(Num.of(limit)).append(' ').append(unit).append(" set by ").append(what);
    }

    /** True when the interval has room to search. */
    boolean searched() {
        return hi > lo;
    }

    /** The value at coordinate {@code u} in [0, 1]; the ends are returned exactly. */
    double at(double u) {
        if (u <= 0.0 || !(hi > lo)) {
            return lo;
        }
        if (u >= 1.0) {
            return hi;
        }
        double x = lo * Math.exp(u * Math.log(hi / lo));
        return Math.min(hi, Math.max(lo, x));
    }

    /** The interval as reported. */
    SearchBound bound() {
        return new SearchBound(variable, lo, hi, unit, basis.toString());
    }
}
