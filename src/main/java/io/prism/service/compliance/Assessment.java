package io.prism.service.compliance;

import io.prism.calc.speedfeed.Safety;

/**
 * One safety assessment of a stored answer and where it is in the answer: {@code safety} for a speed-and-feed or
 * optimisation run, {@code operations[3].speedFeed.safety} for an operation of a job plan.
 */
record Assessment(String where, Safety safety) {
}
