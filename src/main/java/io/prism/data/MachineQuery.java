package io.prism.data;

import java.util.List;

/**
 * Filter of the machine list; null members do not filter.
 *
 * @param minRpm lowest top spindle speed in rev/min, inclusive
 */
public record MachineQuery(List<String> types, List<String> controllers, Double minRpm, String search, Owner owner) {

    public static final MachineQuery ALL = new MachineQuery(null, null, null, null, null);
}
