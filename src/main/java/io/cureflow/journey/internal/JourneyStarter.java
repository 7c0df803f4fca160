package io.cureflow.journey.internal;

import io.cureflow.account.CaseOpened;
import io.cureflow.account.CaseService;
import io.cureflow.account.CaseView;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import static io.cureflow.journey.DelinquencyJourney.PROCESS_KEY;
import static io.cureflow.journey.DelinquencyJourney.VAR_ACCOUNT_ID;
import static io.cureflow.journey.DelinquencyJourney.VAR_BALANCE;
import static io.cureflow.journey.DelinquencyJourney.VAR_CASE_ID;
import static io.cureflow.journey.DelinquencyJourney.VAR_PRODUCT;

/** Starts the journey of every opened case, once: the case id is the business key. */
@Component
public class JourneyStarter {

    private static final Logger log = LoggerFactory.getLogger(JourneyStarter.class);

    private final RuntimeService runtime;
    private final CaseService cases;

    public JourneyStarter(RuntimeService runtime, CaseService cases) {
        this.runtime = runtime;
        this.cases = cases;
    }

    @ApplicationModuleListener
    public void on(CaseOpened event) {
        String businessKey = String.valueOf(event.caseId());
        long running = runtime.createProcessInstanceQuery()
                .processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey)
                .count();
        if (running > 0) {
            log.debug("Journey of case {} already runs", event.caseId());
            return;
        }
        CaseView view = cases.findCase(event.caseId())
                .orElseThrow(() -> new IllegalStateException("Case " + event.caseId() + " was opened but is not found"));
        runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(businessKey)
                .setVariables(Variables.createVariables()
                        .putValue(VAR_CASE_ID, event.caseId())
                        .putValue(VAR_ACCOUNT_ID, event.accountId())
                        .putValue(VAR_PRODUCT, ProductCode.of(view.product()))
                        .putValue(VAR_BALANCE, view.balance() == null ? null : view.balance().doubleValue()))
                .execute();
    }
}
