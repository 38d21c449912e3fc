package io.prism.data;

import java.util.List;

/**
 * Filter of the tool list; null members do not filter.
 *
 * @param diameterRange true when a diameter range was given: tools without a diameter are then dropped
 * @param diameterMin   lowest diameter in mm, inclusive
 * @param diameterMax   highest diameter in mm, inclusive
 */
public record ToolQuery(List<String> types, List<String> toolMaterials, boolean diameterRange, Double diameterMin,
                        Double diameterMax, String search, Owner owner, boolean verifiedOnly) {

    public static final ToolQuery ALL = new ToolQuery(null, null, false, null, null, null, null, false);
}
