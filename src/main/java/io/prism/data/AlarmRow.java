package io.prism.data;

import java.util.Locale;
import java.util.UUID;

/**
 * A CNC controller alarm as stored: platform reference data, the same for every tenant. Component names follow the
 * GraphQL type {@code Alarm}; {@code controllerFamily} holds the name of the GraphQL enum constant.
 *
 * @param uuid           stable UUID of the row (UUIDv5 of {@code id}); the last key of the list order
 * @param normalizedCode the upper-case letter prefix followed by the number without leading zeros ({@code SV401})
 * @param number         the number of the code ({@code SV0401} has 401)
 */
public record AlarmRow(String id, UUID uuid, String controllerFamily, String series, String code,
                       String normalizedCode, int number, String title, String meaning, String causesAndRemedies,
                       Provenance provenance) {

    /**
     * True when {@code search} is contained, ignoring case, in the code, the normalized code or the title: the same
     * test the alarm list applies in SQL.
     */
    public boolean matches(String search) {
        String needle = search.toLowerCase(Locale.ROOT);
        return code.toLowerCase(Locale.ROOT).contains(needle)
                || normalizedCode.toLowerCase(Locale.ROOT).contains(needle)
                || title.toLowerCase(Locale.ROOT).contains(needle);
    }
}
