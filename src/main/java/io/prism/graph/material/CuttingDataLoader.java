package io.prism.graph.material;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.prism.data.CuttingDataRow;
import io.prism.graph.support.Batches;
import io.prism.service.MaterialService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/**
 * Batches {@code Material.cuttingData}: one SQL statement for all materials of a request, whatever their number.
 * The request scope comes with each key as its key context.
 */
@DgsDataLoader(name = "cuttingData")
public class CuttingDataLoader implements MappedBatchLoaderWithContext<UUID, List<CuttingDataRow>> {

    private final MaterialService materials;

    public CuttingDataLoader(MaterialService materials) {
        this.materials = materials;
    }

    @Override
    public CompletionStage<Map<UUID, List<CuttingDataRow>>> load(Set<UUID> keys, BatchLoaderEnvironment env) {
        return Batches.load(env, ctx -> materials.cuttingData(ctx, keys));
    }
}
