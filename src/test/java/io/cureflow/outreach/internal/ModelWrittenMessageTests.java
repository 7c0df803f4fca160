package io.cureflow.outreach.internal;

import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.outreach.OutreachService;
import io.cureflow.outreach.internal.compose.GenerativeMessageWriter;
import io.cureflow.outreach.internal.compose.MessageBrief;
import io.cureflow.outreach.internal.compose.Provenance;
import io.cureflow.outreach.internal.compose.WrittenMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.orm.jpa.DataJpaTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import static io.cureflow.outreach.internal.OutreachFixtures.borrower;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.when;

/**
 * A language-model writer whose text passes every check is sent as written, with its provenance; one whose text fails
 * the guardrail, the SMS budget, the reading grade or the payment link, or that fails itself, gives way to the template.
 */
@DataJpaTest
@Import({OutreachServiceTests.Beans.class, ModelWrittenMessageTests.Model.class})
class ModelWrittenMessageTests {

    @TestConfiguration
    static class Model {

        @Bean
        ScriptedModel scriptedModel() {
            return new ScriptedModel();
        }
    }

    /** A stand-in for the model: writes whatever the test scripts, from the brief it is given. */
    static class ScriptedModel implements GenerativeMessageWriter {

        Function<MessageBrief, Optional<WrittenMessage>> script = brief -> Optional.empty();
        final List<MessageBrief> briefs = new ArrayList<>();

        @Override
        public Optional<WrittenMessage> write(MessageBrief brief) {
            briefs.add(brief);
            return script.apply(brief);
        }
    }

    static final Provenance MODEL = new Provenance("llm", null, "test-model-7b", "compose-v3");

    @MockitoBean
    CaseService cases;

    @MockitoBean
    ContactLedger ledger;

    @MockitoSpyBean
    OutreachGateway gateway;

    @Autowired
    OutreachService outreach;

    @Autowired
    MessageRepository messages;

    @Autowired
    ScriptedModel model;

    @BeforeEach
    void pat() {
        model.script = brief -> Optional.empty();
        model.briefs.clear();
        when(cases.contactOf(7L)).thenReturn(borrower(7, 70, "en"));
        when(ledger.hasCommunicatedWith(70L)).thenReturn(true);
    }

    private static String sms(MessageBrief brief, String words) {
        return words + " Pay here: " + brief.paymentLink() + " " + brief.disclosure() + " " + brief.optOutLine();
    }

    @Test
    void sendsTheModelsTextWhenItPassesEveryCheck() {
        model.script = brief -> Optional.of(new WrittenMessage(null, sms(brief,
                "Hi Pat, we are here for you. We can set up a plan, a pause, or a talk with a person."), MODEL));

        OutreachMessage message = outreach.compose(7L, Channel.SMS, 1, "supportive").orElseThrow();

        assertThat(message.status()).isEqualTo(Status.COMPOSED);
        assertThat(message.body()).startsWith("Hi Pat, we are here for you.");
        Provenance stored = messages.findById(message.messageId()).orElseThrow().getProvenance();
        assertThat(stored.composer()).isEqualTo("llm");
        assertThat(stored.model()).isEqualTo("test-model-7b");
        assertThat(stored.promptVersion()).isEqualTo("compose-v3");
        assertThat(stored.templateVariant()).as("the template it replaced").matches("sms/first/supportive/en#[ab]");
    }

    @Test
    void sendsTheTemplateWhenTheModelThreatensALawsuit() {
        model.script = brief -> Optional.of(new WrittenMessage(null, sms(brief,
                "Hi Pat, pay today or we will file a lawsuit against you."), MODEL));

        assertTemplateSent(outreach.compose(7L, Channel.SMS, 1, "urgent").orElseThrow());
    }

    @Test
    void sendsTheTemplateWhenTheModelDropsTheDisclosure() {
        model.script = brief -> Optional.of(new WrittenMessage(null, "Hi Pat, we can help with a plan. Pay here: "
                + brief.paymentLink() + " " + brief.optOutLine(), MODEL));

        assertTemplateSent(outreach.compose(7L, Channel.SMS, 2, "neutral").orElseThrow());
    }

