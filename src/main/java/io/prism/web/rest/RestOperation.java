package io.prism.web.rest;

import java.util.List;

/**
 * One endpoint of the REST facade, generated from its declaration in {@code codegen/rest/operations}: the route,
 * the registered GraphQL operation it runs, how the request fills the operation's variables and which part of the
 * result is the response body.
 *
 * @param id the registry id (the declaration's file name)
 * @param document the operation document, exactly as registered
 * @param sha256 the SHA-256 of {@code document}, hex
 * @param body the variable the JSON body fills, {@code *} when the body's members are the variables, or null
 * @param status the HTTP status of a success (200, or for example 201 for a route that creates something)
 * @param params the path and query parameters
 * @param result the path in {@code data} of the response body
 */
public record RestOperation(String id, String method, String path, String operationName, String document,
                            String sha256, String body, int status, List<Param> params, List<String> result) {

    /** Key of the route in the GraphQL context of an operation that came through the facade. */
    public static final String KEY = RestOperation.class.getName();

    public RestOperation {
        params = List.copyOf(params);
        result = List.copyOf(result);
    }

    /**
     * The JSON type a parameter's text is read as. {@code DATE_TIME} is a string for the {@code DateTime} scalar, in
     * whose offset a space is read as the {@code +} it was before URL decoding.
     */
    public enum ParamType { STRING, DATE_TIME, INT, FLOAT, BOOLEAN, ENUM }

    /**
     * A path or query parameter and the variable (or member of a variable, {@code filter.search}) it fills.
     *
     * @param in {@code path} or {@code query}
     * @param list whether the variable is a list (a repeated or comma-separated parameter)
     * @param required whether the variable is non-null
     * @param values the allowed values of an enum parameter, empty for others
     */
    public record Param(String name, String in, List<String> variablePath, ParamType type, boolean list,
                        boolean required, List<String> values) {

        public Param {
            variablePath = List.copyOf(variablePath);
            values = List.copyOf(values);
        }
    }
}
