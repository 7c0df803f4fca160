package io.cureflow.account;

/** Collection stages, entered as days past due cross each threshold. From 120 days on, the case goes to charge-off review. */
public enum DelinquencyStage {
    CURRENT(0),
    EARLY(1),
    DAYS_30(30),
    DAYS_60(60),
    DAYS_90(90),
    DAYS_120(120);

    private final int fromDaysPastDue;

    DelinquencyStage(int fromDaysPastDue) {
        this.fromDaysPastDue = fromDaysPastDue;
    }

    public int fromDaysPastDue() {
        return fromDaysPastDue;
    }

    public static DelinquencyStage forDaysPastDue(int daysPastDue) {
        DelinquencyStage result = CURRENT;
        for (DelinquencyStage stage : values()) {
            if (daysPastDue >= stage.fromDaysPastDue) {
                result = stage;
            }
        }
        return result;
    }

    /** The stage after this one, or null for the last. */
    public DelinquencyStage next() {
        int i = ordinal() + 1;
        return i < values().length ? values()[i] : null;
    }

    public boolean isChargeOffReview() {
        return this == DAYS_120;
    }
}
