package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.ValidationPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidationNoticeComposerTests {

    private static final LocalDate ITEMIZED_ON = LocalDate.parse("2026-02-10");
    private static final ValidationPeriod PERIOD = new ValidationPeriod(LocalDate.parse("2026-03-02"),
            LocalDate.parse("2026-03-09"), LocalDate.parse("2026-04-08"));

    private final ValidationNoticeComposer composer = new ValidationNoticeComposer(OutreachFixtures.bundles(),
            new ValidationNoticeTextProperties("Northwind Recovery", "PO Box 42, Albany, NY 12201"));

    @Test
    @DisplayName("§1006.34(c): every validation field is on the notice with a value")
    void noticeCarriesEveryRequiredFieldFromTheCase() {
        String body = composer.compose(borrower("NY", "en"), ITEMIZED_ON, PERIOD).body();

        assertThat(body)
                .contains("Northwind Recovery is a debt collector. We are trying to collect a debt",
                        "We will use any information you give us to help collect the debt.")
                .contains("Northwind Recovery", "PO Box 42, Albany, NY 12201")
                .contains("Pat Doe", "NY 10001")
                .contains("Acme Bank")
                .contains("ending in 4321").doesNotContain("ACC-0987654321")
                .contains("February 10, 2026")
                .contains("As of February 10, 2026, you owed: $1,200.00")
                .contains("interest: + $0.00", "fees: + $0.00", "toward the debt: - $0.00")
                .contains("Total amount of the debt now: $1,200.00")
                .contains("by April 8, 2026")
                .contains("original creditor")
                .contains("www.cfpb.gov/debt-collection")
                .contains("How do you want to respond?", "Check all that apply:",
                        "I want to dispute the debt because I think:", "This is not my debt.",
                        "The amount is wrong.",
                        "Other (please describe on reverse or attach additional information).",
                        "I want you to send me the name and address of the original creditor.")
                .doesNotContain("Rosenthal");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    @DisplayName("comment 34(c)(2)(viii)-1: no field is blank and no placeholder is left")
    void noLineIsBlankAndNothingIsLeftUnfilled(String language) {
        ComposedText text = composer.compose(borrower("CA", language), ITEMIZED_ON, PERIOD);

        assertThat(text.subject()).isNotBlank().contains("Acme Bank");
        assertThat(text.body()).doesNotContain("{", "}", "null", ": \n", ",  ").hasSizeLessThan(4000);
        assertThat(text.body().lines().filter(line -> !line.isEmpty()))
                .allSatisfy(line -> assertThat(line.strip()).isNotEmpty().doesNotEndWith(":  "));
        assertThat(text.body()).contains("www.cfpb.gov/debt-collection", "4321");
    }

    @Test
    @DisplayName("catalogue CA-01: California consumers get the Civ. Code 1812.700 notice")
    void californiaConsumerGetsTheRosenthalNotice() {
        String body = composer.compose(borrower("CA", "en"), ITEMIZED_ON, PERIOD).body();

        assertThat(body).contains("The state Rosenthal Fair Debt Collection Practices Act and the federal Fair Debt "
                + "Collection Practices Act require that, except under unusual circumstances, collectors may not "
                + "contact you before 8 a.m. or after 9 p.m.").contains("1-877-FTC-HELP or www.ftc.gov.");
    }

    @Test
    void spanishNoticeIsInSpanish() {
        String body = composer.compose(borrower("NY", "es"), ITEMIZED_ON, PERIOD).body();

        assertThat(body).contains("¿Cómo desea responder?", "8 de abril de 2026", "www.cfpb.gov/debt-collection");
    }

    @Test
    void missingNamesAndAddressStillPrintAValue() {
        CaseContact unknown = new CaseContact(7L, 70L, null, 700L, "Pat", null, "en", null, null, null, List.of(),
                null, "CARD", null, null, "USD", 35);

        String body = composer.compose(unknown, ITEMIZED_ON, PERIOD).body();

        assertThat(body).contains("mailing address not on file", "account number ending in none",
                "Total amount of the debt now: $0.00");
    }

    private static CaseContact borrower(String state, String language) {
        String zip = "CA".equals(state) ? "94105" : "10001";
        return new CaseContact(7L, 70L, "ACC-0987654321", 700L, "Pat", "Doe", language, state, zip, null,
                List.of(), "Acme Bank", "CARD", new BigDecimal("1200.00"), new BigDecimal("150.00"), "USD", 35);
    }
}
