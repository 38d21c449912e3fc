package io.prism.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.prism.support.IntegrationTest;
import io.prism.support.TestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Row level security on its own, below the repositories: queries without any tenant predicate, as the service's
 * role, still see only the transaction's tenant and the shared catalog; with no tenant set they see nothing; a
 * killed connection leaves nothing of its transaction behind.
 */
class RowLevelSecurityTest extends IntegrationTest {

    @Autowired
    private DataSource serviceDataSource;

    private TenantKey a;
    private TenantKey b;
    private String materialOfA;

    @BeforeEach
    void data() {
        a = newTenant("rls A");
        b = newTenant("rls B");
        materialOfA = ok(a.key(), "mutation { createMaterial(input: {name: \"rls private\", isoGroup: N, "
                + "materialClass: \"aluminium\", source: \"A\", verified: false}) { material { id } } }")
                .path("createMaterial").path("material").path("id").asString();
    }

    @Test
    void shouldRunServiceQueriesAsARoleThatRowLevelSecurityBinds() throws SQLException {
        try (Connection c = serviceDataSource.getConnection(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT current_user, r.rolsuper, r.rolbypassrls, "
                     + "(SELECT tableowner FROM pg_tables WHERE tablename = 'material') "
                     + "FROM pg_roles r WHERE r.rolname = current_user")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("prism_app");
            assertThat(rs.getBoolean(2)).as("superuser").isFalse();
            assertThat(rs.getBoolean(3)).as("bypassrls").isFalse();
            assertThat(rs.getString(4)).isNotEqualTo("prism_app");
        }
    }

    @Test
    void shouldHideOtherTenantsRowsWithoutAnyRepositoryFilter() throws SQLException {
        try (Connection c = appRoleConnection()) {
            c.setAutoCommit(false);
            setTenant(c, b.tenantId());
            assertThat(count(c, "SELECT count(*) FROM material WHERE material_id = '" + materialOfA + "'")).isZero();
            assertThat(count(c, "SELECT count(*) FROM material WHERE tenant_id = '" + a.tenantId() + "'")).isZero();
            assertThat(count(c, "SELECT count(*) FROM material")).isPositive(); // the shared catalog
            try (Statement st = c.createStatement()) {
                assertThat(st.executeUpdate("UPDATE material SET name = 'x' WHERE material_id = '" + materialOfA
                        + "'")).isZero();
                assertThat(st.executeUpdate("DELETE FROM material WHERE material_id = '" + materialOfA + "'")).isZero();
                assertThat(st.executeUpdate("UPDATE material SET name = 'x' WHERE tenant_id = "
                        + "'00000000-0000-0000-0000-000000000000'")).isZero();
            }
            c.rollback();
            setTenant(c, a.tenantId());
            assertThat(count(c, "SELECT count(*) FROM material WHERE material_id = '" + materialOfA + "'"))
                    .isEqualTo(1);
            c.rollback();
        }
    }

    @Test
    void shouldShowNothingWhenNoTenantIsSet() throws SQLException {
        try (Connection c = appRoleConnection()) {
            for (String table : new String[] {"material", "material_cutting_data", "tool", "machine", "tenant",
                    "api_key", "calculation"}) {
                assertThat(count(c, "SELECT count(*) FROM " + table)).as(table).isZero();
            }
        }
    }

    @Test
    void shouldRefuseWritesIntoAnotherTenantOrTheSharedCatalog() throws SQLException {
        try (Connection c = appRoleConnection()) {
            c.setAutoCommit(false);
            setTenant(c, b.tenantId());
            for (String owner : new String[] {a.tenantId(), "00000000-0000-0000-0000-000000000000"}) {
                assertThatThrownBy(() -> {
                    try (Statement st = c.createStatement()) {
                        st.execute("INSERT INTO material (tenant_id, material_id, name, iso_group, material_class, "
                                + "source, verification, verified, search_text) VALUES ('" + owner + "', '"
                                + UUID.randomUUID() + "', 'forged', 'P', 'steel', 's', 'v', false, 'forged')");
                    }
                }).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
                c.rollback();
                setTenant(c, b.tenantId());
            }
        }
    }

