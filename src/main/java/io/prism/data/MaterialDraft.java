package io.prism.data;

/** The writable fields of a tenant material, already validated, in canonical units. */
public record MaterialDraft(String name, MaterialRow.Designations designations, String equivalents, String isoGroup,
                            String materialClass, String condition, Double hardnessValue, String hardnessScale,
                            Double tensileStrength, Double yieldStrength, Double density, Double thermalConductivity,
                            Double elasticModulus, Double kc11, Double mc, String notes, String source,
                            boolean verified) {
}