    @Test
    void sendsTheTemplateWhenTheModelInventsALinkOrLeavesOutThePaymentLink() {
        model.script = brief -> Optional.of(new WrittenMessage(null, "Hi Pat, we can help. Pay here: "
                + "https://pay-now.example.net/x " + brief.disclosure() + " " + brief.optOutLine(), MODEL));
        assertTemplateSent(outreach.compose(7L, Channel.SMS, 1, "neutral").orElseThrow());

        model.script = brief -> Optional.of(new WrittenMessage(null, "Hi Pat, we can help with a plan. "
                + brief.disclosure() + " " + brief.optOutLine(), MODEL));
        assertTemplateSent(outreach.compose(7L, Channel.SMS, 1, "neutral").orElseThrow());
    }

    @Test
    void sendsTheTemplateWhenTheModelsTextIsOverTheSmsBudget() {
        model.script = brief -> Optional.of(new WrittenMessage(null, sms(brief,
                "Hi Pat, we can help. ".repeat(40)), MODEL));

        assertTemplateSent(outreach.compose(7L, Channel.SMS, 1, "neutral").orElseThrow());
    }

    @Test
    void sendsTheTemplateWhenTheModelsTextIsHardToRead() {
        model.script = brief -> Optional.of(new WrittenMessage("Regarding your obligation",
                "Notwithstanding previous correspondence, the outstanding contractual indebtedness, inclusive of "
                        + "accumulated administrative charges, necessitates prompt resolution. "
                        + brief.paymentLink() + "\n" + brief.disclosure() + "\n" + brief.optOutLine(), MODEL));

        assertTemplateSent(outreach.compose(7L, Channel.EMAIL, 1, "neutral").orElseThrow());
    }

    @Test
    void sendsTheTemplateWhenAnEmailHasNoSubject() {
        model.script = brief -> Optional.of(new WrittenMessage(" ", "Hi Pat, we can help. " + brief.paymentLink()
                + "\n" + brief.disclosure() + "\n" + brief.optOutLine(), MODEL));

        assertTemplateSent(outreach.compose(7L, Channel.EMAIL, 1, "neutral").orElseThrow());
    }

    @Test
    void sendsTheTemplateWhenTheModelFailsOrWritesNothing() {
        model.script = brief -> {
            throw new IllegalStateException("timed out");
        };
        assertTemplateSent(outreach.compose(7L, Channel.SMS, 1, "neutral").orElseThrow());

        model.script = brief -> Optional.empty();
        assertTemplateSent(outreach.compose(7L, Channel.SMS, 1, "neutral").orElseThrow());
    }

    @Test
    void neverAsksTheModelForAVoicemail() {
        model.script = brief -> Optional.of(new WrittenMessage(null, "Hi Pat, call us about your debt.", MODEL));

        OutreachMessage voicemail = outreach.compose(7L, Channel.VOICEMAIL, 1, "neutral").orElseThrow();

        assertThat(model.briefs).isEmpty();
        assertThat(messages.findById(voicemail.messageId()).orElseThrow().getProvenance().composer())
                .isEqualTo("template");
    }

    @Test
    void givesTheModelOnlyTheFactsOfTheBrief() {
        outreach.compose(7L, Channel.EMAIL, 4, "friendly");

        MessageBrief brief = model.briefs.get(0);
        assertThat(brief.firstName()).isEqualTo("Pat");
        assertThat(brief.amountDue()).isEqualTo("$150.25");
        assertThat(brief.step()).isEqualTo(4);
        assertThat(brief.initialCommunication()).isFalse();
        assertThat(brief.disclosure()).isEqualTo("This is from a debt collector.");
        assertThat(brief.paymentLink()).startsWith("https://pay.cureflow.example/pay/");
        assertThat(brief.toString()).doesNotContain("ACC-7", "Doe", "60601", OutreachFixtures.EMAIL);
    }

    private void assertTemplateSent(OutreachMessage message) {
        assertThat(message.status()).isEqualTo(Status.COMPOSED);
        Provenance provenance = messages.findById(message.messageId()).orElseThrow().getProvenance();
        assertThat(provenance.composer()).isEqualTo("template");
        assertThat(provenance.model()).isNull();
        assertThat(provenance.templateVariant()).matches("sms/.*|email/.*");
        assertThat(message.body()).startsWith("Hi Pat");
    }
}
