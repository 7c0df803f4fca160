package io.cureflow.journey.internal;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.ValidationNoticeStatus;
import io.cureflow.compliance.ValidationNotices;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.ValidationNoticeSender;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

import static io.cureflow.journey.OutreachAttempt.RESULT_SENT;
import static io.cureflow.journey.ValidationNotice.VAR_CASE_ID;
import static io.cureflow.journey.ValidationNotice.VAR_VALIDATION_NOTICE_SENT;
import static io.cureflow.journey.ValidationNotice.VAR_VALIDATION_PERIOD_ENDS_ON;

/** "Send validation notice": emails the notice when the borrower has an address for it; the ledger keeps the send. */
@Component("sendValidationNotice")
public class SendValidationNoticeDelegate implements JavaDelegate {

    private final ValidationNoticeSender sender;
    private final ValidationNotices notices;
    private final ContactLedger ledger;
    private final Clock clock;

    public SendValidationNoticeDelegate(ValidationNoticeSender sender, ValidationNotices notices, ContactLedger ledger,
                                        Clock clock) {
        this.sender = sender;
        this.notices = notices;
        this.ledger = ledger;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ProcessVariables.requiredLong(execution, VAR_CASE_ID);
        Optional<OutreachMessage> sent = sender.sendByEmail(caseId);
        sent.ifPresent(message -> ledger.record(caseId, Channel.EMAIL, message.address(), RESULT_SENT, null,
                clock.instant()));
        execution.setVariable(VAR_VALIDATION_NOTICE_SENT, sent.isPresent());
        execution.setVariable(VAR_VALIDATION_PERIOD_ENDS_ON, sent.isEmpty() ? null
                : notices.statusOf(caseId).map(ValidationNoticeStatus::period)
                        .map(period -> period.endsOn().toString()).orElse(null));
    }
}
