package io.cureflow.outreach;

/** No outreach message has this id. */
public class UnknownMessageException extends RuntimeException {

    public UnknownMessageException(long messageId) {
        super("No outreach message with id " + messageId);
    }
}
