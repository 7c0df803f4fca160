package io.cureflow.account.internal.intake;

import java.util.List;

/**
 * One borrower and the accounts they owe. Amounts and days past due are read as text (JSON numbers are accepted too) so
 * the JSON API applies exactly the CSV rules.
 */
record BorrowerAccountsRequest(String borrowerId, String firstName, String lastName, String phone, String phone2,
                               String email, String addressLine1, String city, String state, String zip,
                               String timeZone, String language, List<AccountRequest> accounts) {

    record AccountRequest(String accountId, String creditor, String product, String balance, String currency,
                          String dueDate, String daysPastDue) {

        String value(IntakeField field) {
            return switch (field) {
                case ACCOUNT_ID -> accountId;
                case CREDITOR -> creditor;
                case PRODUCT -> product;
                case BALANCE -> balance;
                case CURRENCY -> currency;
                case DUE_DATE -> dueDate;
                case DAYS_PAST_DUE -> daysPastDue;
                default -> null;
            };
        }
    }

    String value(IntakeField field) {
        return switch (field) {
            case BORROWER_ID -> borrowerId;
            case FIRST_NAME -> firstName;
            case LAST_NAME -> lastName;
            case PHONE -> phone;
            case PHONE2 -> phone2;
            case EMAIL -> email;
            case ADDRESS_LINE1 -> addressLine1;
            case CITY -> city;
            case STATE -> state;
            case ZIP -> zip;
            case TIME_ZONE -> timeZone;
            case LANGUAGE -> language;
            default -> null;
        };
    }
}
