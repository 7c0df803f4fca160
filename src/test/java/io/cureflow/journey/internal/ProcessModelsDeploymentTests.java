package io.cureflow.journey.internal;

import io.cureflow.journey.DelinquencyJourney;
import io.cureflow.journey.OutreachAttempt;
import io.cureflow.journey.ValidationNotice;
import org.camunda.bpm.engine.RepositoryService;
import org.camunda.bpm.engine.repository.Resource;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** The designers' files deploy together as the application deploys them, and the engine accepts every one. */
class ProcessModelsDeploymentTests {

    @RegisterExtension
    static ProcessEngineExtension engine = EngineOnlyTests.engine();

    @Test
    @Deployment(resources = {DelinquencyJourney.RESOURCE, OutreachAttempt.RESOURCE,
            DelinquencyJourney.DECISION_RESOURCE, ValidationNotice.RESOURCE, "forms/review-reply.form",
            "forms/charge-off-review.form", "forms/review-contact-stop.form", "forms/mail-validation-notice.form"})
    void deploysJourneysDecisionAndForms() {
        RepositoryService repository = engine.getRepositoryService();

        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(DelinquencyJourney.PROCESS_KEY)
                .singleResult().getHistoryTimeToLive()).isEqualTo(1095);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(OutreachAttempt.PROCESS_KEY)
                .singleResult().getHistoryTimeToLive()).isEqualTo(1095);
        assertThat(repository.createProcessDefinitionQuery().processDefinitionKey(ValidationNotice.PROCESS_KEY)
                .singleResult().getHistoryTimeToLive()).isEqualTo(1095);
        assertThat(repository.createDecisionDefinitionQuery()
                .decisionDefinitionKey(DelinquencyJourney.DECISION_TREATMENT_STRATEGY)
                .singleResult().getHistoryTimeToLive()).isEqualTo(1095);
        String deploymentId = engine.getDeploymentId();
        assertThat(repository.getDeploymentResources(deploymentId)).extracting(Resource::getName)
                .contains("forms/review-reply.form", "forms/charge-off-review.form", "forms/review-contact-stop.form",
                        "forms/mail-validation-notice.form");
    }
}
