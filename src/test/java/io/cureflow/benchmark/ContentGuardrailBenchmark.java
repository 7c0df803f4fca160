package io.cureflow.benchmark;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContentFacts;
import io.cureflow.compliance.ContentGuardrail;
import io.cureflow.compliance.OutboundContent;
import io.cureflow.compliance.OutboundContent.Recipient;
import io.cureflow.outreach.internal.compose.MessageBrief;
import io.cureflow.outreach.internal.compose.TemplateMessageWriter;
import io.cureflow.outreach.internal.compose.WrittenMessage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.MessageSource;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The content guardrail alone, on what it checks in production: every template the composer writes (SMS, email, call
 * script, voicemail; every tone, step, language and variant, initial and subsequent, to a California borrower with the
 * licence line and to a New York one), plus agent-written texts that fail. Each message is checked as composed, the way
 * outreach calls the guardrail twice per message. Run with
 * {@code ./mvnw -Pbenchmark verify -Dtest=ContentGuardrailBenchmark}.
 */
@Tag("benchmark")
@SpringBootTest(properties = {
        "cureflow.account.demo-data.enabled=false",
        "camunda.bpm.job-execution.enabled=false",
        "cureflow.compliance.content.california-licence-number=10012-99",
        "logging.level.root=WARN",
        "logging.level.io.cureflow.benchmark=INFO"
})
class ContentGuardrailBenchmark {

    private static final Logger log = LoggerFactory.getLogger(ContentGuardrailBenchmark.class);

    static final int WARM_UP = Integer.getInteger("benchmark.warm-up", 3_000);
    static final int PER_ROUND = Integer.getInteger("benchmark.per-round", 5_000);
    static final int ROUNDS = Integer.getInteger("benchmark.rounds", 5);

    private static final List<String> TONES = List.of("neutral", "friendly", "supportive", "urgent");
    private static final int[] STEPS = {1, 2, 4};

    private static final Recipient CALIFORNIA = new Recipient("CA", "94110", "es",
            List.of("Maximiliano", "Fernández-Castellanos"), "4000123456789");
    private static final Recipient NEW_YORK = new Recipient("NY", "10027", "en", List.of("Pat", "Doe"), "ACC-70007");

    /** Texts an agent might type: a threat, an SSN, a voicemail that says too much, a Spanish one without the line. */
    private static final List<OutboundContent> AGENT_WRITTEN = List.of(
            new OutboundContent(Channel.SMS, "en", false, null, "Pat, if you do not pay $150.25 by Friday we will"
                    + " take you to court and garnish your wages. This is from a debt collector. Reply STOP to stop"
                    + " texts to this number.", NEW_YORK, ContentFacts.NONE),
            new OutboundContent(Channel.EMAIL, "en", false, "Your account", "Hello Pat,\n\nWe have your SSN on file"
                    + " as 123-45-6789 and your card 4111 1111 1111 1111. Please call 1-800-555-0100 to confirm.\n\nThis"
                    + " is from a debt collector. To stop emails to this address, reply with STOP in the subject line.",
                    NEW_YORK, ContentFacts.NONE),
            new OutboundContent(Channel.VOICEMAIL, "en", false, null, "Hi Pat, this is Jordan from CureFlow Servicing"
                    + " about your past due balance of $150.25 on account ending in 0007. Please call me back at"
                    + " 1-800-555-0100 today until 6:00 p.m. Eastern time. Thank you.", NEW_YORK, ContentFacts.NONE),
            new OutboundContent(Channel.SMS, "es", true, null, "Hola Maximiliano, su pago de $10,450.99 está vencido."
                    + " Si no paga, la policía irá a su casa. Responda STOP para dejar de recibir mensajes.",
                    CALIFORNIA, ContentFacts.NONE));

    @Autowired
    ContentGuardrail guardrail;

    @Autowired
    TemplateMessageWriter templates;

    @Autowired
    MessageSource bundle;

    /** Read after the rounds so that no check's result is unused. */
    private long violationsSeen;

