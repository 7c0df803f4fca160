package io.cureflow.account.internal.intake;

import io.cureflow.account.internal.AccountData;
import io.cureflow.account.internal.AccountProperties;
import io.cureflow.account.internal.BorrowerData;
import io.cureflow.account.internal.IntakeItem;
import io.cureflow.account.internal.intake.ChunkWriter.ChunkResult;
import io.cureflow.account.internal.intake.ChunkWriter.ValidRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.stereotype.Component;

/**
 * Runs one import over a file that passed {@link #check}: reads rows one at a time, validates each, and stores the good
 * ones chunk by chunk. Only the current chunk, the pending rejections and the account ids seen so far are in memory.
 */
@Component
class ImportRunner {

    private final IntakeValidator validator;
    private final ChunkWriter writer;
    private final ImportLedger ledger;
    private final int chunkSize;

    ImportRunner(IntakeValidator validator, ChunkWriter writer, ImportLedger ledger, AccountProperties properties) {
        this.validator = validator;
        this.writer = writer;
        this.ledger = ledger;
        this.chunkSize = Math.max(1, properties.importChunkSize());
    }

    /** Reads the whole file once without storing anything, so a broken file is refused before any row is written. */
    CsvHeader check(CsvSource source) throws IOException {
        Utf8Check.check(source.open());
        try (CsvRowReader reader = new CsvRowReader(source.open())) {
            while (reader.next() != null) {
                // reading is the check
            }
            return reader.header();
        }
    }

    void run(UUID importId, CsvSource source) throws IOException {
        CountingInputStream counted = new CountingInputStream(source.open());
        try (CsvRowReader reader = new CsvRowReader(counted)) {
            CsvHeader header = reader.header();
            ledger.unknownColumns(importId, header.unknownColumns());
            Map<String, Long> firstLineOfAccount = new HashMap<>();
            List<ValidRow> chunk = new ArrayList<>(chunkSize);
            List<Rejection> rejections = new ArrayList<>();
            ImportCounts counts = ImportCounts.NONE;
            long rejectedRows = 0;
            for (CsvRow row = reader.next(); row != null; row = reader.next()) {
                List<FieldProblem> problems = new ArrayList<>();
                IntakeItem item = validate(header, row, problems, firstLineOfAccount);
                if (item == null) {
                    rejectedRows++;
                    for (FieldProblem problem : problems) {
                        rejections.add(Rejection.of(row.line(), problem));
                    }
                } else {
                    chunk.add(new ValidRow(row.line(), item));
                }
                if (chunk.size() >= chunkSize || rejections.size() >= chunkSize) {
                    counts = flush(importId, chunk, rejections, counts, rejectedRows, counted.count());
                    rejectedRows = 0;
                }
            }
            flush(importId, chunk, rejections, counts, rejectedRows, counted.count());
        }
        ledger.complete(importId);
    }

    private ImportCounts flush(UUID importId, List<ValidRow> chunk, List<Rejection> rejections, ImportCounts counts,
                               long rejectedRows, long bytesRead) {
        ChunkResult result = writer.write(chunk);
        List<Rejection> all = new ArrayList<>(rejections);
        all.addAll(result.rejections());
        ImportCounts next = counts.plus(result.created(), result.updated(), rejectedRows + result.rejections().size());
        ledger.progress(importId, next, bytesRead, all);
        chunk.clear();
        rejections.clear();
        return next;
    }

    private IntakeItem validate(CsvHeader header, CsvRow row, List<FieldProblem> problems,
                                Map<String, Long> firstLineOfAccount) {
        if (row.record().size() != header.width()) {
            problems.add(new FieldProblem(null, Reason.WRONG_FIELD_COUNT, (long) row.record().size()));
            return null;
        }
        Function<IntakeField, String> values = field -> header.value(row.record(), field);
        String accountId = values.apply(IntakeField.ACCOUNT_ID);
        if (accountId != null && !accountId.isBlank()) {
            Long firstLine = firstLineOfAccount.putIfAbsent(accountId.strip(), row.line());
            if (firstLine != null) {
                problems.add(new FieldProblem(IntakeField.ACCOUNT_ID, Reason.DUPLICATE_IN_FILE, firstLine));
            }
        }
        BorrowerData borrower = validator.borrower(values, problems);
        AccountData account = validator.account(values, problems);
        return problems.isEmpty() ? new IntakeItem(borrower, account) : null;
    }
}
