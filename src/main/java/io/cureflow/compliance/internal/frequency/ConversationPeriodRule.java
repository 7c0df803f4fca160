package io.cureflow.compliance.internal.frequency;

import io.cureflow.compliance.internal.ComplianceMessages;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;

/** RF-02: no call to the person about the debt within seven days after a telephone conversation about it. */
@Component
class ConversationPeriodRule extends DebtFrequencyRule {

    static final String ID = "RF-02";

    private final ComplianceMessages messages;

    ConversationPeriodRule(CallHistory history, FrequencyProperties properties, ComplianceMessages messages) {
        super(history, properties);
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "12 CFR 1006.14(b)(2)(i)(B), (b)(3)";
    }

    @Override
    ZoneVerdict verdict(DebtCallCounter counter, Instant at, ZoneId zone) {
        return counter.conversationPeriod(at, zone);
    }

    @Override
    String message(ZoneVerdict latest) {
        return messages.get("compliance.rule.frequency.conversation.blocked", latest.day().toString(),
                properties().cooldownDays(), latest.allowedDay().toString(), latest.zone().getId());
    }
}
