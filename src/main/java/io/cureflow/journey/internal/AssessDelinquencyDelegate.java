package io.cureflow.journey.internal;

import io.cureflow.account.CaseService;
import io.cureflow.account.DelinquencyAssessment;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.cureflow.journey.DelinquencyJourney.VAR_ACCOUNT_CURRENT;
import static io.cureflow.journey.DelinquencyJourney.VAR_BALANCE;
import static io.cureflow.journey.DelinquencyJourney.VAR_CASE_ID;
import static io.cureflow.journey.DelinquencyJourney.VAR_DAYS_PAST_DUE;
import static io.cureflow.journey.DelinquencyJourney.VAR_NEXT_STAGE_AT;
import static io.cureflow.journey.DelinquencyJourney.VAR_STAGE;

/**
 * "Assess delinquency": reads where the account stands now and records the stage. The stage and the next stage date
 * always come from the account's data, so a timer that fires late or after a payment can never skip or repeat a stage.
 */
@Component("assessDelinquency")
public class AssessDelinquencyDelegate implements JavaDelegate {

    private final CaseService cases;

    public AssessDelinquencyDelegate(CaseService cases) {
        this.cases = cases;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ProcessVariables.requiredLong(execution, VAR_CASE_ID);
        DelinquencyAssessment assessment = cases.assess(caseId);
        cases.recordStage(caseId, assessment.stage());
        cases.findCase(caseId).ifPresent(view -> execution.setVariable(VAR_BALANCE, view.balance().doubleValue()));
        execution.setVariable(VAR_DAYS_PAST_DUE, assessment.daysPastDue());
        execution.setVariable(VAR_STAGE, assessment.stage().name());
        execution.setVariable(VAR_ACCOUNT_CURRENT, assessment.current());
        execution.setVariable(VAR_NEXT_STAGE_AT, ProcessVariables.isoInstant(assessment.nextStageAt()));
    }
}
