package io.cureflow.outreach.internal.compose;

import java.util.Optional;

/** Writes one outreach message from a brief. */
public interface MessageWriter {

    /** Empty when this writer cannot write the message (a model that timed out, for example). */
    Optional<WrittenMessage> write(MessageBrief brief);
}
