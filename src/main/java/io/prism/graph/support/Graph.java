package io.prism.graph.support;

import graphql.schema.DataFetchingEnvironment;
import io.prism.data.Page;
import io.prism.service.RequestContext;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Small helpers shared by the data fetchers. */
public final class Graph {

    private Graph() {
    }

    /** The request scope put into the GraphQL context by {@code RequestContextInterceptor}. */
    public static RequestContext context(DataFetchingEnvironment dfe) {
        RequestContext ctx = dfe.getGraphQlContext().get(RequestContext.KEY);
        if (ctx == null) {
            throw new IllegalStateException("no request context: the request bypassed authentication");
        }
        return ctx;
    }

    /** A Relay connection built from a page: edges with cursors, page info and the total count. */
    public static <T> Connection<T> connection(Page<T> page) {
        List<Edge<T>> edges = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            edges.add(new Edge<>(page.cursors().get(i), page.items().get(i)));
        }
        String start = edges.isEmpty() ? null : edges.get(0).cursor();
        String end = edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor();
        return new Connection<>(edges, new PageInfo(page.hasNextPage(), page.afterGiven(), start, end),
                page.totalCount());
    }

    /**
     * Whether the client selected the connection's {@code totalCount}: only then are the rows over all pages counted
     * ({@link io.prism.data.PageRequest#countTotal}).
     */
    public static boolean countsTotal(DataFetchingEnvironment dfe) {
        return dfe.getSelectionSet().contains("totalCount");
    }

    /** Maps each element of a nullable list, keeping null as null. */
    public static <A, B> List<B> mapList(List<A> list, Function<A, B> f) {
        return list == null ? null : list.stream().map(f).toList();
    }

    /** The name of a nullable enum constant. */
    public static String name(Enum<?> e) {
        return e == null ? null : e.name();
    }

    /** A Relay connection. */
    public record Connection<T>(List<Edge<T>> edges, PageInfo pageInfo, Integer totalCount) {
    }

    /** A Relay edge. */
    public record Edge<T>(String cursor, T node) {
    }

    /** Relay page info. */
    public record PageInfo(boolean hasNextPage, boolean hasPreviousPage, String startCursor, String endCursor) {
    }
}
