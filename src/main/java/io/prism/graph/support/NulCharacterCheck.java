package io.prism.graph.support;

import graphql.ExecutionResult;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.language.Argument;
import graphql.language.Node;
import graphql.language.ObjectField;
import graphql.language.StringValue;
import graphql.language.VariableDefinition;
import io.prism.error.ErrorCode;
import io.prism.service.RequestContext;
import java.util.List;
import java.util.Map;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Refuses a NUL character (U+0000) in any string input of an operation, on both doors, before any data fetcher
 * runs: PostgreSQL cannot store or compare it in text, so a search, a name or a designation holding one would
 * otherwise fail in the database as a server error. Every string is checked once, where it enters: the coerced
 * variables (which carry the REST facade's path, query and body values too) and the string literals of the
 * document. The answer is BAD_USER_INPUT with {@code field} naming the input (for example {@code filter.search} or
 * {@code input.name}). Runs first among the instrumentations, so nothing is measured or charged for such an
 * operation.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
public class NulCharacterCheck extends SimplePerformantInstrumentation {

    private static final char NUL = '\u0000';

    @Override
    public InstrumentationContext<ExecutionResult> beginExecuteOperation(
            InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
        ExecutionContext execution = parameters.getExecutionContext();
        String field = inValue(execution.getCoercedVariables().toMap(), null);
        if (field == null) {
            field = inLiterals(execution.getOperationDefinition(), null);
        }
        for (var fragment : execution.getFragmentsByName().values()) {
            field = field == null ? inLiterals(fragment, null) : field;
        }
        if (field != null) {
            RequestContext request = execution.getGraphQLContext().get(RequestContext.KEY);
            throw new AbortExecutionException(List.of(GraphQlErrors.error(ErrorCode.BAD_USER_INPUT,
                    field.substring(field.lastIndexOf('.') + 1) + " must not contain a NUL character (U+0000)",
                    List.of(field.split("\\.")), request == null ? null : request.correlationId()).build()));
        }
        return super.beginExecuteOperation(parameters, state);
    }

    /** The path of the first string holding a NUL in a variable's value, or null. */
    private static String inValue(Object value, String path) {
        if (value instanceof String s) {
            return s.indexOf(NUL) >= 0 ? path : null;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String found = inValue(e.getValue(), join(path, String.valueOf(e.getKey())));
                if (found != null) {
                    return found;
                }
            }
        } else if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                String found = inValue(item, path);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    /** The path (argument, then input fields) of the first string literal holding a NUL, or null. */
    private static String inLiterals(Node<?> node, String path) {
        if (node instanceof StringValue s) {
            return s.getValue().indexOf(NUL) >= 0 ? path : null;
        }
        String here = switch (node) {
            case Argument a -> a.getName();
            case VariableDefinition v -> v.getName();
            case ObjectField f -> join(path, f.getName());
            default -> path;
        };
        for (Node<?> child : node.getChildren()) {
            String found = inLiterals(child, here);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    private static String join(String path, String name) {
        return path == null ? name : path + "." + name;
    }
}
