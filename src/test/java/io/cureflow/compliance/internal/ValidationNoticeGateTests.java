package io.cureflow.compliance.internal;

import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ComplianceDecision.Verdict;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.NoticeMedium;
import io.cureflow.compliance.ValidationNotices;
import io.cureflow.compliance.internal.validation.ValidationNoticeProperties;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.cureflow.compliance.internal.Borrowers.livingIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/** RF-30 in the real gate: a missed validation notice deadline blocks every further collection contact. */
@DataJpaTest
@Import(ValidationNoticeGateTests.Beans.class)
class ValidationNoticeGateTests {

    /** Monday 2 March 2026, 10:00 in New York; the notice is due by Saturday 7 March. */
    private static final Instant FIRST_TEXT = Instant.parse("2026-03-02T15:00:00Z");
    /** Monday 9 March, 14:00 UTC: within contact hours in New York, after the notice deadline. */
    private static final Instant AFTER_DEADLINE = Instant.parse("2026-03-09T14:00:00Z");

    @TestConfiguration
    @EnableConfigurationProperties({ComplianceProperties.class, ValidationNoticeProperties.class})
    @ComponentScan("io.cureflow.compliance.internal.validation")
    @Import({ComplianceGateService.class, DecisionWriter.class, EvaluationPrefetcher.class, ConsumerLocator.class, PhoneTimeZones.class, ComplianceEvaluator.class,
            ContactHoursRule.class, ComplianceMessages.class})
    static class Beans {

        @Bean
        Clock clock() {
            return Clock.fixed(AFTER_DEADLINE, ZoneOffset.UTC);
        }
    }

    @MockitoBean
    CaseService cases;

    @Autowired
    ComplianceGateService gate;

    @Autowired
    ValidationNotices notices;

    @BeforeEach
    void newYorkBorrower() {
        when(cases.contactOf(7L)).thenReturn(livingIn("NY", "10001", "+12125550123"));
    }

    @Test
    @DisplayName("§1006.34(a)(1)(i)(B): deadline missed, the gate stops every channel with RF-30")
    void missedNoticeDeadlineStopsEveryChannel() {
        notices.recordInitialCommunication(7L, Channel.SMS, FIRST_TEXT);

        for (Channel channel : new Channel[]{Channel.SMS, Channel.EMAIL, Channel.CALL}) {
            ComplianceDecision decision = gate.evaluate(new ContactProposal(7L, channel, null, AFTER_DEADLINE));

            assertThat(decision.verdict()).as(channel.name()).isEqualTo(Verdict.BLOCK);
            assertThat(decision.permanent()).isTrue();
            assertThat(decision.stopsAutomation()).isTrue();
            assertThat(decision.reasons()).singleElement().satisfies(reason -> {
                assertThat(reason.rule()).isEqualTo("RF-30");
                assertThat(reason.citation()).isEqualTo("12 CFR 1006.34(a)(1)(i)(B)");
                assertThat(reason.message()).contains("2026-03-07");
            });
        }
    }

    @Test
    void noticeSentLateLiftsTheStop() {
        notices.recordInitialCommunication(7L, Channel.SMS, FIRST_TEXT);
        notices.recordNoticeSent(7L, NoticeMedium.MAIL, AFTER_DEADLINE.minusSeconds(60));

        assertThat(gate.evaluate(new ContactProposal(7L, Channel.SMS, null, AFTER_DEADLINE)).allowed()).isTrue();
    }
}
