package io.prism.graph.material;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsMutation;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.CuttingDataRow;
import io.prism.data.MaterialRow;
import io.prism.generated.graphql.DgsConstants;
import io.prism.generated.graphql.types.CreateMaterialInput;
import io.prism.generated.graphql.types.DeleteCuttingDataInput;
import io.prism.generated.graphql.types.DeleteMaterialInput;
import io.prism.generated.graphql.types.MaterialFilter;
import io.prism.generated.graphql.types.SetCuttingDataInput;
import io.prism.generated.graphql.types.UpdateMaterialInput;
import io.prism.graph.support.Graph;
import io.prism.service.MaterialService;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/** Materials in the graph: lookups, the list, nested cutting data (batched) and the tenant's writes. */
@DgsComponent
public class MaterialDataFetcher {

    private final MaterialService materials;

    public MaterialDataFetcher(MaterialService materials) {
        this.materials = materials;
    }

    @DgsQuery
    public MaterialRow material(@InputArgument String id, DataFetchingEnvironment dfe) {
        return materials.material(Graph.context(dfe), id);
    }

    @DgsQuery
    public Graph.Connection<MaterialRow> materials(@InputArgument Integer first, @InputArgument String after,
                                                   @InputArgument MaterialFilter filter,
                                                   DataFetchingEnvironment dfe) {
        return Graph.connection(materials.materials(Graph.context(dfe), MaterialGraphMapper.query(filter), first,
                after, Graph.countsTotal(dfe)));
    }

    /** Cutting data goes through {@link CuttingDataLoader}, so a page of materials costs one statement for it. */
    @DgsData(parentType = DgsConstants.MATERIAL.TYPE_NAME, field = DgsConstants.MATERIAL.CuttingData)
    public CompletableFuture<List<CuttingDataRow>> cuttingData(DgsDataFetchingEnvironment dfe) {
        MaterialRow material = dfe.getSource();
        DataLoader<UUID, List<CuttingDataRow>> loader = dfe.getDataLoader(CuttingDataLoader.class);
        return loader.load(material.id(), Graph.context(dfe));
    }

    @DgsMutation
    public Map<String, Object> createMaterial(@InputArgument CreateMaterialInput input, DataFetchingEnvironment dfe) {
        return Map.of("material", materials.create(Graph.context(dfe), MaterialGraphMapper.draft(input)));
    }

    @DgsMutation
    public Map<String, Object> updateMaterial(@InputArgument UpdateMaterialInput input, DataFetchingEnvironment dfe) {
        return Map.of("material", materials.update(Graph.context(dfe), input.getId(),
                current -> MaterialGraphMapper.merge(current, input)));
    }

    @DgsMutation
    public Map<String, Object> deleteMaterial(@InputArgument DeleteMaterialInput input, DataFetchingEnvironment dfe) {
        return Map.of("deletedId", materials.delete(Graph.context(dfe), input.getId()).toString());
    }

    @DgsMutation
    public MaterialService.CuttingDataWrite setCuttingData(@InputArgument SetCuttingDataInput input,
                                                           DataFetchingEnvironment dfe) {
        return materials.setCuttingData(Graph.context(dfe), input.getMaterialId(), input.getToolMaterial().name(),
                input.getOperation().name(), input.getCuttingSpeedMinMPerMin(), input.getCuttingSpeedMaxMPerMin(),
                input.getFeedPerToothMinMm(), input.getFeedPerToothMaxMm(), input.getNotes(), input.getSource());
    }

    @DgsMutation
    public Map<String, Object> deleteCuttingData(@InputArgument DeleteCuttingDataInput input,
                                                 DataFetchingEnvironment dfe) {
        return Map.of("deletedId", materials.deleteCuttingData(Graph.context(dfe), input.getId()).toString());
    }
}
