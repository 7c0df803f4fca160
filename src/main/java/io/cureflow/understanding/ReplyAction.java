package io.cureflow.understanding;

/** What CureFlow did about a classified reply; one reply may lead to several. */
public enum ReplyAction {
    /** A stop restriction was recorded (cease, attorney, bankruptcy, deceased, dispute, hardship). */
    STOP_RECORDED,
    /** The reply's channel is closed for its number or address (recorded now, or by the exact STOP keyword). */
    CHANNEL_REVOKED,
    /** The number reaches someone else: recorded as misdirected and closed to every automated channel. */
    NUMBER_MARKED_MISDIRECTED,
    /** A promise with a date: reminders pause until the day after it. */
    PROMISE_RECORDED,
    /**
     * Limits the borrower set on contact were recorded with compliance: no contact at work, only one channel, or local
     * times ruled out.
     */
    RESTRICTION_RECORDED,
    /** A person reads the reply and decides. */
    FLAGGED_FOR_REVIEW
}
