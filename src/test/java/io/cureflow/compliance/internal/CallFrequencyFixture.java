package io.cureflow.compliance.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.AttemptOutcome;
import io.cureflow.compliance.AttemptRecord;
import io.cureflow.compliance.CallRecipient;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.RecordedAttempt;
import io.cureflow.compliance.RecordedAttempt.DebtAllocation;
import io.cureflow.compliance.internal.frequency.CallConsents;
import io.cureflow.compliance.internal.frequency.DebtAllocations;
import io.cureflow.compliance.internal.frequency.FrequencyProperties;
import io.cureflow.compliance.internal.frequency.MisdirectedNumbers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/**
 * The gate with the frequency rules on a real ledger, one borrower with three debts in New York, and the helpers the
 * frequency tests dial with.
 */
@DataJpaTest
@Import(CallFrequencyFixture.Beans.class)
abstract class CallFrequencyFixture {

    static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    static final ZoneId CHICAGO = ZoneId.of("America/Chicago");
    static final long BORROWER = 900L;
    static final long OTHER_PERSON = 9900L;
    static final long MEDICAL_CASE = 91L;
    static final long MEDICAL = 910L;
    static final long CARD_A_CASE = 92L;
    static final long CARD_A = 920L;
    static final long CARD_B_CASE = 93L;
    static final long CARD_B = 930L;
    static final String HOME = "+12125550100";
    static final String MOBILE = "+12125550101";
    static final String OFFICE = "+12125550102";

    @TestConfiguration
    @EnableConfigurationProperties({ComplianceProperties.class, FrequencyProperties.class})
    @ComponentScan(basePackageClasses = DebtAllocations.class)
    @Import({ComplianceGateService.class, DecisionWriter.class, EvaluationPrefetcher.class, ContactLedgerService.class, ConsumerLocator.class, PhoneTimeZones.class,
            ComplianceEvaluator.class, ContactHoursRule.class, ComplianceMessages.class})
    static class Beans {

        @Bean
        Clock clock() {
            return Clock.fixed(Instant.parse("2026-01-14T12:30:00Z"), ZoneOffset.UTC);
        }
    }

    @MockitoBean
    CaseService cases;

    @Autowired
    ComplianceGateService gate;

    @Autowired
    ContactLedger ledger;

    @Autowired
    CallConsents consents;

    @Autowired
    MisdirectedNumbers misdirected;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeEach
    void newYorkBorrowerWithThreeDebts() {
        // The examples reuse their dates: each starts from an empty ledger for these people, whatever ran before.
        for (String table : List.of("contact_attempt_debt", "contact_attempt", "call_consent", "misdirected_number")) {
            jdbc.update("delete from " + table + " where borrower_id in (?, ?)", BORROWER, OTHER_PERSON);
        }
        jdbc.update("delete from contact_attempt where case_id in (?, ?, ?, 99)", MEDICAL_CASE, CARD_A_CASE,
                CARD_B_CASE);
        livesIn("NY", "10001", HOME, MOBILE, OFFICE);
    }

    void livesIn(String state, String zip, String... phones) {
        when(cases.contactOf(MEDICAL_CASE)).thenReturn(contact(MEDICAL_CASE, MEDICAL, state, zip, phones));
        when(cases.contactOf(CARD_A_CASE)).thenReturn(contact(CARD_A_CASE, CARD_A, state, zip, phones));
        when(cases.contactOf(CARD_B_CASE)).thenReturn(contact(CARD_B_CASE, CARD_B, state, zip, phones));
    }

    static CaseContact contact(long caseId, long accountId, String state, String zip, String... phones) {
        List<ContactPointView> points = new ArrayList<>();
        long id = 1;
        for (String phone : phones) {
            points.add(new ContactPointView(id++, ContactPointView.Kind.PHONE, phone, "MOBILE", true, false));
        }
        return new CaseContact(caseId, accountId, "ACC-" + accountId, BORROWER, "Pat", "Doe", "en", state, zip, null,
                points, "Acme Bank", "CARD", new BigDecimal("1200.00"), new BigDecimal("150.00"), "USD", 35);
    }

    static Instant ny(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(NEW_YORK).toInstant();
    }

    ComplianceDecision propose(long caseId, String number, Instant at) {
        return gate.evaluate(new ContactProposal(caseId, Channel.CALL, number, at, ContactProposal.Initiator.AGENT));
    }

    ComplianceDecision propose(Instant at) {
        return propose(MEDICAL_CASE, HOME, at);
    }

    RecordedAttempt call(long caseId, long accountId, String number, Instant at, AttemptOutcome outcome) {
        return ledger.record(new AttemptRecord(caseId, BORROWER, List.of(accountId), Channel.CALL,
                ContactDirection.OUTBOUND, number, outcome, CallRecipient.CONSUMER, null, at, List.of()));
    }

    RecordedAttempt call(Instant at, AttemptOutcome outcome) {
        return call(MEDICAL_CASE, MEDICAL, HOME, at, outcome);
    }

    /** Dials only when the gate allows, as a careful agent would, and records what happened. */
    void dialAllowed(Instant at, AttemptOutcome outcome) {
        ComplianceDecision decision = propose(at);
        assertThat(decision.allowed()).as("call at %s allowed: %s", at, decision.reasons()).isTrue();
        call(at, outcome);
    }

    static List<String> blockingRules(ComplianceDecision decision) {
        return decision.reasons().stream().map(ComplianceReason::rule).toList();
    }
}
