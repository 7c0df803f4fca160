package io.cureflow.account.internal.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.UUID;

/**
 * The state of an import. {@code accepted} counts accounts created, {@code updated} accounts that existed, {@code
 * rejected} refused rows; {@code rejections} lists each problem of each refused row (up to a limit) by physical line.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ImportReport(UUID importId, ImportStatus status, long accepted, long updated, long rejected,
                           List<String> unknownColumns, List<RejectionView> rejections, Progress progress,
                           String failure, String failureCode, String failureDetail) {

    /** @param bytesRead how much of the file was read so far, of {@code totalBytes} */
    public record Progress(long rowsProcessed, long bytesRead, long totalBytes) {

        public int percent() {
            return totalBytes == 0 ? 100 : (int) Math.min(100, bytesRead * 100 / totalBytes);
        }
    }

    public record RejectionView(long line, String field, String reason, String code, Long arg) {
    }

    static ImportReport of(ImportRun run, List<Rejection> rejections) {
        return new ImportReport(run.id(), run.status(), run.accepted(), run.updated(), run.rejected(),
                run.unknownColumns(),
                rejections.stream()
                        .map(r -> new RejectionView(r.line(), r.field(), r.reason().text(r.arg()), r.reason().code(),
                                r.arg()))
                        .toList(),
                new Progress(run.rowsProcessed(), run.bytesRead(), run.totalBytes()),
                run.failure() == null ? null : run.failure().text(run.failureDetail()),
                run.failure() == null ? null : run.failure().code(), run.failureDetail());
    }
}
