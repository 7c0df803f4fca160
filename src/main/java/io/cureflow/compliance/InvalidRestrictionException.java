package io.cureflow.compliance;

import java.util.List;

/** A restriction that cannot be recorded or lifted as asked: each problem names its field and a bundle key. */
public class InvalidRestrictionException extends RuntimeException {

    private final List<Problem> problems;

    public InvalidRestrictionException(List<Problem> problems) {
        super("Invalid restriction: " + problems.stream().map(Problem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** @param messageKey a key of the {@code i18n/compliance} bundle */
    public record Problem(String field, String messageKey) {
    }
}
