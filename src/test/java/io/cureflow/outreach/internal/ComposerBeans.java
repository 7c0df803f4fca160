package io.cureflow.outreach.internal;

import io.cureflow.outreach.internal.compose.ComposeProperties;
import io.cureflow.outreach.internal.compose.MessageTemplates;
import io.cureflow.outreach.internal.compose.PaymentLinkProperties;
import io.cureflow.outreach.internal.compose.PaymentLinks;
import io.cureflow.outreach.internal.compose.ReadabilityCheck;
import io.cureflow.outreach.internal.compose.TemplateMessageWriter;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;

import java.time.Duration;

/** The composer as the application wires it, with the default composition settings and a fixed link secret. */
@TestConfiguration
@Import({MessageComposition.class, MessageBriefs.class, WrittenMessageCheck.class, TemplateMessageWriter.class,
        MessageTemplates.class, ReadabilityCheck.class, PaymentLinks.class})
class ComposerBeans {

    static final String SECRET = "test-secret-for-payment-links";

    @Bean
    ComposeProperties composeProperties() {
        return ComposeProperties.defaults();
    }

    @Bean
    PaymentLinkProperties paymentLinkProperties() {
        return new PaymentLinkProperties("https://pay.cureflow.example", SECRET, Duration.ofDays(30));
    }
}
