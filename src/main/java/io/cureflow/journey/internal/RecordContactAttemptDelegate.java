package io.cureflow.journey.internal;

import io.cureflow.account.CaseService;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

import static io.cureflow.journey.OutreachAttempt.RESULT_CONTENT_BLOCKED;
import static io.cureflow.journey.OutreachAttempt.RESULT_FAILED;
import static io.cureflow.journey.OutreachAttempt.RESULT_SENT;
import static io.cureflow.journey.OutreachAttempt.VAR_MESSAGE_ID;

/**
 * "Record contact attempt": the message went through "Send message"; the ledger row says what really happened to it
 * (sent, refused by the content guardrail, or failed at the gateway).
 */
@Component("recordContactAttempt")
public class RecordContactAttemptDelegate implements JavaDelegate {

    private final AttemptRecorder recorder;
    private final OutreachService outreach;

    public RecordContactAttemptDelegate(CaseService cases, ContactLedger ledger, OutreachService outreach,
                                        Clock clock) {
        this.recorder = new AttemptRecorder(cases, ledger, clock);
        this.outreach = outreach;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long messageId = ProcessVariables.optionalLong(execution, VAR_MESSAGE_ID);
        OutreachMessage.Status status = messageId == null ? null
                : outreach.message(messageId).map(OutreachMessage::status).orElse(null);
        recorder.record(execution, outcome(status));
    }

    private static String outcome(OutreachMessage.Status status) {
        if (status == OutreachMessage.Status.BLOCKED) {
            return RESULT_CONTENT_BLOCKED;
        }
        return status == OutreachMessage.Status.FAILED ? RESULT_FAILED : RESULT_SENT;
    }
}
