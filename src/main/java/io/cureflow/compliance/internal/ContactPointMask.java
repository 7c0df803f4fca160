package io.cureflow.compliance.internal;

/** Shows enough of a phone number or email address to tell which one it was, and no more. */
public final class ContactPointMask {

    private ContactPointMask() {
    }

    public static String mask(String contactPoint) {
        if (contactPoint == null || contactPoint.isBlank()) {
            return null;
        }
        int at = contactPoint.indexOf('@');
        if (at > 0) {
            return contactPoint.charAt(0) + "•••" + contactPoint.substring(at);
        }
        String digits = contactPoint.replaceAll("\\D", "");
        return digits.length() <= 4 ? "••••" : "••••" + digits.substring(digits.length() - 4);
    }
}
