package io.prism.support;

import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.ExecuteListenerProvider;

/** Counts every SQL statement the service executes through jOOQ (all of its statements go through jOOQ). */
public final class StatementCounter implements ExecuteListenerProvider {

    private final AtomicInteger count = new AtomicInteger();

    @Override
    public ExecuteListener provide() {
        return new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                count.incrementAndGet();
            }
        };
    }

    public int get() {
        return count.get();
    }
}
