package io.prism.service.compliance;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * One piece of evidence a rule read (GraphQL {@code ComplianceEvidence}).
 *
 * @param key what it is, such as {@code MATERIAL 5fde…@1} or {@code safety.score}
 * @param value its value as JSON text
 */
public record Evidence(String key, String value) {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** Evidence of any value Jackson writes as JSON. */
    static Evidence of(String key, Object value) {
        return new Evidence(key, JSON.writeValueAsString(value));
    }

    /** Evidence whose value is a JSON object of the given names and values, in that order. */
    static Evidence object(String key, Object... namesAndValues) {
        Map<String, Object> value = new LinkedHashMap<>();
        for (int i = 0; i + 1 < namesAndValues.length; i += 2) {
            value.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return of(key, value);
    }
}
