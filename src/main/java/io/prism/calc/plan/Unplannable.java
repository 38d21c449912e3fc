package io.prism.calc.plan;

/**
 * A feature the plan leaves out, and why.
 *
 * @param featureIndex index of the feature in the request (from 0)
 * @param label the caller's label (may be null)
 * @param kind the feature's kind
 * @param reason the reason as a code
 * @param message the reason in words, naming the sizes and tools involved
 */
public record Unplannable(int featureIndex, String label, FeatureKind kind, UnplannableReason reason,
        String message) {
}
