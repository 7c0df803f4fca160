package io.cureflow.compliance.internal.validation;

import io.cureflow.compliance.ValidationNoticeStatus;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.RuleResult;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * RF-30: once the five days after the initial communication have passed without a validation notice, collection
 * communications stop until it is sent. Waiting does not cure it, sending the notice does, so it stops automation and
 * a person sees the case. The notice itself does not pass this gate. A debt paid before the notice was due needs no
 * notice (§1006.34(a)(2)).
 */
@Component
class ValidationNoticeRule implements ComplianceRule {

    private final NoticeStatusReader notices;
    private final ComplianceMessages messages;

    ValidationNoticeRule(NoticeStatusReader notices, ComplianceMessages messages) {
        this.notices = notices;
        this.messages = messages;
    }

    @Override
    public String id() {
        return "RF-30";
    }

    @Override
    public String citation() {
        return "12 CFR 1006.34(a)(1)(i)(B)";
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        long caseId = context.proposal().caseId();
        Optional<ValidationNoticeStatus> found = notices.of(caseId);
        if (found.isEmpty()) {
            return RuleResult.pass("initialCommunication=none");
        }
        ValidationNoticeStatus status = found.get();
        String detail = "initialCommunicationAt=" + status.initialCommunicationAt() + ", noticeDueOn="
                + status.noticeDueOn() + ", noticeDueAt=" + status.noticeDueAt() + ", noticeSentAt="
                + status.noticeSentAt() + ", at=" + context.at();
        if (status.noticeSent() || context.at().isBefore(status.noticeDueAt())) {
            return RuleResult.pass(detail);
        }
        BigDecimal balance = context.contact().balance();
        if (balance != null && balance.signum() <= 0) {
            return RuleResult.pass(detail + ", balance=0");
        }
        return RuleResult.stopAutomation(messages.get("compliance.rule.validation.notice-overdue",
                status.noticeDueOn(), status.initialCommunicationAt()), detail);
    }
}
