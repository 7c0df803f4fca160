package io.cureflow.outreach.internal;

import io.cureflow.account.ContactPointView;
import io.cureflow.account.ContactPointView.Kind;
import io.cureflow.compliance.Channel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.cureflow.outreach.internal.OutreachFixtures.email;
import static io.cureflow.outreach.internal.OutreachFixtures.landline;
import static io.cureflow.outreach.internal.OutreachFixtures.mobile;
import static io.cureflow.outreach.internal.OutreachFixtures.optedOut;
import static org.assertj.core.api.Assertions.assertThat;

class ContactPointPickerTests {

    @Test
    void neverTextsAKnownLandline() {
        List<ContactPointView> points = List.of(landline(1, "+13125550199"), mobile(2, "+13125550123"));

        assertThat(ContactPointPicker.pick(points, Channel.SMS)).get().extracting(ContactPointView::id).isEqualTo(2L);
        assertThat(ContactPointPicker.pick(List.of(landline(1, "+13125550199")), Channel.SMS)).isEmpty();
    }

    @Test
    void textsAUsNumberThatMayBeAMobileButPrefersAKnownMobile() {
        ContactPointView fixedLineOrMobile = new ContactPointView(1, Kind.PHONE, "+13125550150", "UNKNOWN", true, false);

        assertThat(ContactPointPicker.pick(List.of(fixedLineOrMobile), Channel.SMS)).contains(fixedLineOrMobile);
        assertThat(ContactPointPicker.pick(List.of(fixedLineOrMobile, mobile(2, "+13125550123")), Channel.SMS)).get()
                .extracting(ContactPointView::id).isEqualTo(2L);
    }

    @Test
    void callsAndLeavesVoicemailOnAnyPhone() {
        List<ContactPointView> points = List.of(email(1, "pat@example.com"), landline(2, "+13125550199"));

        assertThat(ContactPointPicker.pick(points, Channel.CALL)).get().extracting(ContactPointView::id).isEqualTo(2L);
        assertThat(ContactPointPicker.pick(points, Channel.VOICEMAIL)).get().extracting(ContactPointView::id)
                .isEqualTo(2L);
    }

    @Test
    void emailsOnlyAnEmailAddress() {
        assertThat(ContactPointPicker.pick(List.of(mobile(1, "+13125550123")), Channel.EMAIL)).isEmpty();
        assertThat(ContactPointPicker.pick(List.of(email(2, "pat@example.com")), Channel.EMAIL)).isPresent();
    }

    @Test
    void neverUsesAnAddressTheBorrowerOptedOutOf() {
        List<ContactPointView> points = List.of(optedOut(mobile(1, "+13125550123")), mobile(2, "+13125550124"),
                optedOut(email(3, "pat@example.com")));

        assertThat(ContactPointPicker.pick(points, Channel.SMS)).get().extracting(ContactPointView::id).isEqualTo(2L);
        assertThat(ContactPointPicker.pick(points, Channel.EMAIL)).isEmpty();
    }

    @Test
    void prefersAPointWithConsent() {
        ContactPointView withoutConsent = new ContactPointView(1, Kind.PHONE, "+13125550123", "MOBILE", false, false);

        assertThat(ContactPointPicker.pick(List.of(withoutConsent, mobile(2, "+13125550124")), Channel.SMS)).get()
                .extracting(ContactPointView::id).isEqualTo(2L);
    }
}
