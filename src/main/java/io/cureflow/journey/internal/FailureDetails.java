package io.cureflow.journey.internal;

/**
 * The failure's class names and stack frames for Cockpit, without exception messages: a gateway error may quote a
 * phone number or an address.
 */
final class FailureDetails {

    private static final int MAX_FRAMES = 20;

    private FailureDetails() {
    }

    static String of(Throwable failure) {
        StringBuilder details = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            details.append(cause == failure ? "" : "Caused by: ").append(cause.getClass().getName()).append('\n');
            StackTraceElement[] frames = cause.getStackTrace();
            for (int i = 0; i < Math.min(frames.length, MAX_FRAMES); i++) {
                details.append("\tat ").append(frames[i]).append('\n');
            }
        }
        return details.toString();
    }
}
