package io.prism.gateway;

import graphql.GraphQLContext;

/**
 * A check every operation passes after its cost is known and before any data fetcher runs (rate limits,
 * budgets). A refusal is a {@link io.prism.error.PrismException}; nothing of the operation has run then. Once an
 * admitted operation has finished, the check is told what it is charged in the end ({@link #settle}).
 */
public interface AdmissionCheck {

    /**
     * Admits the operation or throws.
     *
     * @param cost    the operation's static figures
     * @param context the operation's GraphQL context (holds the request context and the REST route, if any)
     */
    void admit(OperationCost cost, GraphQLContext context);

    /**
     * Told, once an admitted operation has finished, what it is charged in the end: its cost, less the cost of the
     * root fields a refusal (BAD_USER_INPUT, FORBIDDEN, ...) stopped before they ran, or nothing when every root
     * field was refused. A check that took units on admission gives back what was not charged. Does nothing unless
     * overridden.
     *
     * @param cost    the operation's static figures, as admitted
     * @param charged the units charged in the end, from 0 to {@code cost.cost()}
     * @param context the operation's GraphQL context
     */
    default void settle(OperationCost cost, long charged, GraphQLContext context) {
    }
}
