package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.ContactPointView;
import io.cureflow.account.ContactPointView.Kind;
import org.springframework.context.support.ResourceBundleMessageSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** Borrowers, contact points and the outreach bundle as the application configures it. */
final class OutreachFixtures {

    static final String MOBILE = "+13125550123";
    static final String LANDLINE = "+13125550199";
    static final String EMAIL = "pat@example.com";

    private OutreachFixtures() {
    }

    static ContactPointView mobile(long id, String number) {
        return new ContactPointView(id, Kind.PHONE, number, "MOBILE", true, false);
    }

    static ContactPointView landline(long id, String number) {
        return new ContactPointView(id, Kind.PHONE, number, "LANDLINE", true, false);
    }

    static ContactPointView email(long id, String address) {
        return new ContactPointView(id, Kind.EMAIL, address, null, true, false);
    }

    static ContactPointView optedOut(ContactPointView point) {
        return new ContactPointView(point.id(), point.kind(), point.value(), point.lineType(), point.consent(), true);
    }

    static CaseContact borrower(long caseId, long borrowerId, String language, List<ContactPointView> points) {
        return new CaseContact(caseId, caseId * 10, "ACC-" + caseId, borrowerId, "Pat", "Doe", language, "IL",
                "60601", null, points, "Acme Bank", "CARD", new BigDecimal("1234.50"), new BigDecimal("150.25"),
                "USD", 35);
    }

    static CaseContact borrower(long caseId, long borrowerId, String language) {
        return borrower(caseId, borrowerId, language,
                List.of(landline(1, LANDLINE), mobile(2, MOBILE), email(3, EMAIL)));
    }

    static ResourceBundleMessageSource bundles() {
        ResourceBundleMessageSource source = new ResourceBundleMessageSource();
        source.setBasenames("i18n/outreach");
        source.setDefaultEncoding(StandardCharsets.UTF_8.name());
        source.setFallbackToSystemLocale(false);
        return source;
    }

    static OutreachProperties properties() {
        return new OutreachProperties(OutreachProperties.Mode.SANDBOX, "CureFlow Servicing", "1-800-555-0100",
                "Alex Morgan");
    }
}
