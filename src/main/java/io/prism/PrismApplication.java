package io.prism;

import io.prism.audit.OfflineVerifier;
import java.util.Arrays;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/**
 * Entry point of the PRISM service; {@code audit ...} runs the offline audit command instead
 * ({@link OfflineVerifier}), without Spring, and exits with its code.
 */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PrismApplication {

    public static void main(String[] args) {
        if (args.length > 0 && args[0].equals("audit")) {
            System.exit(OfflineVerifier.run(Arrays.copyOfRange(args, 1, args.length), System.out));
        }
        quietJooq();
        SpringApplication.run(PrismApplication.class, args);
    }

    /** jOOQ prints a banner and a "tip of the day" on first use; neither belongs in JSON logs. */
    static void quietJooq() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }
}
