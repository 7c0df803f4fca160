package io.cureflow;

import org.springframework.ai.retry.NonTransientAiException;
import org.springframework.ai.retry.TransientAiException;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClientResponseException;

import java.net.SocketTimeoutException;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.TimeoutException;

/**
 * Why a call to a language model failed, as a code fit for a log line: exception messages may quote the request, which
 * holds a borrower's words.
 */
public enum LanguageModelFailure {
    TIMEOUT, UNREACHABLE, HTTP_ERROR, MODEL_ERROR;

    public static LanguageModelFailure of(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SocketTimeoutException || cause instanceof HttpTimeoutException
                    || cause instanceof TimeoutException) {
                return TIMEOUT;
            }
        }
        if (failure instanceof ResourceAccessException) {
            return UNREACHABLE;
        }
        if (failure instanceof NonTransientAiException || failure instanceof TransientAiException
                || failure instanceof RestClientResponseException) {
            return HTTP_ERROR;
        }
        return MODEL_ERROR;
    }
}
