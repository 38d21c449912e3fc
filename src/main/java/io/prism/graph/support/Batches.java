package io.prism.graph.support;

import io.prism.service.RequestContext;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Function;
import org.dataloader.BatchLoaderEnvironment;

/**
 * The body every batch loader shares: the request scope travels with each key as its key context (fetchers call
 * {@code loader.load(key, Graph.context(dfe))}); the batch runs synchronously in the request's read session and a
 * failure becomes a failed future, so it reaches the error mapping like any fetcher's.
 */
public final class Batches {

    private Batches() {
    }

    public static <K, V> CompletionStage<Map<K, V>> load(BatchLoaderEnvironment env,
                                                        Function<RequestContext, Map<K, V>> batch) {
        try {
            RequestContext ctx = (RequestContext) env.getKeyContextsList().get(0);
            return CompletableFuture.completedFuture(batch.apply(ctx));
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }
}
