package io.cureflow.understanding.internal.limits;

import java.util.List;

/**
 * What a reply says about when and how it may be contacted.
 *
 * @param limits what could be read for sure; recording all of them never allows a contact the borrower ruled out
 * @param unsure something in the reply could not be read for sure ("after 8", "after work", "only text me after 6":
 *               only texts, or texts only after 6?), or nothing could be read at all: a person reads it
 */
public record ContactLimits(List<ContactLimit> limits, boolean unsure) {

    public ContactLimits {
        limits = List.copyOf(limits);
    }
}
