package io.cureflow.journey.internal;

import io.cureflow.account.CaseService;
import io.cureflow.compliance.ContactLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

import static io.cureflow.journey.OutreachAttempt.RESULT_NO_CONTACT_POINT;

/** "Record missing contact point": the borrower has no usable contact point on this channel. */
@Component("recordMissingContactPoint")
public class RecordMissingContactPointDelegate implements JavaDelegate {

    private final AttemptRecorder recorder;

    public RecordMissingContactPointDelegate(CaseService cases, ContactLedger ledger, Clock clock) {
        this.recorder = new AttemptRecorder(cases, ledger, clock);
    }

    @Override
    public void execute(DelegateExecution execution) {
        recorder.record(execution, RESULT_NO_CONTACT_POINT);
    }
}
