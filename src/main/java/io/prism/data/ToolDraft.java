package io.prism.data;

/**
 * The writable fields of a tenant tool, already validated: lengths in mm, angles in degrees, speeds in rev/min;
 * {@code type} and {@code toolMaterial} as GraphQL enum constant names.
 */
public record ToolDraft(String name, String type, String isoDesignation, Double diameter, Integer flutes,
                        Double fluteLength, Double overallLength, Double cornerRadius, Double helixAngleDeg,
                        Double pointAngleDeg, String toolMaterial, String coating, String grade, Double maxRpm,
                        Double chipLoadMin, Double chipLoadMax, String notes, String source, boolean verified) {
}
