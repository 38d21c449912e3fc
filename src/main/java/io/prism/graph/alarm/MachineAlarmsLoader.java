package io.prism.graph.alarm;

import com.netflix.graphql.dgs.DgsDataLoader;
import io.prism.data.AlarmRow;
import io.prism.graph.support.Batches;
import io.prism.service.AlarmService;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletionStage;
import org.dataloader.BatchLoaderEnvironment;
import org.dataloader.MappedBatchLoaderWithContext;

/**
 * Batches {@code Machine.alarms}: keyed by controller family, so one SQL statement loads the alarms of every family
 * on a page of machines, whatever their number. The request scope comes with each key as its key context.
 */
@DgsDataLoader(name = "machineAlarms")
public class MachineAlarmsLoader implements MappedBatchLoaderWithContext<String, List<AlarmRow>> {

    private final AlarmService alarms;

    public MachineAlarmsLoader(AlarmService alarms) {
        this.alarms = alarms;
    }

    @Override
    public CompletionStage<Map<String, List<AlarmRow>>> load(Set<String> families, BatchLoaderEnvironment env) {
        return Batches.load(env, ctx -> alarms.alarmsOfFamilies(ctx, families));
    }
}
