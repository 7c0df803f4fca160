package io.cureflow.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL per test JVM (zonky's binaries, no Docker), started on first use and stopped when the JVM exits.
 * A test class points Spring at it with
 * <pre>
 * &#64;DynamicPropertySource
 * static void postgres(DynamicPropertyRegistry registry) {
 *     EmbeddedPostgresSupport.register(registry);
 * }
 * </pre>
 * plus {@code @AutoConfigureTestDatabase(replace = NONE)} on slice tests. Every context shares the database
 * {@value #DATABASE}: Flyway migrates it once, so tests roll back or use their own ids.
 */
public final class EmbeddedPostgresSupport {

    public static final String DATABASE = "cureflow_test";
    private static final String USER = "postgres";
    private static final String STOP_THREAD = "embedded-postgres-stop";
    private static final long SPRING_SHUTDOWN_WAIT_MILLIS = 20_000;

    private EmbeddedPostgresSupport() {
    }

    public static void register(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", EmbeddedPostgresSupport::jdbcUrl);
        registry.add("spring.datasource.username", () -> USER);
        registry.add("spring.datasource.password", () -> "");
        registry.add("spring.datasource.driver-class-name", () -> "org.postgresql.Driver");
    }

    public static String jdbcUrl() {
        return Holder.URL;
    }

    private static final class Holder {

        private static final EmbeddedPostgres POSTGRES = start();
        private static final String URL = createDatabase();

        private static EmbeddedPostgres start() {
            try {
                EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                        .setRegisterShutdownHook(false)
                        // a throwaway test database need not survive a crash
                        .setServerConfig("fsync", "off")
                        .setServerConfig("synchronous_commit", "off")
                        .setServerConfig("full_page_writes", "off")
                        .start();
                Runtime.getRuntime().addShutdownHook(new Thread(() -> stopAfterSpring(postgres), STOP_THREAD));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
        }

        /**
         * Shutdown hooks run concurrently: stopping the database while Spring still closes its contexts would leave
         * them waiting for connections. So wait for Spring's hook threads first.
         */
        private static void stopAfterSpring(EmbeddedPostgres postgres) {
            Thread.getAllStackTraces().keySet().stream()
                    .filter(thread -> thread.getName().endsWith("ShutdownHook") && thread != Thread.currentThread())
                    .forEach(thread -> {
                        try {
                            thread.join(SPRING_SHUTDOWN_WAIT_MILLIS);
                        } catch (InterruptedException e) {
                            Thread.currentThread().interrupt();
                        }
                    });
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String createDatabase() {
            try (var connection = POSTGRES.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("create database " + DATABASE);
            } catch (java.sql.SQLException e) {
                throw new IllegalStateException("Could not create the test database", e);
            }
            return POSTGRES.getJdbcUrl(USER, DATABASE) + "&reWriteBatchedInserts=true";
        }
    }
}
