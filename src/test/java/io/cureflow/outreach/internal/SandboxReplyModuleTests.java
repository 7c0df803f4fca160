package io.cureflow.outreach.internal;

import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import io.cureflow.compliance.ConsentRevocations;
import io.cureflow.compliance.ContactLedger;
import io.cureflow.compliance.RevocationOutcome;
import io.cureflow.outreach.BorrowerReplied;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachMessage.Direction;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.outreach.OutreachService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import io.cureflow.compliance.ContentGuardrail;
import io.cureflow.compliance.GuardrailVerdict;
import io.cureflow.compliance.Redactor;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.TestPropertySource;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

import static io.cureflow.outreach.internal.OutreachFixtures.borrower;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.ArgumentMatchers.isNull;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The outreach module on its own with its real database: a sandbox reply reaches the journey as an event. */
@ApplicationModuleTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:outreach-module;DB_CLOSE_DELAY=-1")
class SandboxReplyModuleTests {

    @MockitoBean
    CaseService cases;

    @MockitoBean
    ContactLedger ledger;

    @MockitoBean
    ConsentRevocations revocations;

    @MockitoBean
    io.cureflow.compliance.ValidationNotices validationNotices;

    @MockitoBean
    ContentGuardrail guardrail;

    @MockitoBean
    Redactor redactor;

    @BeforeEach
    void everyMessagePassesAndNothingNeedsMasking() {
        when(guardrail.check(any())).thenReturn(new GuardrailVerdict(List.of()));
        when(guardrail.requiredLicenceNumber(any())).thenReturn(Optional.empty());
        when(redactor.redact(any())).thenAnswer(call -> call.getArgument(0));
    }

    @Autowired
    OutreachService outreach;

    @Autowired
    SandboxReplies replies;

    @Test
    void announcesAReplyOnTheCaseOfTheLatestTextToTheBorrower(Scenario scenario) {
        when(cases.contactOf(41L)).thenReturn(borrower(41, 410, "en"));
        when(revocations.fromInboundText(anyLong(), any(), any(), any(), any())).thenReturn(RevocationOutcome.NONE);
        OutreachMessage text = outreach.compose(41L, Channel.SMS, 1, "friendly").orElseThrow();
        outreach.send(text.messageId());

        scenario.stimulate(() -> replies.reply(ReplyTarget.borrower(410L), Channel.SMS, "I lost my job, can we pause?"))
                .andWaitForEventOfType(BorrowerReplied.class)
                .matching(replied -> replied.caseId() == 41L)
                .toArriveAndVerify((replied, reply) -> {
                    assertThat(reply.messageId()).isEqualTo(replied.messageId());
                    assertThat(reply.caseId()).isEqualTo(41L);
                    assertThat(reply.direction()).isEqualTo(Direction.INBOUND);
                    assertThat(reply.status()).isEqualTo(Status.RECEIVED);
                    assertThat(reply.address()).isEqualTo(text.address());
                    assertThat(outreach.conversationOfCase(41L)).extracting(OutreachMessage::messageId)
                            .containsExactly(text.messageId(), reply.messageId());
                    verify(ledger).record(eq(41L), eq(Channel.SMS), eq(text.address()), eq(ContactDirection.INBOUND),
                            eq("RECEIVED"), isNull(), any());
                });
    }
}
