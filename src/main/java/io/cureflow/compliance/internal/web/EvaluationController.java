package io.cureflow.compliance.internal.web;

import io.cureflow.compliance.UnknownDecisionException;
import io.cureflow.account.AccountView;
import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ComplianceDecisions;
import io.cureflow.compliance.ContactComplianceGate;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.ContactProposal.Initiator;
import io.cureflow.compliance.DecisionRecord;
import io.cureflow.compliance.internal.InboundContact;
import io.cureflow.compliance.internal.InboundContacts;
import io.cureflow.compliance.internal.web.ComplianceApiError.FieldMessage;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@RestController
@RequestMapping("/api/v1/compliance")
@Tag(name = "Compliance", description = "Ask before contacting a borrower; read how a decision was made")
class EvaluationController {

    private final CaseService cases;
    private final ContactComplianceGate gate;
    private final ComplianceDecisions decisions;
    private final InboundContacts inbound;
    private final Clock clock;

    EvaluationController(CaseService cases, ContactComplianceGate gate, ComplianceDecisions decisions,
                         InboundContacts inbound, Clock clock) {
        this.cases = cases;
        this.gate = gate;
        this.decisions = decisions;
        this.inbound = inbound;
        this.clock = clock;
    }

    @PostMapping("/evaluations")
    @Operation(summary = "May this account be contacted on this channel at this moment?",
            description = "Evaluates every compliance rule for a contact a person is about to make (a manual call, "
                    + "say) and stores the decision with its inputs. BLOCK lists each rule with its citation; "
                    + "nextAllowedAt tells when waiting cures the block. To answer the borrower's own call, text or "
                    + "email, name it in inResponseTo: the one response Reg F allows is then judged as such.")
    EvaluationResponse evaluate(@RequestBody EvaluationRequest request) {
        RequestFields fields = new RequestFields();
        Long accountId = fields.requiredId("accountId", request.accountId());
        Channel channel = fields.requiredEnum("channel", request.channel(), Channel.class);
        String contactPoint = channel == null ? null : fields.contactPoint("contactPoint", request.contactPoint(),
                channel);
        Instant at = fields.instantWithOffset("at", request.at(), clock.instant());
        Long inResponseTo = fields.optionalId("inResponseTo", request.inResponseTo());
        fields.throwIfInvalid();

        AccountView account = cases.findAccountById(accountId)
                .orElseThrow(() -> new UnknownAccountIdException(accountId));
        if (account.openCaseId() == null) {
            throw new NoOpenCaseException(accountId);
        }
        if (inResponseTo != null) {
            checkAnswers(inResponseTo, account, at);
        }
        return EvaluationResponse.of(gate.evaluate(
                new ContactProposal(account.openCaseId(), channel, contactPoint, at, Initiator.AGENT, inResponseTo)));
    }

    private void checkAnswers(long attemptId, AccountView account, Instant at) {
        Optional<InboundContact> contact = inbound.find(attemptId)
                .filter(found -> found.borrowerId() == account.borrowerId());
        String problem = contact.isEmpty()
                ? "inResponseTo must be the attemptId of an inbound contact of this account's borrower"
                : contact.get().at().isAfter(at) ? "inResponseTo must name a contact made before at" : null;
        if (problem != null) {
            throw new InvalidComplianceRequestException(List.of(new FieldMessage("inResponseTo", problem)));
        }
    }

    @GetMapping("/decisions/{decisionId}")
    @Operation(summary = "A stored decision with its inputs and every rule's answer")
    DecisionRecord decision(@PathVariable long decisionId) {
        return decisions.find(decisionId).orElseThrow(() -> new UnknownDecisionException(decisionId));
    }
}
