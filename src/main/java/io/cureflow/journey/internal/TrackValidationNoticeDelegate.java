package io.cureflow.journey.internal;

import io.cureflow.compliance.ValidationNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

import static io.cureflow.journey.DelinquencyJourney.VAR_CASE_ID;
import static io.cureflow.journey.DelinquencyJourney.VAR_CHANNEL;
import static io.cureflow.journey.DelinquencyJourney.VAR_VALIDATION_NOTICE_TRACKED;

/**
 * "Track validation notice": the first message sent is the initial communication about the debt; compliance records
 * it and announces it, which starts the validation notice process. A voicemail is not a communication and leaves the
 * journey asking again after its next message.
 */
@Component("trackValidationNotice")
public class TrackValidationNoticeDelegate implements JavaDelegate {

    private final ValidationNotices notices;
    private final Clock clock;

    public TrackValidationNoticeDelegate(ValidationNotices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        boolean tracked = notices.recordInitialCommunication(ProcessVariables.requiredLong(execution, VAR_CASE_ID),
                ProcessVariables.channel(execution, VAR_CHANNEL), clock.instant()).isPresent();
        execution.getProcessInstance().setVariable(VAR_VALIDATION_NOTICE_TRACKED, tracked);
    }
}
