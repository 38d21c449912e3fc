package io.prism.gateway;

import graphql.GraphQLContext;

/**
 * A check every operation passes after its cost is known and before any data fetcher runs (rate limits,
 * budgets). A refusal is a {@link io.prism.error.PrismException}; nothing of the operation has run then.
 */
public interface AdmissionCheck {

    /**
     * Admits the operation or throws.
     *
     * @param cost    the operation's static figures
     * @param context the operation's GraphQL context (holds the request context and the REST route, if any)
     */
    void admit(OperationCost cost, GraphQLContext context);
}
