package io.cureflow.journey.internal;

import io.cureflow.account.CaseService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.cureflow.journey.DelinquencyJourney.VAR_CASE_ID;

/** "Resume automation": a person decided that automated outreach may continue. */
@Component("resumeAutomation")
public class ResumeAutomationDelegate implements JavaDelegate {

    private final CaseService cases;

    public ResumeAutomationDelegate(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        cases.resumeAutomation(ProcessVariables.requiredLong(execution, VAR_CASE_ID));
    }
}
