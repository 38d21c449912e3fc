package io.prism.graph.support;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import graphql.ExecutionInput;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.cache.CaffeineCacheMetrics;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Parsed and validated GraphQL documents, by their exact text, so that an operation sent again (the usual case: a
 * client sends the same few documents with other variables) is neither parsed nor validated again. Only documents
 * that parsed and validated without error are kept: an invalid document is checked afresh each time, so its errors
 * and the query limits that stop the parser (the token limit) are reported exactly as for a first request, and a
 * client cannot fill the cache with documents that never run. The cache is bounded by the documents' total length
 * ({@value #MAX_CHARS} characters, about 16 MiB at most), and validation depends only on the document and the
 * schema, which does not change while the service runs.
 */
@Component
public class DocumentCache implements PreparsedDocumentProvider {

    /** The most characters of document text kept. */
    static final long MAX_CHARS = 8L * 1024 * 1024;

    private final Cache<String, PreparsedDocumentEntry> documents;

    public DocumentCache(MeterRegistry registry) {
        this.documents = Caffeine.newBuilder().maximumWeight(MAX_CHARS)
                .weigher((String text, PreparsedDocumentEntry entry) -> text.length()).recordStats().build();
        CaffeineCacheMetrics.monitor(registry, documents, "graphql-documents");
    }

    @Override
    public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(
            ExecutionInput input, Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
        String text = input.getQuery();
        PreparsedDocumentEntry entry = documents.getIfPresent(text);
        if (entry == null) {
            entry = parseAndValidate.apply(input);
            if (!entry.hasErrors()) {
                documents.put(text, entry);
            }
        }
        return CompletableFuture.completedFuture(entry);
    }
}
