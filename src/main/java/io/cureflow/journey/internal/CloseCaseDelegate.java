package io.cureflow.journey.internal;

import io.cureflow.account.CaseOutcome;
import io.cureflow.account.CaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.cureflow.journey.DelinquencyJourney.VAR_CASE_ID;
import static io.cureflow.journey.DelinquencyJourney.VAR_CASE_OUTCOME;

/** "Close case as cured" and "Close case for charge-off": the outcome is the task's input parameter. */
@Component("closeCase")
public class CloseCaseDelegate implements JavaDelegate {

    private final CaseService cases;

    public CloseCaseDelegate(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ProcessVariables.requiredLong(execution, VAR_CASE_ID);
        CaseOutcome outcome = CaseOutcome.valueOf(ProcessVariables.requiredString(execution, VAR_CASE_OUTCOME));
        cases.close(caseId, outcome);
    }
}
