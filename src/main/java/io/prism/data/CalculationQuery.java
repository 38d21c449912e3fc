package io.prism.data;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * Filter of the calculation history; null members do not filter.
 *
 * @param kinds keep these kinds (names of {@code CalculationKind})
 * @param from keep calculations created at or after this instant
 * @param to keep calculations created before this instant
 */
public record CalculationQuery(List<String> kinds, OffsetDateTime from, OffsetDateTime to) {

    public static final CalculationQuery ALL = new CalculationQuery(null, null, null);
}
