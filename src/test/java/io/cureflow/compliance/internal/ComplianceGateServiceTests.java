package io.cureflow.compliance.internal;

import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ComplianceDecision.Verdict;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.internal.frequency.DebtAllocations;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static io.cureflow.compliance.internal.Borrowers.livingIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

@DataJpaTest
@Import(ComplianceGateServiceTests.Beans.class)
class ComplianceGateServiceTests {

    static final Instant EVALUATED_AT = Instant.parse("2026-01-14T12:30:00Z");

    @TestConfiguration
    @EnableConfigurationProperties(ComplianceProperties.class)
    @Import({ComplianceGateService.class, DecisionWriter.class, EvaluationPrefetcher.class, ContactLedgerService.class, ConsumerLocator.class, PhoneTimeZones.class,
            ComplianceEvaluator.class, ContactHoursRule.class, ComplianceMessages.class, DebtAllocations.class})
    static class Beans {

        @Bean
        Clock clock() {
            return Clock.fixed(EVALUATED_AT, ZoneOffset.UTC);
        }
    }

    @MockitoBean
    CaseService cases;

    @Autowired
    ComplianceGateService gate;

    @Autowired
    ContactLedger ledger;

    @Autowired
    DecisionRepository decisions;

    @BeforeEach
    void floridaBorrowerWithChicagoMobile() {
        when(cases.contactOf(7L)).thenReturn(livingIn("FL", "33101", "+13125550123"));
    }

    @Test
    void storesABlockWithItsInputsAndReasons() {
        ComplianceDecision decision = gate.evaluate(
                new ContactProposal(7L, Channel.SMS, "+13125550123", Instant.parse("2026-01-14T12:30:00Z")));

        assertThat(decision.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-01-14T14:00:00Z"));
        assertThat(decision.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.rule()).isEqualTo("RF-12");
            assertThat(reason.citation()).contains("1006.6(b)(1)(i)");
            assertThat(reason.message()).contains("07:30 America/New_York");
        });

        DecisionEntity stored = decisions.findById(decision.decisionId()).orElseThrow();
        assertThat(stored.getCaseId()).isEqualTo(7L);
        assertThat(stored.getChannel()).isEqualTo(Channel.SMS);
        assertThat(stored.getContactPoint()).isEqualTo("+13125550123");
        assertThat(stored.getContactAt()).isEqualTo(Instant.parse("2026-01-14T12:30:00Z"));
        assertThat(stored.getConsumerState()).isEqualTo("FL");
        assertThat(stored.getConsumerZip()).isEqualTo("33101");
        assertThat(stored.getAddressZones()).isEqualTo("America/New_York");
        assertThat(stored.getPhoneZones()).isEqualTo("America/Chicago");
        assertThat(stored.getCandidateZones()).isEqualTo("America/New_York,America/Chicago");
        assertThat(stored.isLocationFallback()).isFalse();
        assertThat(stored.getVerdict()).isEqualTo(Verdict.BLOCK);
        assertThat(stored.getNextAllowedAt()).isEqualTo(Instant.parse("2026-01-14T14:00:00Z"));
        assertThat(stored.getEvaluatedAt()).isEqualTo(EVALUATED_AT);
        assertThat(stored.getResults()).singleElement().satisfies(result -> {
            assertThat(result.ruleId()).isEqualTo("RF-12");
            assertThat(result.blocked()).isTrue();
            assertThat(result.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-14T14:00:00Z"));
            assertThat(result.detail()).contains("08:00–21:00");
        });
    }

    @Test
    void storesAnAllowWithThePassingRule() {
        ComplianceDecision decision = gate.evaluate(
                new ContactProposal(7L, Channel.EMAIL, "pat@example.com", Instant.parse("2026-01-14T16:00:00Z")));

        assertThat(decision.allowed()).isTrue();
        assertThat(decision.reasons()).isEmpty();
        assertThat(decision.nextAllowedAt()).isNull();
        assertThat(decisions.findById(decision.decisionId())).get()
                .satisfies(stored -> assertThat(stored.getVerdict()).isEqualTo(Verdict.ALLOW));
    }

    @Test
    void evaluatesNowWhenTheProposalNamesNoInstant() {
        ComplianceDecision decision = gate.evaluate(new ContactProposal(7L, Channel.EMAIL, "pat@example.com", null));

        assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-01-14T14:00:00Z"));
    }

    @Test
    void listsTheCasesBlockedContactsForTheTimelineOldestFirst() {
        ComplianceDecision early = gate.evaluate(
                new ContactProposal(7L, Channel.SMS, "+13125550123", Instant.parse("2026-01-14T11:00:00Z")));
        gate.evaluate(new ContactProposal(7L, Channel.SMS, "+13125550123", Instant.parse("2026-01-14T16:00:00Z")));
        ComplianceDecision late = gate.evaluate(
                new ContactProposal(7L, Channel.CALL, "+13125550123", Instant.parse("2026-01-15T02:30:00Z")));

        assertThat(ledger.blockedContactsOfCase(7L))
                .extracting(ContactLedger.BlockedContact::decisionId)
                .containsExactly(early.decisionId(), late.decisionId());
        assertThat(ledger.blockedContactsOfCase(7L).get(1)).satisfies(blocked -> {
            assertThat(blocked.channel()).isEqualTo(Channel.CALL);
            assertThat(blocked.at()).isEqualTo(Instant.parse("2026-01-15T02:30:00Z"));
            assertThat(blocked.nextAllowedAt()).isEqualTo(Instant.parse("2026-01-15T14:00:00Z"));
            assertThat(blocked.reason()).startsWith("Outside contact hours");
        });
    }

    @Test
    void gateDecisionsAndSupervisorOverridesNeverShareAnId() {
        ComplianceDecision first = gate.evaluate(
                new ContactProposal(7L, Channel.SMS, "+13125550123", Instant.parse("2026-01-14T11:00:00Z")));
        DecisionEntity blocked = decisions.findById(first.decisionId()).orElseThrow();
        DecisionEntity overridden = decisions.saveAndFlush(
                DecisionEntity.overriding(blocked, "Lifted by a supervisor", "test", EVALUATED_AT));
        ComplianceDecision second = gate.evaluate(
                new ContactProposal(7L, Channel.EMAIL, "pat@example.com", Instant.parse("2026-01-14T16:00:00Z")));

        assertThat(java.util.List.of(first.decisionId(), overridden.getId(), second.decisionId())).doesNotHaveDuplicates();
        assertThat(decisions.findById(second.decisionId())).get().satisfies(stored -> {
            assertThat(stored.getVerdict()).isEqualTo(Verdict.ALLOW);
            assertThat(stored.getResults()).extracting(StoredRuleResult::ruleId).contains("RF-12");
        });
        assertThat(decisions.findById(first.decisionId()).orElseThrow().getResults())
                .filteredOn(StoredRuleResult::blocked).singleElement()
                .satisfies(result -> {
                    assertThat(result.ruleId()).isEqualTo("RF-12");
                    assertThat(result.earliestAllowedAt()).isEqualTo(Instant.parse("2026-01-14T14:00:00Z"));
                });
    }
}
