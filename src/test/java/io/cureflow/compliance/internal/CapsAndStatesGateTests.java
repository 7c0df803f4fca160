package io.cureflow.compliance.internal;

import io.cureflow.account.CaseService;
import io.cureflow.account.CaseView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ComplianceDecision.Verdict;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.internal.caps.CapsProperties;
import io.cureflow.compliance.internal.caps.ChannelCapsRule;
import io.cureflow.compliance.internal.caps.JdbcLedgerWindow;
import io.cureflow.compliance.internal.frequency.DebtAllocations;
import io.cureflow.compliance.internal.states.MassachusettsTelephoneRule;
import io.cureflow.compliance.internal.states.NewYorkCityRule;
import io.cureflow.compliance.internal.states.StateContactHoursRule;
import io.cureflow.compliance.internal.states.StatesProperties;
import io.cureflow.compliance.internal.states.WashingtonRule;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

import static io.cureflow.compliance.internal.Borrowers.livingIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/** The caps and the packs wired into the gate, counting rows the ledger wrote, with their defaults from binding. */
@DataJpaTest
@Import(CapsAndStatesGateTests.Beans.class)
class CapsAndStatesGateTests {

    @TestConfiguration
    @EnableConfigurationProperties({ComplianceProperties.class, CapsProperties.class, StatesProperties.class})
    @Import({ComplianceGateService.class, DecisionWriter.class, EvaluationPrefetcher.class, ContactLedgerService.class, ConsumerLocator.class,
            PhoneTimeZones.class,
            ComplianceEvaluator.class, ContactHoursRule.class, ComplianceMessages.class, JdbcLedgerWindow.class,
            ChannelCapsRule.class, MassachusettsTelephoneRule.class, WashingtonRule.class, NewYorkCityRule.class,
            StateContactHoursRule.class, DebtAllocations.class})
    static class Beans {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-01-15T15:00:00Z"), ZoneOffset.UTC);
        }
    }

    private static final String BOSTON_MOBILE = "+16175550123";

    @MockitoBean
    CaseService cases;

    @Autowired
    ComplianceGateService gate;

    @Autowired
    ContactLedger ledger;

    @Autowired
    DecisionRepository decisions;

    private void massachusettsBorrower() {
        when(cases.contactOf(7L)).thenReturn(livingIn("MA", "02108", BOSTON_MOBILE));
        when(cases.findCase(7L)).thenReturn(Optional.of(new CaseView(7L, 70L, "ACC-70", 700L, "Pat Doe", "Acme Bank",
                "CARD", BigDecimal.TEN, BigDecimal.ONE, "USD", LocalDate.of(2025, 12, 1), 35, null, null, null,
                Instant.parse("2025-12-10T00:00:00Z"), null)));
    }

    @Test
    void blocksTheThirdTextToAMassachusettsConsumerAndStoresWhy() {
        massachusettsBorrower();
        ledger.record(7L, Channel.SMS, BOSTON_MOBILE, "SENT", null, Instant.parse("2026-01-12T15:00:00Z"));
        ledger.record(7L, Channel.SMS, BOSTON_MOBILE, "BLOCKED", null, Instant.parse("2026-01-13T15:00:00Z"));
        ledger.record(7L, Channel.SMS, BOSTON_MOBILE, ContactDirection.INBOUND, "RECEIVED", null,
                Instant.parse("2026-01-13T16:00:00Z"));
        ledger.record(7L, Channel.SMS, BOSTON_MOBILE, "DELIVERED", null, Instant.parse("2026-01-14T15:00:00Z"));

        ComplianceDecision third = gate.evaluate(new ContactProposal(7L, Channel.SMS, BOSTON_MOBILE,
                Instant.parse("2026-01-15T15:00:00Z")));

        assertThat(third.verdict()).isEqualTo(Verdict.BLOCK);
        assertThat(third.reasons()).extracting(ComplianceReason::rule).containsExactly("MA-01");
        assertThat(third.nextAllowedAt()).isEqualTo(Instant.parse("2026-01-19T13:00:00Z"));
        assertThat(decisions.findById(third.decisionId()).orElseThrow().getResults())
                .filteredOn(result -> result.ruleId().equals("RF-08")).singleElement()
                .satisfies(caps -> {
                    assertThat(caps.blocked()).isFalse();
                    assertThat(caps.detail()).contains("SMS 7 days 2/3");
                });
    }

    @Test
    void allowsAnEmailThatNoCapOrPackStops() {
        massachusettsBorrower();
        ledger.record(7L, Channel.SMS, BOSTON_MOBILE, "SENT", null, Instant.parse("2026-01-12T15:00:00Z"));

        assertThat(gate.evaluate(new ContactProposal(7L, Channel.EMAIL, "pat@example.com",
                Instant.parse("2026-01-15T15:00:00Z"))).allowed()).isTrue();
    }
}
