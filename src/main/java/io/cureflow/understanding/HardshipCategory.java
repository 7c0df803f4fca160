package io.cureflow.understanding;

import java.util.Locale;

/** Why a borrower cannot pay as agreed; set only for {@link Intent#HARDSHIP}. */
public enum HardshipCategory {
    JOB_LOSS,
    REDUCED_INCOME,
    MEDICAL,
    BEREAVEMENT,
    DISASTER,
    DIVORCE_SEPARATION,
    MILITARY,
    INCARCERATION,
    DOMESTIC_VIOLENCE,
    OTHER_HARDSHIP;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static HardshipCategory fromWireName(String name) {
        return valueOf(name.trim().toUpperCase(Locale.ROOT));
    }
}
