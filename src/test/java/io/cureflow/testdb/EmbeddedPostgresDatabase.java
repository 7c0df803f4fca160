package io.cureflow.testdb;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

import javax.sql.DataSource;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

/**
 * A real PostgreSQL for slice tests: one server per test JVM, a fresh database per Spring context, so Flyway migrates
 * each context from scratch. Import it together with
 * {@code @AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class EmbeddedPostgresDatabase {

    private static EmbeddedPostgres server;

    @Bean
    DataSource dataSource() {
        EmbeddedPostgres postgres = server();
        String database = "test_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
             Statement statement = connection.createStatement()) {
            statement.execute("create database " + database);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create the test database", e);
        }
        return postgres.getDatabase("postgres", database);
    }

    private static synchronized EmbeddedPostgres server() {
        if (server == null) {
            try {
                server = EmbeddedPostgres.start();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(EmbeddedPostgresDatabase::stop));
        }
        return server;
    }

    private static void stop() {
        try {
            server.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
