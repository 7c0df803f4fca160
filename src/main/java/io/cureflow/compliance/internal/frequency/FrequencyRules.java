package io.cureflow.compliance.internal.frequency;

import io.cureflow.compliance.internal.ComplianceMessages;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One rule bean per prong of §1006.14(b)(2)(i), each with its own id and citation in the decision record. */
@Configuration(proxyBeanMethods = false)
class FrequencyRules {

    @Bean
    DebtFrequencyRule callCountRule(CallHistory history, FrequencyProperties properties, ComplianceMessages messages) {
        return new DebtFrequencyRule(Prong.CALL_COUNT, history, properties, messages);
    }

    @Bean
    DebtFrequencyRule conversationPeriodRule(CallHistory history, FrequencyProperties properties,
                                             ComplianceMessages messages) {
        return new DebtFrequencyRule(Prong.CONVERSATION_PERIOD, history, properties, messages);
    }
}
