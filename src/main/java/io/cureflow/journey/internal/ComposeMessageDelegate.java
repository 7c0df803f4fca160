package io.cureflow.journey.internal;

import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import static io.cureflow.journey.OutreachAttempt.VAR_CASE_ID;
import static io.cureflow.journey.OutreachAttempt.VAR_CHANNEL;
import static io.cureflow.journey.OutreachAttempt.VAR_MESSAGE_ID;
import static io.cureflow.journey.OutreachAttempt.VAR_STEP;
import static io.cureflow.journey.OutreachAttempt.VAR_TONE;

/** "Compose message": stores the message for this step; no message id when the channel has no usable contact point. */
@Component("composeMessage")
public class ComposeMessageDelegate implements JavaDelegate {

    private final OutreachService outreach;

    public ComposeMessageDelegate(OutreachService outreach) {
        this.outreach = outreach;
    }

    @Override
    public void execute(DelegateExecution execution) {
        Long messageId = outreach.compose(
                        ProcessVariables.requiredLong(execution, VAR_CASE_ID),
                        ProcessVariables.channel(execution, VAR_CHANNEL),
                        ProcessVariables.requiredInt(execution, VAR_STEP),
                        ProcessVariables.requiredString(execution, VAR_TONE))
                .map(OutreachMessage::messageId)
                .orElse(null);
        execution.setVariable(VAR_MESSAGE_ID, messageId);
    }
}
