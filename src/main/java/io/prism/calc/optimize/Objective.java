package io.prism.calc.optimize;

/** What {@link Optimizer} minimises or maximises. */
public enum Objective {
    /**
     * Cost per part after Gilbert (calc-reference §9): machine time at the machine rate plus the share of a cutting
     * edge, and of its change, that the part uses up; minimised. Needs {@link CostData} and a Taylor tool life.
     */
    MIN_COST_PER_PART,
    /** Metal removal rate Q in cm³/min; maximised. */
    MAX_REMOVAL_RATE
}
