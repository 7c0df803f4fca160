package io.cureflow.journey.internal;

import io.cureflow.account.CaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.cureflow.journey.DelinquencyJourney.VAR_CASE_ID;
import static io.cureflow.journey.DelinquencyJourney.VAR_HANDOVER_REASON;

/** "Hand case to an agent": automation pauses; the reason code is the task's input parameter. */
@Component("handToAgent")
public class HandToAgentDelegate implements JavaDelegate {

    private final CaseService cases;

    public HandToAgentDelegate(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.handToAgent(ProcessVariables.requiredLong(execution, VAR_CASE_ID),
                ProcessVariables.requiredString(execution, VAR_HANDOVER_REASON));
    }
}
