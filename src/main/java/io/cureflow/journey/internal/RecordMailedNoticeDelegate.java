package io.cureflow.journey.internal;

import io.cureflow.compliance.NoticeMedium;
import io.cureflow.compliance.ValidationNotices;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;

import static io.cureflow.journey.ValidationNotice.VAR_CASE_ID;
import static io.cureflow.journey.ValidationNotice.VAR_VALIDATION_PERIOD_ENDS_ON;

/** "Record mailed notice": a person mailed the printed notice today; its validation period starts now. */
@Component("recordMailedNotice")
public class RecordMailedNoticeDelegate implements JavaDelegate {

    private final ValidationNotices notices;
    private final Clock clock;

    public RecordMailedNoticeDelegate(ValidationNotices notices, Clock clock) {
        this.notices = notices;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        var status = notices.recordNoticeSent(ProcessVariables.requiredLong(execution, VAR_CASE_ID), NoticeMedium.MAIL,
                clock.instant());
        execution.setVariable(VAR_VALIDATION_PERIOD_ENDS_ON, status.period().endsOn().toString());
    }
}
