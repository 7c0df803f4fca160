package io.cureflow.account;

/**
 * A phone number (E.164) or email address of a borrower.
 *
 * @param lineType MOBILE, LANDLINE, VOIP, UNKNOWN for phones; null for emails
 */
public record ContactPointView(long id, Kind kind, String value, String lineType, boolean consent, boolean optedOut) {

    public enum Kind { PHONE, EMAIL }
}
