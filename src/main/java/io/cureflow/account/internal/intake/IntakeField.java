package io.cureflow.account.internal.intake;

import java.util.Arrays;
import java.util.Optional;

/** The fields of an intake record: their CSV column, their JSON property, and whether a value is required. */
public enum IntakeField {
    ACCOUNT_ID("account_id", "accountId", true),
    BORROWER_ID("borrower_id", "borrowerId", true),
    FIRST_NAME("first_name", "firstName", true),
    LAST_NAME("last_name", "lastName", true),
    PHONE("phone", "phone", false),
    PHONE2("phone2", "phone2", false),
    EMAIL("email", "email", false),
    ADDRESS_LINE1("address_line1", "addressLine1", false),
    CITY("city", "city", false),
    STATE("state", "state", true),
    ZIP("zip", "zip", true),
    TIME_ZONE("time_zone", "timeZone", false),
    LANGUAGE("language", "language", false),
    CREDITOR("creditor", "creditor", true),
    PRODUCT("product", "product", true),
    BALANCE("balance", "balance", true),
    CURRENCY("currency", "currency", false),
    DUE_DATE("due_date", "dueDate", true),
    DAYS_PAST_DUE("days_past_due", "daysPastDue", true);

    private final String column;
    private final String property;
    private final boolean required;

    IntakeField(String column, String property, boolean required) {
        this.column = column;
        this.property = property;
        this.required = required;
    }

    public String column() {
        return column;
    }

    public String property() {
        return property;
    }

    public boolean required() {
        return required;
    }

    public static Optional<IntakeField> ofColumn(String column) {
        return Arrays.stream(values()).filter(field -> field.column.equals(column)).findFirst();
    }
}
