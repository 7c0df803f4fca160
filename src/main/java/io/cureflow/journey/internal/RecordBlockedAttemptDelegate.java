package io.cureflow.journey.internal;

import io.cureflow.account.CaseService;
import io.cureflow.compliance.ContactLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

import static io.cureflow.journey.OutreachAttempt.RESULT_AUTOMATION_STOPPED;
import static io.cureflow.journey.OutreachAttempt.RESULT_BLOCKED;
import static io.cureflow.journey.OutreachAttempt.VAR_ATTEMPT_RESULT;
import static io.cureflow.journey.OutreachAttempt.VAR_STOPS_AUTOMATION;

/**
 * "Record blocked attempt": the gate blocked the contact; the decision id links the rules that applied. The ledger
 * says BLOCKED either way; the attempt's result tells the journey when a stop closed every automated channel.
 */
@Component("recordBlockedAttempt")
public class RecordBlockedAttemptDelegate implements JavaDelegate {

    private final AttemptRecorder recorder;

    public RecordBlockedAttemptDelegate(CaseService cases, ContactLedger ledger, Clock clock) {
        this.recorder = new AttemptRecorder(cases, ledger, clock);
    }

    @Override
    public void execute(DelegateExecution execution) {
        recorder.record(execution, RESULT_BLOCKED);
        if (Boolean.TRUE.equals(execution.getVariable(VAR_STOPS_AUTOMATION))) {
            execution.setVariable(VAR_ATTEMPT_RESULT, RESULT_AUTOMATION_STOPPED);
        }
    }
}
