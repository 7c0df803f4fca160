package io.cureflow.account.internal.intake;

import io.cureflow.account.internal.AccountIntake;
import io.cureflow.account.internal.IntakeItem;
import io.cureflow.account.internal.IntakeOutcome;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores a chunk of valid rows in one transaction. When the chunk fails (a constraint, a concurrent import), it is
 * rolled back whole and retried row by row, so one bad row costs only itself.
 */
@Component
class ChunkWriter {

    private static final Logger log = LoggerFactory.getLogger(ChunkWriter.class);

    private final AccountIntake intake;
    private final TransactionTemplate transaction;

    ChunkWriter(AccountIntake intake, PlatformTransactionManager transactions) {
        this.intake = intake;
        this.transaction = new TransactionTemplate(transactions);
    }

    ChunkResult write(List<ValidRow> rows) {
        if (rows.isEmpty()) {
            return ChunkResult.EMPTY;
        }
        try {
            return ChunkResult.stored(transaction.execute(status -> intake.store(items(rows))));
        } catch (RuntimeException chunkFailure) {
            log.warn("Import chunk of {} rows from line {} failed ({}); storing its rows one by one", rows.size(),
                    rows.get(0).line(), chunkFailure.getClass().getSimpleName());
            return rowByRow(rows);
        }
    }

    private ChunkResult rowByRow(List<ValidRow> rows) {
        List<IntakeOutcome> stored = new ArrayList<>();
        List<Rejection> rejections = new ArrayList<>();
        for (ValidRow row : rows) {
            try {
                stored.addAll(transaction.execute(status -> intake.store(List.of(row.item()))));
            } catch (RuntimeException rowFailure) {
                log.warn("Import row on line {} could not be stored ({})", row.line(),
                        rowFailure.getClass().getSimpleName());
                rejections.add(new Rejection(row.line(), null, Reason.NOT_STORED, null));
            }
        }
        return new ChunkResult(stored, rejections);
    }

    private static List<IntakeItem> items(List<ValidRow> rows) {
        return rows.stream().map(ValidRow::item).toList();
    }

    record ValidRow(long line, IntakeItem item) {
    }

    record ChunkResult(List<IntakeOutcome> stored, List<Rejection> rejections) {

        static final ChunkResult EMPTY = new ChunkResult(List.of(), List.of());

        static ChunkResult stored(List<IntakeOutcome> outcomes) {
            return new ChunkResult(outcomes, List.of());
        }

        long created() {
            return stored.stream().filter(IntakeOutcome::created).count();
        }

        long updated() {
            return stored.size() - created();
        }
    }
}
