package io.cureflow.account.internal.intake;

import java.util.UUID;

/** Builds CSV text for import tests; every call to {@link #prefix()} gives ids no other test uses. */
final class CsvFixtures {

    static final String HEADER = "account_id,borrower_id,first_name,last_name,phone,phone2,email,address_line1,city,"
            + "state,zip,time_zone,language,creditor,product,balance,currency,due_date,days_past_due";

    private CsvFixtures() {
    }

    static String prefix() {
        return UUID.randomUUID().toString().substring(0, 8) + "-";
    }

    /** A valid row; {@code dpd} days past due. */
    static String row(String accountId, String borrowerId, String balance, int dpd) {
        return String.join(",", accountId, borrowerId, "Ana", "Lopez", "(212) 555-0123", "", "Ana@Example.com",
                "1 Main St", "New York", "NY", "10001", "America/New_York", "es", "Acme Bank", "card", balance, "USD",
                "2026-10-01", String.valueOf(dpd));
    }

    static String csv(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
