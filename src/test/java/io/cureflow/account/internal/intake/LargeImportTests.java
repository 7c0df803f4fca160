package io.cureflow.account.internal.intake;

import static org.assertj.core.api.Assertions.assertThat;

import io.cureflow.support.EmbeddedPostgresSupport;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Imports 100,000 generated rows into PostgreSQL. The build runs this class alone in a JVM limited to 512 MB of heap
 * (surefire execution {@code large-import}), which proves the import streams instead of loading the file.
 */
@SpringBootTest(properties = {
        "cureflow.account.demo-data.enabled=false",
        "camunda.bpm.job-execution.enabled=false"
})
class LargeImportTests {

    private static final int ROWS = 100_000;

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        EmbeddedPostgresSupport.register(registry);
    }

    @Autowired
    ImportService imports;

    @Test
    void importsOneHundredThousandRowsInBoundedMemory() {
        GeneratedCsv csv = new GeneratedCsv(ROWS, CsvFixtures.prefix());
        long started = System.nanoTime();

        ImportReport report = imports.importNow(csv);

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf("LargeImportTests: %d rows (%d MB) imported in %.1f s, %.0f rows/s, max heap %d MB%n", ROWS,
                csv.size() / 1_000_000, took.toMillis() / 1000.0, ROWS * 1000.0 / Math.max(1, took.toMillis()),
                Runtime.getRuntime().maxMemory() / 1_048_576);
        assertThat(report.status()).isEqualTo(ImportStatus.COMPLETED);
        assertThat(report.rejections()).isEmpty();
        assertThat(report.accepted()).isEqualTo(ROWS);
        assertThat(report.progress().rowsProcessed()).isEqualTo(ROWS);
    }
}
