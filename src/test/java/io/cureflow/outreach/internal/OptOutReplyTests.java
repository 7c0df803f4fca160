package io.cureflow.outreach.internal;

import com.jayway.jsonpath.JsonPath;
import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.ContactAttempt;
import io.cureflow.compliance.ContactComplianceGate;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.outreach.OutreachMessage.Direction;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.support.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MockMvc;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/** A borrower texts STOP: the number is closed at once and gets one confirmation, however often STOP arrives. */
@IntegrationTest
class OptOutReplyTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    InboundMessages inbound;

    @Autowired
    MessageRepository messages;

    @Autowired
    CaseService cases;

    @Autowired
    ContactComplianceGate gate;

    @Autowired
    ContactLedger ledger;

    @Autowired
    ContactRestrictions restrictions;

    final String p = UUID.randomUUID().toString().substring(0, 8);
    final String mobile = "+1312555" + String.format("%04d", ThreadLocalRandom.current().nextInt(10_000));
    long caseId;
    long borrowerId;

    @BeforeEach
    void aBorrowerWithAMobile() throws Exception {
        String body = mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"borrowerId": "%s-B", "firstName": "Ana", "lastName": "Lopez", "state": "IL",
                                 "zip": "60601", "phone": "%s", "accounts": [{"accountId": "%s-A",
                                 "creditor": "Acme", "product": "card", "balance": 900, "dueDate": "2026-09-01",
                                 "daysPastDue": 65}]}""".formatted(p, mobile, p))
                        .with(httpBasic("admin", "admin")))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        caseId = ((Number) JsonPath.read(body, "$.openedCaseIds[0]")).longValue();
        borrowerId = cases.findCase(caseId).orElseThrow().borrowerId();
    }

    private List<MessageEntity> confirmations() {
        return messages.findByCaseIdOrderByCreatedAtAscIdAsc(caseId).stream()
                .filter(message -> OptOutConfirmations.TEMPLATE_KEY.equals(message.getTemplateKey()))
                .toList();
    }

    @Test
    void aStopReplyClosesTheNumberAndIsConfirmedExactlyOnce() {
        inbound.receive(caseId, borrowerId, Channel.SMS, mobile, "Stop");

        assertThat(confirmations()).singleElement().satisfies(confirmation -> {
            assertThat(confirmation.getDirection()).isEqualTo(Direction.OUTBOUND);
            assertThat(confirmation.getAddress()).isEqualTo(mobile);
            assertThat(confirmation.getStatus()).isEqualTo(Status.DELIVERED);
            assertThat(confirmation.getBody())
                    .isEqualTo("You will get no more texts from CureFlow Servicing at this number.");
        });
        assertThat(ledger.attemptsOfCase(caseId)).filteredOn(attempt -> attempt.decisionId() == null)
                .extracting(ContactAttempt::channel, ContactAttempt::outcome)
                .contains(org.assertj.core.groups.Tuple.tuple(Channel.SMS, "SENT"));

        inbound.receive(caseId, borrowerId, Channel.SMS, mobile, "STOP!!");

        assertThat(confirmations()).hasSize(1);
        ComplianceDecision next = gate.evaluate(new ContactProposal(caseId, Channel.SMS, mobile,
                Instant.parse("2026-11-18T19:00:00Z")));
        assertThat(next.allowed()).isFalse();
        assertThat(next.stopsAutomation()).isFalse();
        assertThat(next.reasons()).extracting(ComplianceReason::rule).contains("RF-09", "TC-03");
    }

    /**
     * The keyword rule alone: whether such a reply means anything else is the reply classifier's call, and the
     * understanding module records what it finds under its own name.
     */
    @Test
    void anOrdinaryReplyIsNotTakenForTheStopKeyword() {
        inbound.receive(caseId, borrowerId, Channel.SMS, mobile, "I will stop by the branch on Friday");

        assertThat(confirmations()).isEmpty();
        long accountId = cases.findCase(caseId).orElseThrow().accountId();
        assertThat(restrictions.ofAccount(accountId)).extracting(ContactRestriction::recordedBy)
                .doesNotContain("inbound-reply");
    }
}