    @Test
    void shouldKeepCalculationsPrivateAndAppendOnly() throws SQLException {
        String insert = "INSERT INTO calculation (tenant_id, calculation_id, kind, formula_ids, engine_version, "
                + "inputs, envelope) VALUES ('%s', '%s', 'SPEED_FEED', ARRAY['cutting-time'], 'test', '{}', '{}')";
        String own = UUID.randomUUID().toString();
        try (Connection c = appRoleConnection()) {
            c.setAutoCommit(false);
            setTenant(c, a.tenantId());
            try (Statement st = c.createStatement()) {
                st.execute(String.format(insert, a.tenantId(), own));
            }
            c.commit();
            setTenant(c, b.tenantId());
            assertThat(count(c, "SELECT count(*) FROM calculation WHERE calculation_id = '" + own + "'")).isZero();
            for (String owner : new String[] {a.tenantId(), "00000000-0000-0000-0000-000000000000"}) {
                assertThatThrownBy(() -> {
                    try (Statement st = c.createStatement()) {
                        st.execute(String.format(insert, owner, UUID.randomUUID()));
                    }
                }).isInstanceOf(SQLException.class).hasMessageContaining("row-level security");
                c.rollback();
                setTenant(c, b.tenantId());
            }
            c.rollback();
            setTenant(c, a.tenantId());
            assertThat(count(c, "SELECT count(*) FROM calculation WHERE calculation_id = '" + own + "'"))
                    .isEqualTo(1);
            for (String change : new String[] {"UPDATE calculation SET kind = 'SPEED_FEED'",
                "DELETE FROM calculation"}) {
                assertThatThrownBy(() -> {
                    try (Statement st = c.createStatement()) {
                        st.execute(change + " WHERE calculation_id = '" + own + "'");
                    }
                }).isInstanceOf(SQLException.class).hasMessageContaining("permission denied");
                c.rollback();
                setTenant(c, a.tenantId());
            }
            c.rollback();
        }
    }

    @Test
    void shouldLeaveNothingBehindWhenATenantsConnectionIsKilledMidTransaction() throws Exception {
        String name = "half-written " + UUID.randomUUID();
        try (Connection victim = appRoleConnection(); Connection killer = TestDatabase.get().ownerConnection()) {
            victim.setAutoCommit(false);
            setTenant(victim, a.tenantId());
            try (Statement st = victim.createStatement()) {
                st.execute("INSERT INTO material (tenant_id, material_id, name, iso_group, material_class, source, "
                        + "verification, verified, search_text) VALUES ('" + a.tenantId() + "', '"
                        + UUID.randomUUID() + "', '" + name + "', 'P', 'steel', 's', 'v', false, '" + name + "')");
            }
            int pid = (int) count(victim, "SELECT pg_backend_pid()");
            try (PreparedStatement ps = killer.prepareStatement("SELECT pg_terminate_backend(?)")) {
                ps.setInt(1, pid);
                ps.execute();
            }
            assertThatThrownBy(victim::commit).isInstanceOf(SQLException.class);
        }
        // and the service's own pooled connections are killed too: the pool must recover without leaking
        sqlCount("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = current_database() "
                + "AND pid <> pg_backend_pid() AND application_name NOT LIKE 'psql%'");
        assertThat(sqlCount("SELECT count(*) FROM material WHERE name = '" + name + "'")).isZero();
        for (TenantKey t : new TenantKey[] {b, a}) {
            Response r = graphql(t.key(), "query($s: String) { materials(first: 10, filter: {search: $s}) { totalCount"
                    + " } }", java.util.Map.of("s", name));
            if (r.errorCode() != null) {
                // a request may land on a connection killed a moment ago; the next one gets a fresh connection
                assertThat(r.errorCode()).isEqualTo("UNAVAILABLE");
                r = graphql(t.key(), "query($s: String) { materials(first: 10, filter: {search: $s}) { totalCount } }",
                        java.util.Map.of("s", name));
            }
            assertThat(r.errorCode()).as(r.raw()).isNull();
            assertThat(r.data().path("materials").path("totalCount").asInt()).isZero();
        }
        Response bSeesNothingOfA = graphql(b.key(), "{ materials(first: 100, filter: {owner: TENANT}) { totalCount } }");
        assertThat(bSeesNothingOfA.data().path("materials").path("totalCount").asInt()).isZero();
    }

    private static Connection appRoleConnection() throws SQLException {
        Connection c = TestDatabase.get().ownerConnection();
        try (Statement st = c.createStatement()) {
            st.execute("SET ROLE prism_app");
        }
        return c;
    }

    private static void setTenant(Connection c, String tenant) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('app.tenant_id', ?, true)")) {
            ps.setString(1, tenant);
            ps.execute();
        }
    }

    private static long count(Connection c, String sql) throws SQLException {
        try (Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
