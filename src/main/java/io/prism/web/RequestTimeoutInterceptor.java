package io.prism.web;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import io.prism.error.ErrorCode;
import io.prism.graph.support.GraphQlErrors;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlInterceptor;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.stereotype.Component;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Scheduler;
import reactor.core.scheduler.Schedulers;

/**
 * The time limit of every GraphQL operation, on both doors (the REST facade runs its operations through the same
 * handler): an operation still running after {@code prism.http.request-timeout} is answered at once with
 * UNAVAILABLE (HTTP 503) and {@code timeoutMs}, and its execution is cancelled. Cancelling stops graphql-java
 * before the next field and makes the request's context refuse further reads and any commit, so a calculation
 * that overran stores nothing; work already inside one data fetcher runs to its end and is discarded.
 * <p>
 * The operation runs on a thread of its own, with the caller's log context, while the request's thread waits for
 * its answer until the time limit, so the answer can be given while a data fetcher is still busy. Waiting on the
 * request's thread (rather than handing the request to the servlet container's asynchronous dispatch) costs one
 * handover per operation and no second pass through the filters. The operation threads are platform threads, made
 * as needed and reused while they are idle (an idle one ends after a minute), at most {@value #THREADS}, as many as
 * Tomcat's request threads by default; should all be busy, the request's own thread runs the operation (and then
 * answers only when it ends). Virtual threads would pin their carrier in the synchronized database sessions on Java
 * 21. This interceptor runs right after the one that resolves trusted documents (which replaces the request, and
 * with it any execution-input customisation made before it): the time counts from the start of the operation,
 * request context and limits included.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
public class RequestTimeoutInterceptor implements WebGraphQlInterceptor, DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(RequestTimeoutInterceptor.class);

    /** Threads that run operations, at most; more operations wait in line. */
    static final int THREADS = 200;

    private final Duration timeout;
    private final ThreadPoolExecutor operations = new ThreadPoolExecutor(0, THREADS, 60, TimeUnit.SECONDS,
            new SynchronousQueue<>(), Thread.ofPlatform().name("graphql-", 0).daemon().factory(),
            new ThreadPoolExecutor.CallerRunsPolicy());
    private final Scheduler cancellations = Schedulers.fromExecutor(operations);

    public RequestTimeoutInterceptor(HttpProperties properties) {
        this.timeout = properties.requestTimeout();
    }

    @Override
    public Mono<WebGraphQlResponse> intercept(WebGraphQlRequest request, Chain chain) {
        AtomicReference<ExecutionInput> execution = new AtomicReference<>();
        request.configureExecutionInput((input, builder) -> {
            execution.set(input);
            return input;
        });
        Map<String, String> logContext = MDC.getCopyOfContextMap();
        Scheduler operation = Schedulers.fromExecutor(task -> operations.execute(() -> withLogContext(logContext,
                task)));
        CompletableFuture<WebGraphQlResponse> answer = chain.next(request)
                .subscribeOn(operation)
                .cancelOn(cancellations)
                .toFuture();
        try {
            return Mono.just(answer.get(timeout.toMillis(), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            answer.cancel(false);
            return Mono.just(timedOut(request, execution.get(), logContext));
        } catch (ExecutionException e) {
            return Mono.error(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            answer.cancel(false);
            return Mono.just(timedOut(request, execution.get(), logContext));
        }
    }

    private WebGraphQlResponse timedOut(WebGraphQlRequest request, ExecutionInput execution,
                                        Map<String, String> logContext) {
        if (execution != null) {
            execution.cancel();
        }
        withLogContext(logContext, () -> log.warn("GraphQL operation {} stopped at its time limit of {} ms",
                request.getOperationName() == null ? "(anonymous)" : request.getOperationName(),
                timeout.toMillis()));
        String correlationId = (String) request.getAttributes().get(CorrelationIdFilter.ATTRIBUTE);
        ExecutionResult result = ExecutionResult.newExecutionResult().addError(GraphQlErrors.error(
                ErrorCode.UNAVAILABLE, "The operation ran past the time limit of " + timeout.toMillis()
                        + " ms and was stopped. Ask for less, or retry later",
                List.of(), Map.of("timeoutMs", timeout.toMillis()), correlationId).build()).build();
        ExecutionInput input = execution != null ? execution
                : ExecutionInput.newExecutionInput(request.getDocument()).build();
        return new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, result));
    }

    private static void withLogContext(Map<String, String> logContext, Runnable task) {
        Map<String, String> previous = MDC.getCopyOfContextMap();
        replace(logContext);
        try {
            task.run();
        } finally {
            replace(previous);
        }
    }

    private static void replace(Map<String, String> logContext) {
        if (logContext == null) {
            MDC.clear();
        } else {
            MDC.setContextMap(logContext);
        }
    }

    @Override
    public void destroy() {
        operations.shutdown();
    }
}
