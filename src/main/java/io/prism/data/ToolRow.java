package io.prism.data;

import io.prism.tenancy.TenantId;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * A tool as stored. Component names follow the GraphQL type {@code Tool}; lengths are in millimetres, angles in
 * degrees, speeds in rev/min. {@code type} and {@code toolMaterial} hold the names of the GraphQL enum constants.
 *
 * @param version 1 when the row was created, one more with every change (migration V18); earlier versions
 *                are kept in the audit log
 */
public record ToolRow(UUID id, TenantId tenantId, String code, String name, String type, String isoDesignation,
                      Double diameter, Integer flutes, Double fluteLength, Double overallLength, Double cornerRadius,
                      Double helixAngleDeg, Double pointAngleDeg, String toolMaterial, String coating, String grade,
                      Double maxRpm, Double chipLoadMin, Double chipLoadMax, Recommendation recommendation,
                      String notes, Provenance provenance, OffsetDateTime createdAt, OffsetDateTime updatedAt,
                      int version) {

    public Owner owner() {
        return Owner.of(tenantId);
    }

    /**
     * Cutting data published with the tool; component names follow the GraphQL type {@code ToolRecommendation}.
     * Speeds in m/min, feeds per revolution and depths of cut in mm, table feed in mm/min.
     */
    public record Recommendation(String isoGroup, String workMaterial, Double cuttingSpeedMin,
                                 Double cuttingSpeedMax, Double feedPerRevMin, Double feedPerRevMax,
                                 Double depthOfCutMin, Double depthOfCutMax, Double spindleSpeedRpm,
                                 Double feedRate) {
    }
}
