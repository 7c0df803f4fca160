package io.cureflow.account.internal.intake;

/** The file as a whole cannot be imported. The detail is a line number or column names, never row contents. */
public class ImportFileException extends RuntimeException {

    private final ImportFailure failure;
    private final String detail;

    public ImportFileException(ImportFailure failure, Object detail) {
        super(failure.text(detail == null ? null : String.valueOf(detail)));
        this.failure = failure;
        this.detail = detail == null ? null : String.valueOf(detail);
    }

    public ImportFailure failure() {
        return failure;
    }

    public String detail() {
        return detail;
    }
}
