package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContentGuardrail;
import io.cureflow.compliance.ValidationPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The electronic validation notice as the emailer composes it, judged by the compliance module's real content
 * guardrail, with a California licence configured so that California consumers also need the licence line.
 */
@DataJpaTest(properties = "cureflow.compliance.content.california-licence-number=" + ValidationNoticePassesTheGuardrailTests.LICENCE)
@Import(ValidationNoticePassesTheGuardrailTests.Beans.class)
class ValidationNoticePassesTheGuardrailTests {

    static final String LICENCE = "10570-99";
    private static final LocalDate ITEMIZED_ON = LocalDate.parse("2026-02-10");
    private static final ValidationPeriod PERIOD = new ValidationPeriod(LocalDate.parse("2026-03-02"),
            LocalDate.parse("2026-03-09"), LocalDate.parse("2026-04-08"));

    @TestConfiguration
    @Import({ValidationNoticeComposer.class, ContentGuardrailBeans.class})
    static class Beans {

        @Bean
        MessageSource messageSource() {
            return OutreachFixtures.bundles();
        }

        @Bean
        ValidationNoticeTextProperties validationNoticeTextProperties() {
            return new ValidationNoticeTextProperties("Northwind Recovery", "PO Box 42, Albany, NY 12201");
        }
    }

    @Autowired
    ValidationNoticeComposer composer;

    @Autowired
    ContentGuardrail guardrail;

    @ParameterizedTest(name = "{0}, consumer in {1}, initial communication={2}")
    @CsvSource({"en,CA,true", "en,CA,false", "en,IL,true", "en,IL,false",
            "es,CA,true", "es,CA,false", "es,IL,true", "es,IL,false"})
    @DisplayName("1006.34 notice by email passes the real guardrail: B-1 disclosure, 1006.6(e) opt-out, licence")
    void theComposedNoticePassesTheGuardrail(String language, String state, boolean initial) {
        CaseContact contact = contactIn(state, language);
        ComposedText text = composer.compose(contact, ITEMIZED_ON, PERIOD,
                guardrail.requiredLicenceNumber(contact.state()).orElse(null));

        assertThat(guardrail.check(OutboundContents.of(contact, Channel.EMAIL, text.subject(), text.body(), initial))
                .violations()).as(text.body()).isEmpty();
        assertThat(text.body().contains(LICENCE)).isEqualTo("CA".equals(state));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"en", "es"})
    void withoutItsOptOutLineTheNoticeIsRefused(String language) {
        CaseContact contact = contactIn("IL", language);
        ComposedText text = composer.compose(contact, ITEMIZED_ON, PERIOD);
        String optOut = OutreachFixtures.bundles().getMessage("outreach.optout.email", null,
                BorrowerLocale.of(language));
        String withoutOptOut = text.body().replace(optOut, "");

        assertThat(withoutOptOut).isNotEqualTo(text.body());
        assertThat(guardrail.check(OutboundContents.of(contact, Channel.EMAIL, text.subject(), withoutOptOut, true))
                .ruleIds()).containsExactly("RF-24");
    }

    private static CaseContact contactIn(String state, String language) {
        return new CaseContact(7L, 70L, "ACC-0987654321", 700L, "Pat", "Doe", language, state,
                "CA".equals(state) ? "94105" : "60601", null, List.of(), "Acme Bank", "CARD",
                new BigDecimal("1200.00"), new BigDecimal("150.00"), "USD", 35);
    }
}
