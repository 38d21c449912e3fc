package io.prism;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** Entry point of the PRISM service. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class PrismApplication {

    public static void main(String[] args) {
        quietJooq();
        SpringApplication.run(PrismApplication.class, args);
    }

    /** jOOQ prints a banner and a "tip of the day" on first use; neither belongs in JSON logs. */
    static void quietJooq() {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }
}
