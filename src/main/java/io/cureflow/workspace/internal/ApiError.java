package io.cureflow.workspace.internal;

import com.fasterxml.jackson.annotation.JsonInclude;

/** An API error: a short code, the field or parameter at fault when there is one, and a sentence for a person. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String error, String field, String message) {
}
