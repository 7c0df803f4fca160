package io.cureflow.compliance.internal.content;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceReason;
import io.cureflow.compliance.OutboundContent;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

import java.util.List;

/** SMS-01: a text longer than {@code cureflow.compliance.content.max-sms-segments} segments is not sent. */
@Component
@Order(6)
class SmsLengthCheck implements ContentCheck {

    static final String RULE = "SMS-01";

    private final ContentProperties properties;
    private final Violations violations;

    SmsLengthCheck(ContentProperties properties, Violations violations) {
        this.properties = properties;
        this.violations = violations;
    }

    @Override
    public List<ComplianceReason> check(OutboundContent content) {
        if (content.channel() != Channel.SMS) {
            return List.of();
        }
        SmsSegments segments = SmsSegments.of(content.body());
        if (segments.segments() <= properties.maxSmsSegments()) {
            return List.of();
        }
        return List.of(violations.of(RULE, "CureFlow policy: cureflow.compliance.content.max-sms-segments",
                "sms-length", segments.segments(), segments.encoding().name(), properties.maxSmsSegments()));
    }
}
