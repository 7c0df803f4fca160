package io.cureflow.compliance.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.ContactPointView;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/** Case contacts for compliance tests: where the borrower lives and which numbers are on file. */
final class Borrowers {

    private Borrowers() {
    }

    static CaseContact livingIn(String state, String zip, String... phones) {
        return contact(state, zip, null, phones);
    }

    static CaseContact contact(String state, String zip, String timeZone, String... phones) {
        List<ContactPointView> points = new ArrayList<>();
        long id = 1;
        for (String phone : phones) {
            points.add(new ContactPointView(id++, ContactPointView.Kind.PHONE, phone, "MOBILE", true, false));
        }
        points.add(new ContactPointView(id, ContactPointView.Kind.EMAIL, "pat@example.com", null, true, false));
        return new CaseContact(7L, 70L, "ACC-70", 700L, "Pat", "Doe", "en", state, zip, timeZone, points,
                "Acme Bank", "CARD", new BigDecimal("1200.00"), new BigDecimal("150.00"), "USD", 35);
    }
}
