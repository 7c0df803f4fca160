package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ContentGuardrail;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every template CureFlow ships (channel × tone × language × initial or subsequent) passes the content guardrail, with
 * a short and a long borrower and creditor name, as the application composes and checks it.
 */
@DataJpaTest
@Import(OutreachServiceTests.Beans.class)
class EveryTemplatePassesTheGuardrailTests {

    private static final List<String> TONES = List.of("neutral", "friendly", "supportive", "urgent");

    @MockitoBean
    CaseService cases;

    @MockitoBean
    ContactLedger ledger;

    @MockitoSpyBean
    OutreachGateway gateway;

    @Autowired
    MessageComposer composer;

    @Autowired
    ContentGuardrail guardrail;

    static Stream<Arguments> everyTemplate() {
        List<Arguments> all = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            for (String tone : TONES) {
                for (String language : List.of("en", "es")) {
                    for (boolean initial : new boolean[]{true, false}) {
                        for (boolean longNames : new boolean[]{false, true}) {
                            all.add(Arguments.of(channel, tone, language, initial, longNames));
                        }
                    }
                }
            }
        }
        return all.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2} initial={3} long names={4}")
    @MethodSource("everyTemplate")
    void passesTheGuardrail(Channel channel, String tone, String language, boolean initial, boolean longNames) {
        CaseContact contact = longNames
                ? new CaseContact(7, 70, "4000123456789", 70, "Maximiliano", "Fernández-Castellanos", language, "NY",
                "10027", null, List.of(), "First National Bank of Springfield", "CARD", new BigDecimal("12345.67"),
                new BigDecimal("10450.99"), "USD", 95)
                : OutreachFixtures.borrower(7, 70, language);
        ComposedText text = composer.compose(contact, channel, tone, initial);

        assertThat(guardrail.check(OutboundContents.of(contact, channel, text.subject(), text.body(), initial))
                .violations()).as(text.body()).isEmpty();
    }
}
