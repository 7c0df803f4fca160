package io.cureflow.outreach.internal.compose;

/**
 * Where a message stands in the journey: the first reminder, the follow-ups, the late messages. Which steps fall in
 * which slot is configuration (cureflow.outreach.compose.follow-up-from-step, late-from-step).
 */
public enum Slot {
    FIRST("first"), FOLLOW_UP("follow-up"), LATE("late");

    private final String wireName;

    Slot(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }

    public static Slot of(int step, ComposeProperties properties) {
        if (step >= properties.lateFromStep()) {
            return LATE;
        }
        return step >= properties.followUpFromStep() ? FOLLOW_UP : FIRST;
    }
}
