package io.cureflow.journey.internal;

import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecision;
import io.cureflow.compliance.ContactComplianceGate;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.outreach.OutreachService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Optional;

import static io.cureflow.journey.OutreachAttempt.VAR_CASE_ID;
import static io.cureflow.journey.OutreachAttempt.VAR_CHANNEL;
import static io.cureflow.journey.OutreachAttempt.VAR_CONTACT_ALLOWED;
import static io.cureflow.journey.OutreachAttempt.VAR_CONTACT_POINT_ID;
import static io.cureflow.journey.OutreachAttempt.VAR_DECISION_ID;
import static io.cureflow.journey.OutreachAttempt.VAR_NEXT_ALLOWED_AT;
import static io.cureflow.journey.OutreachAttempt.VAR_STOPS_AUTOMATION;
import static io.cureflow.journey.OutreachAttempt.VAR_STOP_REASON;

/** "Check contact compliance": asks the gate whether this step may contact the borrower now. */
@Component("checkCompliance")
public class CheckComplianceDelegate implements JavaDelegate {

    private final OutreachService outreach;
    private final ContactComplianceGate gate;
    private final Clock clock;

    public CheckComplianceDelegate(OutreachService outreach, ContactComplianceGate gate, Clock clock) {
        this.outreach = outreach;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        long caseId = ProcessVariables.requiredLong(execution, VAR_CASE_ID);
        Channel channel = ProcessVariables.channel(execution, VAR_CHANNEL);
        Optional<ContactPointView> point = outreach.contactPointFor(caseId, channel);

        ComplianceDecision decision = gate.evaluate(
                new ContactProposal(caseId, channel, point.map(ContactPointView::value).orElse(null), clock.instant()));

        execution.setVariable(VAR_CONTACT_ALLOWED, decision.allowed());
        execution.setVariable(VAR_NEXT_ALLOWED_AT,
                decision.allowed() ? null : ProcessVariables.isoInstant(decision.nextAllowedAt()));
        execution.setVariable(VAR_DECISION_ID, decision.decisionId());
        execution.setVariable(VAR_CONTACT_POINT_ID, point.map(ContactPointView::id).orElse(null));
        boolean stops = decision.permanent() && decision.stopsAutomation();
        execution.setVariable(VAR_STOPS_AUTOMATION, stops);
        execution.setVariable(VAR_STOP_REASON, stops ? StopReasons.of(decision.reasons()) : null);
    }
}
