package io.prism.tenancy;

import static org.assertj.core.api.Assertions.assertThat;

import io.prism.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Logs are JSON lines carrying the correlation id and tenant id, and never an API key. */
@ExtendWith(OutputCaptureExtension.class)
class LoggingTest extends IntegrationTest {

    @Test
    void shouldLogJsonWithCorrelationAndTenantButNoKey(CapturedOutput output) {
        TenantKey t = newTenant("logging tenant", "READ");
        ok(t.key(), "{ me { keyId } }");
        graphql(t.key(), "{ me { keyId } }", null, "X-Correlation-Id", "log-corr-1");
        graphql(ApiKeys.PREFIX + "wrongwrongwrongwrongwrongwrong00", "{ me { keyId } }", null, "X-Correlation-Id",
                "log-corr-2");
        String out = output.getAll();
        String line = out.lines().filter(l -> l.contains("log-corr-1")).findFirst().orElseThrow();
        assertThat(line).startsWith("{").contains("\"correlationId\":\"log-corr-1\"")
                .contains("\"tenantId\":\"" + t.tenantId() + "\"");
        assertThat(out.lines().filter(l -> l.contains("log-corr-2")).findFirst()).isPresent();
        assertThat(out).doesNotContain(t.key()).doesNotContain("wrongwrongwrongwrong").doesNotContain(ADMIN_KEY);
    }
}
