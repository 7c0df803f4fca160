package io.cureflow.compliance.internal.caps;

import io.cureflow.account.CaseContact;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.internal.ConsumerLocation;
import io.cureflow.compliance.internal.ContactContext;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** A consumer of case 7, account 70, borrower 700, living in a state, in the given candidate zones. */
public record Consumers(String state, String zip, List<ZoneId> zones, List<String> phones) {

    public static final long CASE = 7L;
    public static final long ACCOUNT = 70L;
    public static final long BORROWER = 700L;
    public static final String MOBILE = "+16175550123";
    public static final String EMAIL = "pat@example.com";

    public static Consumers livingIn(String state, String zip, String... zones) {
        return new Consumers(state, zip, Arrays.stream(zones).map(ZoneId::of).toList(), List.of(MOBILE));
    }

    public CaseContact contact() {
        List<ContactPointView> points = new ArrayList<>();
        long id = 1;
        for (String phone : phones) {
            points.add(new ContactPointView(id++, ContactPointView.Kind.PHONE, phone, "MOBILE", true, false));
        }
        points.add(new ContactPointView(id, ContactPointView.Kind.EMAIL, EMAIL, null, true, false));
        return new CaseContact(CASE, ACCOUNT, "ACC-70", BORROWER, "Pat", "Doe", "en", state, zip, null, points,
                "Acme Bank", "CARD", new BigDecimal("1200.00"), new BigDecimal("150.00"), "USD", 35);
    }

    public ContactContext proposing(Channel channel, String contactPoint, Instant at) {
        ContactProposal proposal = new ContactProposal(CASE, channel, contactPoint, at);
        return new ContactContext(proposal, contact(), new ConsumerLocation(null, zones, List.of(), zones, false), at);
    }

    public ContactContext proposing(Channel channel, Instant at) {
        return proposing(channel, channel == Channel.EMAIL ? EMAIL : MOBILE, at);
    }
}
