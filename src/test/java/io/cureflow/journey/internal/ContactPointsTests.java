package io.cureflow.journey.internal;

import io.cureflow.account.ContactPointView;
import io.cureflow.account.ContactPointView.Kind;
import io.cureflow.compliance.Channel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ContactPointsTests {

    private static final ContactPointView LANDLINE = new ContactPointView(1, Kind.PHONE, "+15555550101", "LANDLINE", true, false);
    private static final ContactPointView MOBILE = new ContactPointView(2, Kind.PHONE, "+15555550102", "MOBILE", true, false);
    private static final ContactPointView MOBILE_NO_CONSENT = new ContactPointView(3, Kind.PHONE, "+15555550103", "MOBILE", false, false);
    private static final ContactPointView OPTED_OUT_MOBILE = new ContactPointView(4, Kind.PHONE, "+15555550104", "MOBILE", true, true);
    private static final ContactPointView EMAIL = new ContactPointView(5, Kind.EMAIL, "b@example.org", null, true, false);

    @Test
    void textsGoToAConsentedMobileLine() {
        assertThat(ContactPoints.forChannel(List.of(LANDLINE, MOBILE_NO_CONSENT, MOBILE, EMAIL), Channel.SMS))
                .contains(MOBILE);
    }

    @Test
    void callsTakeTheFirstConsentedPhone() {
        assertThat(ContactPoints.forChannel(List.of(MOBILE_NO_CONSENT, LANDLINE, MOBILE), Channel.CALL))
                .contains(LANDLINE);
    }

    @Test
    void emailsGoToAnEmailAddress() {
        assertThat(ContactPoints.forChannel(List.of(MOBILE, EMAIL), Channel.EMAIL)).contains(EMAIL);
    }

    @Test
    void neverPicksAnOptedOutContactPoint() {
        assertThat(ContactPoints.forChannel(List.of(OPTED_OUT_MOBILE, EMAIL), Channel.SMS)).isEmpty();
    }

    @Test
    void findsAContactPointByIdOnlyWhenThereIsOne() {
        assertThat(ContactPoints.byId(List.of(MOBILE, EMAIL), 5L)).contains(EMAIL);
        assertThat(ContactPoints.byId(List.of(MOBILE, EMAIL), null)).isEmpty();
        assertThat(ContactPoints.byId(List.of(MOBILE, EMAIL), 9L)).isEmpty();
    }
}
