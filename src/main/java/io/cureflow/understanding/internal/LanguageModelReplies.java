package io.cureflow.understanding.internal;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Reply;

import java.util.Optional;

/** A language model that reads replies; present only when one is configured. */
public interface LanguageModelReplies {

    /** Empty when the model failed, timed out or answered something that is not a valid classification. */
    Optional<Classification> classify(Reply reply);
}