    @Test
    void checksAComposedMessageWellUnderAMillisecond() {
        List<OutboundContent> messages = messages();
        long blocked = messages.stream().filter(message -> !guardrail.check(message).passed()).count();
        log.info("{} messages, {} of them blocked ({} agent-written ones meant to fail)", messages.size(), blocked,
                AGENT_WRITTEN.size());
        assertThat(blocked).isEqualTo(AGENT_WRITTEN.size());

        time(messages, WARM_UP);
        List<Double> medians = new ArrayList<>();
        for (int round = 1; round <= ROUNDS; round++) {
            long[] nanos = time(messages, PER_ROUND);
            Arrays.sort(nanos);
            double median = millis(nanos, 0.50);
            medians.add(median);
            log.info("round {}: {} checks, p50 {} ms, p95 {} ms, p99 {} ms, max {} ms", round, PER_ROUND,
                    format(median), format(millis(nanos, 0.95)), format(millis(nanos, 0.99)),
                    format(nanos[nanos.length - 1] / 1_000_000.0));
        }
        double medianOfMedians = medians.stream().sorted().toList().get(medians.size() / 2);
        log.info("median per check over {} rounds: {} ms (target well under 1 ms); {} violations seen", ROUNDS,
                format(medianOfMedians), violationsSeen);
        assertThat(medianOfMedians).isPositive();
    }

    private long[] time(List<OutboundContent> messages, int count) {
        long[] nanos = new long[count];
        for (int i = 0; i < count; i++) {
            OutboundContent message = messages.get(i % messages.size());
            long start = System.nanoTime();
            violationsSeen += guardrail.check(message).violations().size();
            nanos[i] = System.nanoTime() - start;
        }
        return nanos;
    }

    private List<OutboundContent> messages() {
        List<OutboundContent> messages = new ArrayList<>();
        for (Channel channel : Channel.values()) {
            boolean written = channel == Channel.SMS || channel == Channel.EMAIL;
            for (int step : STEPS) {
                for (String tone : channel == Channel.VOICEMAIL ? List.of("neutral") : TONES) {
                    for (String language : List.of("en", "es")) {
                        for (boolean initial : channel == Channel.VOICEMAIL ? new boolean[]{false}
                                : new boolean[]{true, false}) {
                            for (Recipient recipient : written ? List.of(CALIFORNIA, NEW_YORK) : List.of(NEW_YORK)) {
                                MessageBrief brief = brief(channel, step, tone, language, initial, recipient);
                                for (String variant : templates.variantsFor(brief)) {
                                    WrittenMessage message = templates.writeVariant(brief, variant);
                                    messages.add(new OutboundContent(channel, language, initial, message.subject(),
                                            message.body(), withLanguage(recipient, language), ContentFacts.NONE));
                                }
                            }
                        }
                    }
                }
            }
        }
        messages.addAll(AGENT_WRITTEN);
        return List.copyOf(messages);
    }

    private MessageBrief brief(Channel channel, int step, String tone, String language, boolean initial,
                               Recipient recipient) {
        Locale locale = Locale.forLanguageTag(language);
        boolean california = recipient == CALIFORNIA;
        String optOut = switch (channel) {
            case SMS -> text("outreach.optout.sms", locale);
            case EMAIL -> text("outreach.optout.email", locale);
            case CALL, VOICEMAIL -> null;
        };
        String licence = california && (channel == Channel.SMS || channel == Channel.EMAIL)
                ? bundle.getMessage("outreach.licence.california", new Object[]{"10012-99"}, locale) : null;
        return new MessageBrief(channel, step, tone, locale, recipient.names().get(0),
                california ? "$10,450.99" : "$150.25",
                california ? "First National Bank of Springfield" : "Acme Bank", "CureFlow Servicing",
                "1-800-555-0100", "https://pay.cureflow.example/p/7Hq2LmX9", text(initial
                        ? "outreach.disclosure.initial" : "outreach.disclosure.subsequent", locale),
                initial, optOut, licence, 8);
    }

    private String text(String key, Locale locale) {
        return bundle.getMessage(key, null, locale);
    }

    private static Recipient withLanguage(Recipient recipient, String language) {
        return new Recipient(recipient.state(), recipient.zip(), language, recipient.names(),
                recipient.accountNumber());
    }

    private static double millis(long[] sorted, double quantile) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)] / 1_000_000.0;
    }

    private static String format(double millis) {
        return String.format(Locale.ROOT, "%.3f", millis);
    }
}
