package io.cureflow.compliance.internal.frequency;

import io.cureflow.compliance.internal.ComplianceMessages;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;

/** RF-01: no more than seven counted calls to the person about the debt within seven consecutive days. */
@Component
class CallCountRule extends DebtFrequencyRule {

    static final String ID = "RF-01";

    private final ComplianceMessages messages;

    CallCountRule(CallHistory history, FrequencyProperties properties, ComplianceMessages messages) {
        super(history, properties);
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "12 CFR 1006.14(b)(2)(i)(A), (b)(3)";
    }

    @Override
    ZoneVerdict verdict(DebtCallCounter counter, Instant at, ZoneId zone) {
        return counter.callCount(at, zone);
    }

    @Override
    String message(ZoneVerdict latest) {
        return messages.get("compliance.rule.frequency.calls.blocked", latest.count(), properties().windowDays(),
                latest.day().toString(), latest.allowedDay().toString(), latest.zone().getId());
    }
}
