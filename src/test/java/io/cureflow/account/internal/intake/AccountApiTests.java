package io.cureflow.account.internal.intake;

import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import io.cureflow.account.CaseOpened;
import io.cureflow.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.ResultActions;

@IntegrationTest
@RecordApplicationEvents
class AccountApiTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    ApplicationEvents events;

    final String p = CsvFixtures.prefix();

    ResultActions send(String json) throws Exception {
        return mvc.perform(post("/api/v1/accounts").contentType(MediaType.APPLICATION_JSON).content(json)
                .with(user("manager").roles("MANAGER")).with(csrf()));
    }

    String borrower(String accounts) {
        return """
                {"borrowerId": "%sB1", "firstName": "Ana", "lastName": "Lopez", "phone": "+1 305 555 0142",
                 "email": "ANA@example.com", "state": "FL", "zip": "32501", "timeZone": "America/Chicago",
                 "language": "es", "accounts": [%s]}""".formatted(p, accounts);
    }

    String account(String suffix, String balance, String daysPastDue) {
        return """
                {"accountId": "%sA%s", "creditor": "Acme", "product": "card", "balance": %s,
                 "dueDate": "2026-09-01", "daysPastDue": %s}""".formatted(p, suffix, balance, daysPastDue);
    }

    @Test
    void createsABorrowerWithTwoAccountsAndOpensACaseForThePastDueOne() throws Exception {
        send(borrower(account("1", "900.50", "65") + "," + account("2", "\"120\"", "0")))
                .andExpect(status().isCreated())
                .andExpect(jsonPath("$.borrowerId").value(p + "B1"))
                .andExpect(jsonPath("$.accounts", hasSize(2)))
                .andExpect(jsonPath("$.accounts[0].created").value(true))
                .andExpect(jsonPath("$.accounts[0].caseId", notNullValue()))
                .andExpect(jsonPath("$.accounts[1].caseId", nullValue()))
                .andExpect(jsonPath("$.openedCaseIds", hasSize(1)));
        org.assertj.core.api.Assertions.assertThat(events.stream(CaseOpened.class)).hasSize(1);
    }

    @Test
    void answersOkWhenEverythingAlreadyExisted() throws Exception {
        String request = borrower(account("1", "900.50", "65"));
        send(request).andExpect(status().isCreated());

        send(request)
                .andExpect(status().isOk())
                .andExpect(jsonPath("$.accounts[0].created").value(false))
                .andExpect(jsonPath("$.openedCaseIds", hasSize(0)));
    }

    @Test
    void namesEveryBadFieldByItsPath() throws Exception {
        send(borrower(account("1", "900.50", "65") + "," + account("2", "-3", "1.5"))
                .replace("+1 305 555 0142", "12345"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"))
                .andExpect(jsonPath("$.field").value("phone"))
                .andExpect(jsonPath("$.message").value("phone is not a valid phone number"))
                .andExpect(jsonPath("$.errors[1].field").value("accounts[1].balance"))
                .andExpect(jsonPath("$.errors[1].message").value("accounts[1].balance must not be negative"))
                .andExpect(jsonPath("$.errors[2].field").value("accounts[1].daysPastDue"))
                .andExpect(jsonPath("$.errors[2].message").value("accounts[1].daysPastDue is not a whole number"));
    }

    @Test
    void storesNothingWhenOneAccountIsBad() throws Exception {
        send(borrower(account("1", "900.50", "65") + "," + account("2", "1.001", "3")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("accounts[1].balance"));

        send(borrower(account("1", "900.50", "65"))).andExpect(status().isCreated());
    }

    @Test
    void requiresAtLeastOneAccount() throws Exception {
        send(borrower(""))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("accounts"));
    }

    @Test
    void refusesTheSameAccountTwiceInOneRequest() throws Exception {
        send(borrower(account("1", "10", "3") + "," + account("1", "20", "3")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("accounts[1].accountId"));
    }

    @Test
    void refusesABodyThatIsNotJson() throws Exception {
        send("{not json")
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.error").value("invalid_request"));
    }

    @Test
    void requiresTheDateInIsoFormat() throws Exception {
        send(borrower(account("1", "10", "3").replace("2026-09-01", "09/01/2026")))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.field").value("accounts[0].dueDate"))
                .andExpect(jsonPath("$.message").value("accounts[0].dueDate is not a date in the format yyyy-MM-dd"));
    }
}
