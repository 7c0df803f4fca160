package io.cureflow.account.internal.intake;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports account CSVs, either while the caller waits or in the background from a spooled copy of the upload. Every
 * file is read once to check it before any row is stored.
 */
@Service
public class ImportService {

    static final int REPORTED_REJECTIONS = 1000;
    private static final Logger log = LoggerFactory.getLogger(ImportService.class);

    private final ImportRunner runner;
    private final ImportLedger ledger;
    private final ImportExecutor executor;

    ImportService(ImportRunner runner, ImportLedger ledger, ImportExecutor executor) {
        this.runner = runner;
        this.ledger = ledger;
        this.executor = executor;
    }

    /** @throws ImportFileException when the file cannot be imported at all; nothing is stored then */
    public ImportReport importNow(CsvSource source) {
        check(source);
        UUID importId = ledger.start(source.size());
        run(importId, source);
        return report(importId).orElseThrow();
    }

    /**
     * Copies the upload to a temporary file, checks its header, and imports it in the background.
     *
     * @return the import id to poll
     */
    public UUID importInBackground(InputStream upload) {
        Path spooled = spool(upload);
        CsvSource source = new FileSource(spooled);
        try (CsvRowReader reader = new CsvRowReader(source.open())) {
            reader.header();
        } catch (IOException | RuntimeException e) {
            delete(spooled);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        UUID importId = ledger.start(source.size());
        executor.submit(() -> {
            try {
                check(source);
                run(importId, source);
            } catch (ImportFileException e) {
                ledger.fail(importId, e.failure(), e.detail());
            } catch (RuntimeException e) {
                // run() recorded the failure and logged its type; the cause may quote row data, so it goes no further
            } finally {
                delete(spooled);
            }
        });
        return importId;
    }

    public Optional<ImportReport> report(UUID importId) {
        return ledger.report(importId, REPORTED_REJECTIONS);
    }

    private void check(CsvSource source) {
        try {
            runner.check(source);
        } catch (IOException e) {
            throw new ImportFileException(ImportFailure.UNREADABLE, null);
        }
    }

    private void run(UUID importId, CsvSource source) {
        try {
            runner.run(importId, source);
        } catch (ImportFileException e) {
            ledger.fail(importId, e.failure(), e.detail());
            throw e;
        } catch (IOException | RuntimeException e) {
            log.error("Import {} failed ({})", importId, e.getClass().getSimpleName());
            ledger.fail(importId, ImportFailure.INTERRUPTED, null);
            throw new IllegalStateException("Import " + importId + " failed", e);
        }
    }

    private static Path spool(InputStream upload) {
        try {
            Path file = Files.createTempFile("cureflow-import-", ".csv");
            try (upload) {
                Files.copy(upload, file, StandardCopyOption.REPLACE_EXISTING);
            }
            return file;
        } catch (IOException e) {
            throw new ImportFileException(ImportFailure.UNREADABLE, null);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            log.warn("Could not delete spooled import file ({})", e.getClass().getSimpleName());
        }
    }

    record FileSource(Path file) implements CsvSource {

        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }

        @Override
        public long size() {
            try {
                return Files.size(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
