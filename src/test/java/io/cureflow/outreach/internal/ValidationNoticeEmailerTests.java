package io.cureflow.outreach.internal;

import io.cureflow.account.CaseService;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.NoticeMedium;
import io.cureflow.compliance.ValidationNotices;
import io.cureflow.compliance.ValidationPeriod;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.ValidationNoticeSender;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static io.cureflow.outreach.internal.OutreachFixtures.borrower;
import static io.cureflow.outreach.internal.OutreachFixtures.email;
import static io.cureflow.outreach.internal.OutreachFixtures.mobile;
import static io.cureflow.outreach.internal.OutreachFixtures.optedOut;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

@DataJpaTest
@Import(ValidationNoticeEmailerTests.Beans.class)
class ValidationNoticeEmailerTests {

    static final Instant NOW = Instant.parse("2026-03-02T15:05:00Z");

    @TestConfiguration
    @Import({ValidationNoticeEmailer.class, ValidationNoticeComposer.class, OutreachServiceImpl.class,
            ComposerBeans.class, SandboxGateway.class, ContentGuardrailBeans.class})
    static class Beans {

        @Bean
        Clock clock() {
            return Clock.fixed(NOW, ZoneOffset.UTC);
        }

        @Bean
        MessageSource messageSource() {
            return OutreachFixtures.bundles();
        }

        @Bean
        OutreachProperties outreachProperties() {
            return OutreachFixtures.properties();
        }

        @Bean
        ValidationNoticeTextProperties validationNoticeTextProperties() {
            return new ValidationNoticeTextProperties("Northwind Recovery", "PO Box 42, Albany, NY 12201");
        }
    }

    @MockitoBean
    CaseService cases;

    @MockitoBean
    ValidationNotices notices;

    @MockitoBean
    io.cureflow.compliance.ContactLedger ledger;

    @MockitoSpyBean
    OutreachGateway gateway;

    @Autowired
    ValidationNoticeSender sender;

    @BeforeEach
    void periodOfANoticeSentNow() {
        when(notices.periodIfSentAt(NOW)).thenReturn(new ValidationPeriod(LocalDate.parse("2026-03-02"),
                LocalDate.parse("2026-03-09"), LocalDate.parse("2026-04-08")));
    }

    @Test
    void emailsTheNoticeWithItsPeriodAndRecordsItWithCompliance() {
        when(cases.contactOf(7L)).thenReturn(borrower(7, 700, "en", List.of(mobile(1, OutreachFixtures.MOBILE),
                email(2, OutreachFixtures.EMAIL))));

        OutreachMessage sent = sender.sendByEmail(7L).orElseThrow();

        assertThat(sent.address()).isEqualTo(OutreachFixtures.EMAIL);
        assertThat(sent.status()).isIn(OutreachMessage.Status.SENT, OutreachMessage.Status.DELIVERED);
        assertThat(sent.body()).contains("by April 8, 2026", "www.cfpb.gov/debt-collection", "Northwind Recovery");
        verify(notices).recordNoticeSent(7L, NoticeMedium.EMAIL, NOW);
    }

    @Test
    void withoutAnEmailAddressWithConsentNothingIsSent() {
        ContactPointView noConsent = new ContactPointView(2, ContactPointView.Kind.EMAIL, OutreachFixtures.EMAIL,
                null, false, false);
        when(cases.contactOf(7L)).thenReturn(borrower(7, 700, "en", List.of(mobile(1, OutreachFixtures.MOBILE),
                noConsent, optedOut(email(3, "other@example.org")))));

        assertThat(sender.sendByEmail(7L)).isEmpty();
        verify(gateway, never()).deliver(any());
        verify(notices, never()).recordNoticeSent(anyLong(), any(), any());
    }

    @Test
    void aNoticeTheGatewayRefusedWasNotSent() {
        when(cases.contactOf(7L)).thenReturn(borrower(7, 700, "en", List.of(email(2, OutreachFixtures.EMAIL))));
        doThrow(new IllegalStateException("smtp down")).when(gateway).deliver(any());

        assertThat(sender.sendByEmail(7L)).isEqualTo(Optional.empty());
        verify(notices, never()).recordNoticeSent(anyLong(), any(), any());
    }
}
