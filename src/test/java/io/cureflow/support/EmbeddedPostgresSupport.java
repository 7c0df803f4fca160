package io.cureflow.support;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.SQLException;
import org.springframework.boot.SpringApplication;
import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * One real PostgreSQL per test JVM (zonky's binaries, no Docker), started on first use and stopped after Spring has
 * closed its contexts at JVM exit. Durability settings are off: the database is thrown away.
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

    /** A fresh, empty database on the same server, for tests that run migrations themselves. */
    public static String newDatabase(String name) {
        Holder.createDatabase(name);
        return Holder.POSTGRES.getJdbcUrl(USER, name);
    }

    public static String user() {
        return USER;
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
                // after Spring has closed its contexts, which still need the database while they shut down
                SpringApplication.getShutdownHandlers().add(() -> stop(postgres));
                return postgres;
            } catch (IOException e) {
                throw new UncheckedIOException("Embedded PostgreSQL did not start", e);
            }
        }

        private static void stop(EmbeddedPostgres postgres) {
            try {
                postgres.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        private static String createDatabase() {
            createDatabase(DATABASE);
            return POSTGRES.getJdbcUrl(USER, DATABASE) + "&reWriteBatchedInserts=true";
        }

        private static void createDatabase(String name) {
            try (var connection = POSTGRES.getPostgresDatabase().getConnection();
                 var statement = connection.createStatement()) {
                statement.execute("create database " + name);
            } catch (SQLException e) {
                throw new IllegalStateException("Could not create the test database " + name, e);
            }
        }
    }
}
