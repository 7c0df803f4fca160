package io.cureflow.journey.internal;

import io.cureflow.account.DelinquencyChanged;
import io.cureflow.compliance.AutomatedContactStopped;
import io.cureflow.payment.PaymentPosted;
import io.cureflow.understanding.ReplyAction;
import io.cureflow.understanding.ReplyClassified;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.MessageCorrelationResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

import static io.cureflow.journey.DelinquencyJourney.MESSAGE_AUTOMATED_CONTACT_STOPPED;
import static io.cureflow.journey.DelinquencyJourney.MESSAGE_DELINQUENCY_CHANGED;
import static io.cureflow.journey.DelinquencyJourney.MESSAGE_PAYMENT_POSTED;
import static io.cureflow.journey.DelinquencyJourney.MESSAGE_PROMISE_TO_PAY_RECEIVED;
import static io.cureflow.journey.DelinquencyJourney.MESSAGE_REPLY_NEEDS_AGENT;
import static io.cureflow.journey.DelinquencyJourney.VAR_STOP_REASON;
import static io.cureflow.journey.DelinquencyJourney.VAR_STOP_RULE_ID;

/**
 * Turns module events into BPMN messages, correlated by the case id as business key. A journey that is not waiting for
 * the message is left alone: it reads the fresh account data at its next "Assess delinquency".
 */
@Component
public class JourneyCorrelations {

    private static final Logger log = LoggerFactory.getLogger(JourneyCorrelations.class);

    private final RuntimeService runtime;

    public JourneyCorrelations(RuntimeService runtime) {
        this.runtime = runtime;
    }

    @ApplicationModuleListener
    public void on(PaymentPosted event) {
        if (event.caseId() != null) {
            correlate(MESSAGE_PAYMENT_POSTED, event.caseId(), Map.of());
        }
    }

    @ApplicationModuleListener
    public void on(DelinquencyChanged event) {
        correlate(MESSAGE_DELINQUENCY_CHANGED, event.caseId(), Map.of());
    }

    /**
     * A reply reaches the journey once it is classified. A stop it caused arrives as AutomatedContactStopped from
     * compliance, so the reply itself is not correlated then: both messages would race for the same outreach. A reply
     * that only closed a channel or a number leaves the journey running; the gate skips what is closed.
     */
    @ApplicationModuleListener
    public void on(ReplyClassified event) {
        if (event.did(ReplyAction.STOP_RECORDED)) {
            return;
        }
        if (event.did(ReplyAction.FLAGGED_FOR_REVIEW)) {
            correlate(MESSAGE_REPLY_NEEDS_AGENT, event.caseId(), ReplyVariables.forReview(event));
        } else if (event.did(ReplyAction.PROMISE_RECORDED) && event.remindersPausedUntil() != null) {
            correlate(MESSAGE_PROMISE_TO_PAY_RECEIVED, event.caseId(), ReplyVariables.forPromise(event));
        }
    }

    /** A stop interrupts automated outreach at once, also while it waits for the next reminder. */
    @ApplicationModuleListener
    public void on(AutomatedContactStopped event) {
        correlate(MESSAGE_AUTOMATED_CONTACT_STOPPED, event.caseId(),
                Map.of(VAR_STOP_RULE_ID, event.ruleId(), VAR_STOP_REASON, event.ruleId()));
    }

    private void correlate(String message, long caseId, Map<String, Object> variables) {
        List<MessageCorrelationResult> results = runtime.createMessageCorrelation(message)
                .processInstanceBusinessKey(String.valueOf(caseId))
                .setVariables(variables)
                .correlateAllWithResult();
        log.debug("{} for case {} reached {} journey(s)", message, caseId, results.size());
    }
}
