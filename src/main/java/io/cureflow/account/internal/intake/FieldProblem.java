package io.cureflow.account.internal.intake;

/**
 * One thing wrong with an intake record.
 *
 * @param field null when the problem is the row as a whole
 * @param arg   the number the reason's text refers to, if any
 */
public record FieldProblem(IntakeField field, Reason reason, Long arg) {

    public FieldProblem(IntakeField field, Reason reason) {
        this(field, reason, null);
    }
}
