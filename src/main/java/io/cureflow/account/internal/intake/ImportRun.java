package io.cureflow.account.internal.intake;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** One CSV import: its status and running counts. Rejected rows are kept apart in {@link ImportRejection}. */
@Entity
@Table(name = "account_import")
class ImportRun {

    private static final int FAILURE_LENGTH = 500;
    private static final int COLUMNS_LENGTH = 2000;

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    private ImportStatus status;

    private long totalBytes;
    private long bytesRead;
    private long rowsProcessed;
    private long accepted;
    private long updated;
    private long rejected;
    private String unknownColumns;
    private String failureCode;
    private String failureDetail;
    private Instant startedAt;
    private Instant finishedAt;

    protected ImportRun() {
    }

    ImportRun(UUID id, long totalBytes, Instant now) {
        this.id = id;
        this.status = ImportStatus.RUNNING;
        this.totalBytes = totalBytes;
        this.startedAt = now;
    }

    void progress(ImportCounts counts, long bytesRead) {
        this.rowsProcessed = counts.rowsProcessed();
        this.accepted = counts.accepted();
        this.updated = counts.updated();
        this.rejected = counts.rejected();
        this.bytesRead = Math.min(bytesRead, totalBytes);
    }

    void unknownColumns(List<String> columns) {
        String joined = String.join(",", columns);
        unknownColumns = joined.isEmpty() ? null : truncate(joined, COLUMNS_LENGTH);
    }

    void complete(Instant now) {
        status = ImportStatus.COMPLETED;
        bytesRead = totalBytes;
        finishedAt = now;
    }

    void fail(ImportFailure failure, String detail, Instant now) {
        status = ImportStatus.FAILED;
        failureCode = failure.code();
        failureDetail = detail == null ? null : truncate(detail, FAILURE_LENGTH);
        finishedAt = now;
    }

    private static String truncate(String text, int length) {
        return text.length() <= length ? text : text.substring(0, length);
    }

    UUID id() {
        return id;
    }

    ImportStatus status() {
        return status;
    }

    long totalBytes() {
        return totalBytes;
    }

    long bytesRead() {
        return bytesRead;
    }

    long rowsProcessed() {
        return rowsProcessed;
    }

    long accepted() {
        return accepted;
    }

    long updated() {
        return updated;
    }

    long rejected() {
        return rejected;
    }

    List<String> unknownColumns() {
        return unknownColumns == null ? List.of() : List.of(unknownColumns.split(","));
    }

    ImportFailure failure() {
        return failureCode == null ? null : ImportFailure.ofCode(failureCode);
    }

    String failureDetail() {
        return failureDetail;
    }

    Instant startedAt() {
        return startedAt;
    }

    Instant finishedAt() {
        return finishedAt;
    }
}
