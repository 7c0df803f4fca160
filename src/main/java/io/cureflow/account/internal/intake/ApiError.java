package io.cureflow.account.internal.intake;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;

/**
 * The body of every 400 of the intake API.
 *
 * @param errors every problem when there are several; {@code field} and {@code message} repeat the first
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String field, String message, List<FieldMessage> errors) {

    public record FieldMessage(String field, String message) {
    }

    public static ApiError of(String error, String field, String message) {
        return new ApiError(error, field, message, null);
    }
}
