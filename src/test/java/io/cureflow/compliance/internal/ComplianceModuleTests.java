package io.cureflow.compliance.internal;

import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ContactComplianceGate;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContactProposal;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.time.Instant;
import java.time.LocalTime;
import java.util.List;

import static io.cureflow.compliance.internal.Borrowers.livingIn;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/** The compliance module wired as the application wires it, with the hours from application.yml. */
@ApplicationModuleTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:compliance-module;DB_CLOSE_DELAY=-1")
class ComplianceModuleTests {

    @MockitoBean
    CaseService cases;

    @Autowired
    ContactComplianceGate gate;

    @Autowired
    ContactLedger ledger;

    @Autowired
    ComplianceProperties properties;

    @Autowired
    List<ComplianceRule> rules;

    @Test
    void readsTheContactHoursFromTheApplicationConfiguration() {
        assertThat(properties.contactHours().start()).isEqualTo(LocalTime.of(8, 0));
        assertThat(properties.contactHours().end()).isEqualTo(LocalTime.of(21, 0));
    }

    @Test
    void theRuleSetOfThePropertyTestsIsEveryRuleTheApplicationWires() {
        List<ComplianceRule> inMemory = ApplicationRuleSet.fromApplicationYml()
                .rules(new InMemoryLedger(), List::of);

        assertThat(ApplicationRuleSet.ids(inMemory)).isEqualTo(ApplicationRuleSet.ids(rules));
    }

    @Test
    void blocksAnEarlyTextAndPutsItOnTheCaseTimeline() {
        when(cases.contactOf(7L)).thenReturn(livingIn("AZ", "86515", "+16025550123"));

        ComplianceDecision decision = gate.evaluate(
                new ContactProposal(7L, Channel.SMS, "+16025550123", Instant.parse("2026-03-08T14:30:00Z")));

        assertThat(decision.allowed()).isFalse();
        assertThat(decision.nextAllowedAt()).isEqualTo(Instant.parse("2026-03-08T15:00:00Z"));
        assertThat(ledger.blockedContactsOfCase(7L)).singleElement()
                .satisfies(blocked -> assertThat(blocked.decisionId()).isEqualTo(decision.decisionId()));
    }
}
