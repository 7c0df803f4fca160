package io.cureflow.understanding.internal.limits;

import java.util.ArrayList;
import java.util.List;

/**
 * Reads the limits a borrower set on contact from a reply the classifier found to be a contact restriction, in English
 * and Spanish. It reads only what it can be sure of; whatever it is not sure of makes the reply go to a person as well.
 */
public final class ContactLimitReader {

    private ContactLimitReader() {
    }

    public static ContactLimits read(String reply) {
        if (reply == null || reply.isBlank()) {
            return new ContactLimits(List.of(), true);
        }
        Spans spans = new Spans(LimitText.of(reply));
        WorkAndChannelLimits places = new WorkAndChannelLimits(spans);
        List<ContactLimit> limits = new ArrayList<>(places.read());
        TimeLimits times = new TimeLimits(spans);
        limits.addAll(times.read());
        return new ContactLimits(limits, limits.isEmpty() || places.unsure() || times.unsure());
    }
}
