package io.cureflow.journey.internal;

import io.cureflow.account.CaseService;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactLedger;
import org.camunda.bpm.engine.delegate.DelegateExecution;

import java.time.Clock;

import static io.cureflow.journey.OutreachAttempt.VAR_ATTEMPT_RESULT;
import static io.cureflow.journey.OutreachAttempt.VAR_CASE_ID;
import static io.cureflow.journey.OutreachAttempt.VAR_CHANNEL;
import static io.cureflow.journey.OutreachAttempt.VAR_CONTACT_POINT_ID;
import static io.cureflow.journey.OutreachAttempt.VAR_DECISION_ID;

/** Writes one ledger row for the attempt, whatever its outcome, and sets the attempt's result. */
final class AttemptRecorder {

    private final CaseService cases;
    private final ContactLedger ledger;
    private final Clock clock;

    AttemptRecorder(CaseService cases, ContactLedger ledger, Clock clock) {
        this.cases = cases;
        this.ledger = ledger;
        this.clock = clock;
    }

    void record(DelegateExecution execution, String outcome) {
        long caseId = ProcessVariables.requiredLong(execution, VAR_CASE_ID);
        Channel channel = ProcessVariables.channel(execution, VAR_CHANNEL);
        Long contactPointId = ProcessVariables.optionalLong(execution, VAR_CONTACT_POINT_ID);
        String contactPoint = contactPointId == null ? null
                : cases.contactOf(caseId).contactPoints().stream()
                        .filter(point -> point.id() == contactPointId)
                        .map(ContactPointView::value)
                        .findFirst()
                        .orElse(null);
        ledger.record(caseId, channel, contactPoint, outcome,
                ProcessVariables.optionalLong(execution, VAR_DECISION_ID), clock.instant());
        execution.setVariable(VAR_ATTEMPT_RESULT, outcome);
    }
}
