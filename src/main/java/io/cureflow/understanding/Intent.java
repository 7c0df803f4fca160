package io.cureflow.understanding;

import java.util.Locale;

/**
 * What a reply is mainly about. Declared in order of legal weight: where a reply says several things, the one declared
 * first wins (a dispute that also asks for a plan is a dispute), because it is the one the law makes CureFlow act on.
 */
public enum Intent {
    DECEASED,
    BANKRUPTCY,
    ATTORNEY,
    CEASE,
    DISPUTE,
    WRONG_NUMBER,
    HARDSHIP,
    OPT_OUT,
    CONTACT_RESTRICTION,
    PAID_ALREADY,
    PROMISE_TO_PAY,
    PAYMENT_PLAN_REQUEST,
    CALLBACK_REQUEST,
    QUESTION,
    OTHER;

    /** The name used on the wire and in the corpus: {@code promise_to_pay}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Intent fromWireName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }

    /** True when this intent outweighs the other one. */
    public boolean outweighs(Intent other) {
        return ordinal() < other.ordinal();
    }
}
