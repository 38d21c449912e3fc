package io.prism.graph.tool;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.prism.data.ToolRow;
import io.prism.graph.support.Batches;
import io.prism.service.ToolService;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/** Tools by id for nested fields (a job plan's operations): one statement per request, whatever the number. */
@DgsDataLoader(name = "toolsById")
public class ToolLoader implements MappedBatchLoaderWithContext<UUID, ToolRow> {

    private final ToolService tools;

    public ToolLoader(ToolService tools) {
        this.tools = tools;
    }

    @Override
    public CompletionStage<Map<UUID, ToolRow>> load(Set<UUID> keys, BatchLoaderEnvironment env) {
        return Batches.load(env, ctx -> tools.tools(ctx, keys));
    }
}
