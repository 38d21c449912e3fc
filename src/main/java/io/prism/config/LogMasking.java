package io.prism.config;

import io.prism.tenancy.ApiKeys;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.boot.json.JsonWriter;
import org.springframework.boot.logging.structured.StructuredLoggingJsonMembersCustomizer;

/**
 * Keeps credentials out of the JSON log lines, whoever writes them (the service, Spring or Tomcat, which quotes a
 * header it could not parse): every string value of every line, message and stack trace included, has the value
 * of an {@code Authorization} header, the token after {@code Bearer} and the secret part of a
 * {@code prism_live_} key (all but the readable prefix that key listings show) replaced by {@code ***}. Installed
 * with {@code logging.structured.json.customizer}.
 */
public class LogMasking implements StructuredLoggingJsonMembersCustomizer<Object> {

    static final String MASK = "***";
    private static final Pattern AUTHORIZATION = Pattern.compile("(?i)(authorization\\s*[:=]\\s*)[^\\]\\r\\n\"]+");
    private static final Pattern BEARER = Pattern.compile("(?i)(bearer\\s+)[A-Za-z0-9_\\-.~+/=]+");
    private static final Pattern KEY = Pattern.compile("(" + Pattern.quote(ApiKeys.PREFIX)
            + "[A-Za-z0-9]{0," + ApiKeys.SHOWN_LENGTH + "}+)[A-Za-z0-9]+");

    @Override
    public void customize(JsonWriter.Members<Object> members) {
        members.applyingValueProcessor(JsonWriter.ValueProcessor.of(String.class, LogMasking::mask));
    }

    /** {@code text} without credentials. */
    public static String mask(String text) {
        if (text == null) {
            return null;
        }
        String masked = text;
        for (Pattern p : new Pattern[] {AUTHORIZATION, BEARER, KEY}) {
            Matcher m = p.matcher(masked);
            if (m.find()) {
                masked = m.replaceAll("$1" + Matcher.quoteReplacement(MASK));
            }
        }
        return masked;
    }
}
