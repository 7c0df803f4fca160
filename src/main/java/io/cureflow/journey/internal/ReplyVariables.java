package io.cureflow.journey.internal;

import io.cureflow.understanding.ReplyClassified;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import static io.cureflow.journey.DelinquencyJourney.VAR_PROMISED_AMOUNT;
import static io.cureflow.journey.DelinquencyJourney.VAR_PROMISED_DATE;
import static io.cureflow.journey.DelinquencyJourney.VAR_REMINDERS_PAUSED_UNTIL;
import static io.cureflow.journey.DelinquencyJourney.VAR_REPLY_CONFIDENCE;
import static io.cureflow.journey.DelinquencyJourney.VAR_REPLY_HARDSHIP_CATEGORY;
import static io.cureflow.journey.DelinquencyJourney.VAR_REPLY_INTENT;
import static io.cureflow.journey.DelinquencyJourney.VAR_REPLY_MESSAGE_ID;
import static io.cureflow.journey.DelinquencyJourney.VAR_REPLY_NEEDS_REVIEW;

/**
 * The process variables a classified reply sets: codes, numbers as text and booleans, as the review form shows them.
 * No words of the reply: the evidence is marked on the case page, not copied into the engine's tables. Every key is
 * always set (blank when unknown) so that a second reply never shows the first one's category or promise.
 */
final class ReplyVariables {

    private ReplyVariables() {
    }

    static Map<String, Object> forReview(ReplyClassified event) {
        Map<String, Object> variables = new HashMap<>();
        variables.put(VAR_REPLY_MESSAGE_ID, event.messageId());
        variables.put(VAR_REPLY_INTENT, event.intent().wireName());
        variables.put(VAR_REPLY_HARDSHIP_CATEGORY,
                event.hardshipCategory() == null ? "" : event.hardshipCategory().wireName());
        variables.put(VAR_REPLY_CONFIDENCE, String.format(Locale.ROOT, "%.2f", event.confidence()));
        variables.put(VAR_REPLY_NEEDS_REVIEW, event.needsReview());
        variables.put(VAR_PROMISED_DATE, event.promisedDate() == null ? "" : event.promisedDate().toString());
        variables.put(VAR_PROMISED_AMOUNT, event.promisedAmount() == null ? ""
                : event.promisedAmount().toPlainString());
        return variables;
    }

    static Map<String, Object> forPromise(ReplyClassified event) {
        Map<String, Object> variables = forReview(event);
        variables.put(VAR_REMINDERS_PAUSED_UNTIL, event.remindersPausedUntil().toString());
        return variables;
    }
}
