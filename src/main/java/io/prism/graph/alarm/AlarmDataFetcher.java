package io.prism.graph.alarm;

import com.netflix.graphql.dgs.DgsComponent;
import com.netflix.graphql.dgs.DgsData;
import com.netflix.graphql.dgs.DgsDataFetchingEnvironment;
import com.netflix.graphql.dgs.DgsQuery;
import com.netflix.graphql.dgs.InputArgument;
import graphql.schema.DataFetchingEnvironment;
import io.prism.data.AlarmRow;
import io.prism.data.MachineRow;
import io.prism.generated.graphql.DgsConstants;
import io.prism.generated.graphql.types.AlarmDiagnoseInput;
import io.prism.generated.graphql.types.ControllerFamily;
import io.prism.graph.support.Graph;
import io.prism.service.AlarmService;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.dataloader.DataLoader;

/**
 * CNC alarms in the graph: decoding, diagnosis, the per-family list and the alarms of a machine (batched by
 * controller family). Alarm fields are plain properties of {@link AlarmRow}.
 */
@DgsComponent
public class AlarmDataFetcher {

    private final AlarmService alarms;

    public AlarmDataFetcher(AlarmService alarms) {
        this.alarms = alarms;
    }

    @DgsQuery
    public AlarmRow alarmDecode(@InputArgument ControllerFamily controller, @InputArgument String code,
                                DataFetchingEnvironment dfe) {
        return alarms.decode(Graph.context(dfe), Graph.name(controller), code);
    }

    @DgsQuery
    public AlarmService.AlarmDiagnosis alarmDiagnose(@InputArgument AlarmDiagnoseInput input,
                                                     DataFetchingEnvironment dfe) {
        return alarms.diagnose(Graph.context(dfe), new AlarmService.DiagnosisRequest(
                Graph.name(input.getController()), input.getCode(), input.getSpindleLoadPercent(), input.getAxis(),
                Graph.name(input.getRecentOperation()), input.getSymptoms()));
    }

    @DgsQuery
    public Graph.Connection<AlarmRow> alarms(@InputArgument ControllerFamily controller,
                                             @InputArgument String search, @InputArgument Integer first,
                                             @InputArgument String after, DataFetchingEnvironment dfe) {
        return Graph.connection(alarms.alarms(Graph.context(dfe), Graph.name(controller), search, first, after,
                Graph.countsTotal(dfe)));
    }

    /** Goes through {@link MachineAlarmsLoader}: a page of machines costs one statement for all their alarms. */
    @DgsData(parentType = DgsConstants.MACHINE.TYPE_NAME, field = DgsConstants.MACHINE.Alarms)
    public CompletableFuture<List<AlarmRow>> machineAlarms(@InputArgument String search, @InputArgument Integer first,
                                                           DgsDataFetchingEnvironment dfe) {
        MachineRow machine = dfe.getSource();
        AlarmService.AlarmSelection selection = alarms.selection(search, first);
        DataLoader<String, List<AlarmRow>> loader = dfe.getDataLoader(MachineAlarmsLoader.class);
        return loader.load(machine.controllerFamily(), Graph.context(dfe)).thenApply(selection::apply);
    }
}
