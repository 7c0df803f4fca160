package io.cureflow.understanding;

import java.util.List;

/**
 * What a reply was found to say.
 *
 * @param hardshipCategory set for {@link Intent#HARDSHIP} only
 * @param confidence       0 to 1
 * @param promise          set for {@link Intent#PROMISE_TO_PAY} when a date or an amount was found, else null
 * @param evidence         the words that decided it
 * @param alsoDetected     weaker intents the reply also shows, weightiest first ("I lost my job, stop texting me" is
 *                         hardship that also opts out of texts: the journey honours both)
 * @param language         the language it was read in, "en" or "es"
 * @param needsReview      true when confidence is too low to act on without a person
 * @param classifier       which classifier answered, for example "offline" or "llm:gpt-4o-mini"
 */
public record Classification(Intent intent, HardshipCategory hardshipCategory, double confidence, Promise promise,
                             List<Evidence> evidence, List<Intent> alsoDetected, String language,
                             boolean needsReview, String classifier) {

    public Classification {
        evidence = evidence == null ? List.of() : List.copyOf(evidence);
        alsoDetected = alsoDetected == null ? List.of() : List.copyOf(alsoDetected);
    }
}
