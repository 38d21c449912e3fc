package io.prism.web.rest;

import java.util.List;

/**
 * A route of the REST facade whose answer is streamed, so it runs no GraphQL operation and has a handler of its
 * own. Generated from its declaration in {@code codegen/rest/streams}: the route, the media type of its answer and
 * its query parameters, borrowed from a registry route with the variables they fill there.
 *
 * @param id the declaration's file name
 * @param mediaType the media type of a success
 * @param params the query parameters
 */
public record RestStream(String id, String method, String path, String mediaType, List<RestOperation.Param> params) {

    public RestStream {
        params = List.copyOf(params);
    }
}
