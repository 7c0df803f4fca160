package io.cureflow.account.internal.intake;

/**
 * One problem of one row.
 *
 * @param field the CSV column, or null when the problem is the row as a whole
 */
record Rejection(long line, String field, Reason reason, Long arg) {

    static Rejection of(long line, FieldProblem problem) {
        return new Rejection(line, problem.field() == null ? null : problem.field().column(), problem.reason(),
                problem.arg());
    }
}
