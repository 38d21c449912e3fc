package io.prism.calc.speedfeed;

import java.util.Objects;

/**
 * The work material as the engine needs it. Unknown numbers are {@link Double#NaN}.
 *
 * @param isoGroup ISO 513 group; decides the fallback constants when the material has none of its own
 * @param kc11NPerMm2 Kienzle kc1.1 of the material, N/mm², or NaN when the catalog has none
 * @param mc Kienzle exponent of the material, or NaN
 * @param kcClass the class whose published kc values are compared for the uncertainty band
 * @param drillConstantK Tungaloy drilling material constant K, or NaN
 * @param verified true when the material row was checked against its source
 */
public record WorkMaterial(IsoGroup isoGroup, double kc11NPerMm2, double mc, KcClass kcClass, double drillConstantK,
        boolean verified) {

    /** Requires the group and the class. */
    public WorkMaterial {
        Objects.requireNonNull(isoGroup, "isoGroup");
        Objects.requireNonNull(kcClass, "kcClass");
    }
}
