package io.cureflow.compliance.internal.frequency;

import io.cureflow.compliance.internal.ComplianceMessages;

import java.time.Instant;
import java.time.ZoneId;

/** The two presumptions of Reg F §1006.14(b)(2)(i), each a rule of its own in the decision record. */
enum Prong {

    /** RF-01: no more than seven counted calls to the person about the debt within seven consecutive days. */
    CALL_COUNT("RF-01", "12 CFR 1006.14(b)(2)(i)(A), (b)(3)") {
        @Override
        ZoneVerdict verdict(DebtCallCounter counter, Instant at, ZoneId zone) {
            return counter.callCount(at, zone);
        }

        @Override
        String message(ComplianceMessages messages, FrequencyProperties properties, ZoneVerdict latest) {
            return messages.get("compliance.rule.frequency.calls.blocked", latest.count(), properties.windowDays(),
                    latest.day().toString(), latest.allowedDay().toString(), latest.zone().getId());
        }
    },

    /** RF-02: no call to the person about the debt within seven days after a telephone conversation about it. */
    CONVERSATION_PERIOD("RF-02", "12 CFR 1006.14(b)(2)(i)(B), (b)(3)") {
        @Override
        ZoneVerdict verdict(DebtCallCounter counter, Instant at, ZoneId zone) {
            return counter.conversationPeriod(at, zone);
        }

        @Override
        String message(ComplianceMessages messages, FrequencyProperties properties, ZoneVerdict latest) {
            return messages.get("compliance.rule.frequency.conversation.blocked", latest.day().toString(),
                    properties.cooldownDays(), latest.allowedDay().toString(), latest.zone().getId());
        }
    };

    private final String ruleId;
    private final String citation;

    Prong(String ruleId, String citation) {
        this.ruleId = ruleId;
        this.citation = citation;
    }

    String ruleId() {
        return ruleId;
    }

    String citation() {
        return citation;
    }

    abstract ZoneVerdict verdict(DebtCallCounter counter, Instant at, ZoneId zone);

    abstract String message(ComplianceMessages messages, FrequencyProperties properties, ZoneVerdict latest);
}
