package io.prism.data;

import jakarta.annotation.PreDestroy;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Listens for catalog change notices ({@code LISTEN prism_catalog}; the triggers of migration V14 send the id of
 * every material, cutting-data, tool and machine change when its transaction commits) on one connection of its own
 * (not one of the pool's),
 * and hands each changed id to the subscribers. When the connection is lost, notices may have been missed, so the
 * subscribers are told to forget everything ({@code null}) and the listener connects again; the same happens when it
 * first connects, so nothing cached before then outlives a missed notice.
 */
@Component
public class CatalogChanges {

    /** The channel the triggers notify. */
    public static final String CHANNEL = "prism_catalog";

    private static final Logger log = LoggerFactory.getLogger(CatalogChanges.class);
    private static final int WAIT_MS = 500;
    private static final long RETRY_MS = 1000;

    private final DataSource dataSource;
    private final List<Consumer<UUID>> subscribers = new CopyOnWriteArrayList<>();
    private final Thread listener;
    private volatile boolean listening;
    private volatile boolean stopped;

    public CatalogChanges(DataSource dataSource) {
        this.dataSource = dataSource;
        this.listener = Thread.ofPlatform().name("catalog-changes").daemon(true).unstarted(this::listen);
        listener.start();
    }

    /** Adds a subscriber: called with each changed id, or with null when everything must be forgotten. */
    public void subscribe(Consumer<UUID> subscriber) {
        subscribers.add(subscriber);
    }

    /** True while the listener is connected: only then may what it would invalidate be cached. */
    public boolean listening() {
        return listening;
    }

    private void listen() {
        while (!stopped) {
            try (Connection connection = connect(); Statement st = connection.createStatement()) {
                connection.setAutoCommit(true);
                st.execute("LISTEN " + CHANNEL);
                PGConnection pg = connection.unwrap(PGConnection.class);
                publish(null);
                listening = true;
                while (!stopped) {
                    PGNotification[] notices = pg.getNotifications(WAIT_MS);
                    if (notices != null) {
                        for (PGNotification notice : notices) {
                            publish(parse(notice.getParameter()));
                        }
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!stopped) {
                    log.warn("Catalog change listener lost its connection ({}); forgetting cached catalog rows and "
                            + "connecting again", e.getMessage());
                }
            } finally {
                listening = false;
                publish(null);
            }
            sleep();
        }
    }

    /**
     * A connection of the listener's own, outside the pool: it is held for as long as the service runs, and a pool
     * sized for requests should not lose one to it.
     */
    private Connection connect() throws SQLException {
        if (dataSource.isWrapperFor(HikariDataSource.class)) {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            return DriverManager.getConnection(pool.getJdbcUrl(), pool.getUsername(), pool.getPassword());
        }
        return dataSource.getConnection();
    }

    private void publish(UUID id) {
        for (Consumer<UUID> subscriber : subscribers) {
            try {
                subscriber.accept(id);
            } catch (RuntimeException e) {
                log.error("Catalog change subscriber failed on {}", id, e);
            }
        }
    }

    /** The id a notice carries; an unreadable one means forget everything. */
    private static UUID parse(String payload) {
        try {
            return UUID.fromString(payload);
        } catch (IllegalArgumentException | NullPointerException e) {
            return null;
        }
    }

    private void sleep() {
        if (stopped) {
            return;
        }
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    void stop() throws InterruptedException {
        stopped = true;
        listener.join(2 * WAIT_MS + RETRY_MS);
    }
}
