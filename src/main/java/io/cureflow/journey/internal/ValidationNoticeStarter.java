package io.cureflow.journey.internal;

import io.cureflow.compliance.InitialCommunicationRecorded;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.variable.Variables;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.time.Instant;

import static io.cureflow.journey.ValidationNotice.PROCESS_KEY;
import static io.cureflow.journey.ValidationNotice.VAR_CASE_ID;
import static io.cureflow.journey.ValidationNotice.VAR_NOTICE_DUE_AT;
import static io.cureflow.journey.ValidationNotice.VAR_NOTICE_WARN_AT;

/** Starts the validation notice process of a case once, when its initial communication is recorded. */
@Component
public class ValidationNoticeStarter {

    private final RuntimeService runtime;
    private final JourneyProperties properties;

    public ValidationNoticeStarter(RuntimeService runtime, JourneyProperties properties) {
        this.runtime = runtime;
        this.properties = properties;
    }

    @ApplicationModuleListener
    public void on(InitialCommunicationRecorded event) {
        String businessKey = String.valueOf(event.caseId());
        if (runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .processInstanceBusinessKey(businessKey).count() > 0) {
            return;
        }
        Instant warnAt = event.noticeDueAt().minus(properties.validationNotice().warnBefore());
        runtime.createProcessInstanceByKey(PROCESS_KEY)
                .businessKey(businessKey)
                .setVariables(Variables.createVariables()
                        .putValue(VAR_CASE_ID, event.caseId())
                        .putValue(VAR_NOTICE_DUE_AT, ProcessVariables.isoInstant(event.noticeDueAt()))
                        .putValue(VAR_NOTICE_WARN_AT, ProcessVariables.isoInstant(warnAt)))
                .execute();
    }
}
