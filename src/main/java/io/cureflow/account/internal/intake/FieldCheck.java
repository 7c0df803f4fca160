package io.cureflow.account.internal.intake;

import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;

/** Reads the fields of one intake record and collects its problems. */
final class FieldCheck {

    private final Function<IntakeField, String> values;
    private final List<FieldProblem> problems;
    private final int problemsBefore;

    FieldCheck(Function<IntakeField, String> values, List<FieldProblem> problems) {
        this.values = values;
        this.problems = problems;
        this.problemsBefore = problems.size();
    }

    String value(IntakeField field) {
        String value = values.apply(field);
        return value == null || value.isBlank() ? null : value.strip();
    }

    String required(IntakeField field) {
        String value = value(field);
        if (value == null && field.required()) {
            problem(field, Reason.REQUIRED);
        }
        return value;
    }

    String text(IntakeField field, int maxLength) {
        String value = required(field);
        if (value != null && value.length() > maxLength) {
            problems.add(new FieldProblem(field, Reason.TOO_LONG, (long) maxLength));
            return null;
        }
        return value;
    }

    String coded(IntakeField field, Function<String, String> normalise,
                 Predicate<String> valid, Reason otherwise) {
        String value = required(field);
        if (value == null) {
            return null;
        }
        String normalised = normalise.apply(value);
        if (!valid.test(normalised)) {
            problem(field, otherwise);
            return null;
        }
        return normalised;
    }

    void problem(IntakeField field, Reason reason) {
        problems.add(new FieldProblem(field, reason));
    }

    boolean failed() {
        return problems.size() > problemsBefore;
    }
}
