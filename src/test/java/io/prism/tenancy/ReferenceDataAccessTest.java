package io.prism.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prism.support.IntegrationTest;
import io.prism.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/**
 * Reference data (alarms, threads) is not tenant-owned: the service's role reads it with no tenant set, since no row
 * level security applies, and cannot change it, since it holds only SELECT on those tables.
 */
class ReferenceDataAccessTest extends IntegrationTest {

    @Test
    void shouldLetTheServiceRoleReadButNeverWriteReferenceData() throws SQLException {
        try (Connection c = TestDatabase.get().ownerConnection(); Statement st = c.createStatement()) {
            st.execute("SET ROLE prism_app");
            try (ResultSet rs = st.executeQuery("SELECT (SELECT count(*) FROM alarm), "
                    + "(SELECT count(*) FROM thread_spec), current_setting('app.tenant_id', true)")) {
                assertThat(rs.next()).isTrue();
                assertThat(rs.getLong(1)).isGreaterThanOrEqualTo(250);
                assertThat(rs.getLong(2)).isEqualTo(153);
                assertThat(rs.getString(3)).as("no tenant set").isNullOrEmpty();
            }
            assertThatThrownBy(() -> st.executeUpdate("UPDATE alarm SET title = 'forged'"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.executeUpdate("DELETE FROM thread_spec"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
            assertThatThrownBy(() -> st.executeUpdate("INSERT INTO thread_spec (designation, series, nominal_mm, "
                    + "pitch_mm, minor_dia_internal_mm, minor_dia_external_mm, pitch_dia_mm, tap_drill_mm, "
                    + "thread_depth_external_mm, source, verification, verified) VALUES ('M99', 'COARSE', 99, 1, 1, "
                    + "1, 1, 1, 1, 's', 'v', false)"))
                    .isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
        }
    }
}
