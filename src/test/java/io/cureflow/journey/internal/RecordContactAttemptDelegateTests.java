package io.cureflow.journey.internal;

import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.journey.OutreachAttempt;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.outreach.OutreachService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Optional;

import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

/** The ledger row of an attempt says what happened to its message, not merely that "Send message" ran. */
class RecordContactAttemptDelegateTests {

    private static final Instant NOW = Instant.parse("2026-01-14T16:00:00Z");

    private final CaseService cases = mock(CaseService.class);
    private final ContactLedger ledger = mock(ContactLedger.class);
    private final OutreachService outreach = mock(OutreachService.class);
    private final DelegateExecution execution = mock(DelegateExecution.class);
    private final RecordContactAttemptDelegate delegate = new RecordContactAttemptDelegate(cases, ledger, outreach,
            Clock.fixed(NOW, ZoneOffset.UTC));

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"DELIVERED, SENT", "SENT, SENT", "BLOCKED, CONTENT_BLOCKED", "FAILED, FAILED"})
    void recordsTheMessagesRealOutcome(Status status, String outcome) {
        when(execution.getVariable(OutreachAttempt.VAR_CASE_ID)).thenReturn(7L);
        when(execution.getVariable(OutreachAttempt.VAR_CHANNEL)).thenReturn("SMS");
        when(execution.getVariable(OutreachAttempt.VAR_DECISION_ID)).thenReturn(3L);
        when(execution.getVariable(OutreachAttempt.VAR_MESSAGE_ID)).thenReturn(101L);
        when(outreach.message(101L)).thenReturn(Optional.of(new OutreachMessage(101L, 7L, Channel.SMS,
                OutreachMessage.Direction.OUTBOUND, null, "text", status, NOW, null)));

        delegate.execute(execution);

        verify(ledger).record(eq(7L), eq(Channel.SMS), isNull(), eq(outcome), eq(3L), eq(NOW));
        verify(execution).setVariable(OutreachAttempt.VAR_ATTEMPT_RESULT, outcome);
        verifyNoInteractions(cases);
    }
}
