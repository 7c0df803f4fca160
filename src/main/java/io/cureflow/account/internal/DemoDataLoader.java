package io.cureflow.account.internal;

import io.cureflow.account.internal.intake.CsvSource;
import io.cureflow.account.internal.intake.ImportReport;
import io.cureflow.account.internal.intake.ImportService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;

/**
 * Loads the demo accounts through the ordinary CSV import when the database has none, so a fresh checkout shows cases in
 * every stage. Off with {@code cureflow.account.demo-data.enabled=false}.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    static final String DEMO_FILE = "demo/accounts.csv";
    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final AccountProperties properties;
    private final AccountRepository accounts;
    private final ImportService imports;

    DemoDataLoader(AccountProperties properties, AccountRepository accounts, ImportService imports) {
        this.properties = properties;
        this.accounts = accounts;
        this.imports = imports;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!properties.demoData().enabled() || accounts.count() > 0) {
            return;
        }
        ImportReport report = imports.importNow(new ResourceSource(new ClassPathResource(DEMO_FILE)));
        log.info("Demo data loaded: {} accounts, {} rejected", report.accepted(), report.rejected());
    }

    record ResourceSource(Resource resource) implements CsvSource {

        @Override
        public InputStream open() throws IOException {
            return resource.getInputStream();
        }

        @Override
        public long size() {
            try {
                return resource.contentLength();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
