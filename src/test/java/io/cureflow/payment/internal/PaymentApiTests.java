package io.cureflow.payment.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import com.jayway.jsonpath.JsonPath;
import io.cureflow.account.CaseService;
import io.cureflow.payment.PaymentPosted;
import io.cureflow.payment.PaymentService;
import io.cureflow.support.IntegrationTest;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
@RecordApplicationEvents
class PaymentApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    CaseService cases;

    @Autowired
    PaymentService payments;

    @Autowired
    ApplicationEvents events;

    final String p = UUID.randomUUID().toString().substring(0, 8);
    long caseId;

    @BeforeEach
    void anAccountSixtyFiveDaysAndNineHundredPastDue() throws Exception {
        String body = mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"borrowerId": "%s-B", "firstName": "Ana", "lastName": "Lopez", "state": "NY",
                                 "zip": "10001", "accounts": [{"accountId": "%s-A", "creditor": "Acme",
                                 "product": "card", "balance": 900, "dueDate": "2026-09-01", "daysPastDue": 65}]}"""
                                .formatted(p, p))
                        .with(user("admin").roles("ADMIN")).with(csrf()))
                .andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        caseId = ((Number) JsonPath.read(body, "$.openedCaseIds[0]")).longValue();
    }

    ResultActions pay(String reference, String accountId, String amount) throws Exception {
        return mvc.perform(post("/api/v1/payments").contentType(MediaType.APPLICATION_JSON)
                .content("""
                        {"externalReference": "%s", "accountId": "%s", "amount": %s, "currency": "USD",
                         "paidAt": "2026-11-20T14:00:00Z"}""".formatted(reference, accountId, amount))
                .with(user("agent").roles("AGENT")).with(csrf()));
    }

    @Test
    void postsAPaymentAndMovesDaysPastDue() throws Exception {
        pay(p + "-P1", p + "-A", "300.00")
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.externalReference").value(p + "-P1"))
                .andExpect(jsonPath("$.caseId").value(caseId))
                .andExpect(jsonPath("$.amount").value(300.0))
                .andExpect(jsonPath("$.daysPastDueAfter").value(35))
                .andExpect(jsonPath("$.paidAt").value("2026-11-20T14:00:00Z"));

        assertThat(cases.assess(caseId).daysPastDue()).isEqualTo(35);
        assertThat(payments.paymentsOfCase(caseId)).hasSize(1);
        assertThat(events.stream(PaymentPosted.class)).singleElement()
                .satisfies(posted -> {
                    assertThat(posted.caseId()).isEqualTo(caseId);
                    assertThat(posted.accountCurrent()).isFalse();
                });
    }

    @Test
    void returnsTheStoredPaymentWhenTheSameReferenceComesAgain() throws Exception {
        String first = pay(p + "-P1", p + "-A", "300").andExpect(status().isCreated())
                .andReturn().getResponse().getContentAsString();
        long paymentId = ((Number) JsonPath.read(first, "$.paymentId")).longValue();

        pay(p + "-P1", p + "-A", "300.00")
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.paymentId").value(paymentId));

        assertThat(cases.assess(caseId).daysPastDue()).isEqualTo(35);
        assertThat(payments.paymentsOfCase(caseId)).hasSize(1);
        assertThat(events.stream(PaymentPosted.class)).hasSize(1);
    }

    @Test
    void refusesTheSameReferenceForAnotherAmount() throws Exception {
        pay(p + "-P1", p + "-A", "300").andExpect(status().isCreated());

        pay(p + "-P1", p + "-A", "301")
                .andExpect(status().isConflict())
                .andExpect(jsonPath("$.field").value("externalReference"));
    }

    @Test
    void refusesTheSameReferenceForAnotherAccount() throws Exception {
        pay(p + "-P1", p + "-A", "300").andExpect(status().isCreated());

        pay(p + "-P1", p + "-other", "300").andExpect(status().isConflict());
    }

    @Test
    void curesTheAccountWhenEverythingPastDueIsPaid() throws Exception {
        pay(p + "-P1", p + "-A", "900").andExpect(jsonPath("$.daysPastDueAfter").value(0));

        assertThat(events.stream(PaymentPosted.class)).singleElement()
                .satisfies(posted -> assertThat(posted.accountCurrent()).isTrue());
    }

    @Test
    void refusesAPaymentInAnotherCurrencyThanTheAccount() throws Exception {
        mvc.perform(post("/api/v1/payments").contentType(MediaType.APPLICATION_JSON)
                        .content("""
                                {"externalReference": "%s-P1", "accountId": "%s-A", "amount": 10, "currency": "EUR"}"""
                                .formatted(p, p))
                        .with(user("agent").roles("AGENT")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("currency"));

        assertThat(cases.assess(caseId).daysPastDue()).isEqualTo(65);
    }

    @Test
    void answersNotFoundForAnUnknownAccount() throws Exception {
        pay(p + "-P1", p + "-nope", "10")
                .andExpect(status().isNotFound())
                .andExpect(jsonPath("$.field").value("accountId"));
    }

    @Test
    void namesTheBadField() throws Exception {
        pay(p + "-P1", p + "-A", "-5").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("amount"));
        pay(p + "-P1", p + "-A", "\"abc\"").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("amount"));
        pay(p + "-P1", p + "-A", "1.234").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("amount"));
        pay(p + "-P1", p + "-A", "0").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.message").value("amount must be greater than 0"));
        pay("", p + "-A", "10").andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("externalReference"));
        mvc.perform(post("/api/v1/payments").contentType(MediaType.APPLICATION_JSON)
                        .content("{\"externalReference\": \"r\", \"accountId\": \"a\", \"amount\": 1, \"paidAt\": \"yesterday\"}")
                        .with(user("agent").roles("AGENT")).with(csrf()))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("paidAt"));
    }
}
