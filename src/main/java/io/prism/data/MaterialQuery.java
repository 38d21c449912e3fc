package io.prism.data;

import java.util.List;

/** Filter of the material list; null members do not filter. */
public record MaterialQuery(List<String> isoGroups, String hardnessScale, Double hardnessMin, Double hardnessMax,
                            String search, Owner owner, boolean verifiedOnly) {

    public static final MaterialQuery ALL = new MaterialQuery(null, null, null, null, null, null, false);
}
