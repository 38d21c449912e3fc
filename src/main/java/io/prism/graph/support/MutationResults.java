package io.prism.graph.support;

import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import org.springframework.stereotype.Component;

/**
 * The answer of a mutation document none of whose root fields produced a result: {@code data} is null, as for a
 * request that did not run, instead of an object of nulls. Every {@code Mutation} field is nullable, so a document
 * whose first field wrote and whose second failed answers the first's result beside the second's null and error
 * (a client is never told less than what was written); when every field failed, nothing was written, and the answer
 * says so the plain way. Queries are left as they are: their fields' nulls are answers ({@code material(id)} of an
 * unknown id).
 */
@Component
public class MutationResults extends SimplePerformantInstrumentation {

    private static final String MUTATION = MutationResults.class.getName() + ".mutation";

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        if (parameters.getExecutionContext().getOperationDefinition().getOperation()
                == OperationDefinition.Operation.MUTATION) {
            parameters.getExecutionContext().getGraphQLContext().put(MUTATION, true);
        }
        return super.beginExecuteOperation(parameters, state);
    }

    @Override
    public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                                                                       InstrumentationExecutionParameters parameters,
                                                                       InstrumentationState state) {
        boolean nothingWritten = !result.getErrors().isEmpty() && result.getData() instanceof Map<?, ?> data
                && !data.isEmpty() && data.values().stream().allMatch(Objects::isNull)
                && parameters.getGraphQLContext().hasKey(MUTATION);
        return CompletableFuture.completedFuture(nothingWritten ? result.transform(b -> b.data(null)) : result);
    }
}
