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

@RestController
@RequestMapping("/api/v1/compliance")
@Tag(name = "Compliance", description = "Ask before contacting a borrower; read how a decision was made")
class EvaluationController {

    private final CaseService cases;
    private final ContactComplianceGate gate;
    private final ComplianceDecisions decisions;
    private final Clock clock;

    EvaluationController(CaseService cases, ContactComplianceGate gate, ComplianceDecisions decisions, Clock clock) {
        this.cases = cases;
        this.gate = gate;
        this.decisions = decisions;
        this.clock = clock;
    }

    @PostMapping("/evaluations")
    @Operation(summary = "May this account be contacted on this channel at this moment?",
            description = "Evaluates every compliance rule for a contact a person is about to make (a manual call, "
                    + "say) and stores the decision with its inputs. BLOCK lists each rule with its citation; "
                    + "nextAllowedAt tells when waiting cures the block.")
    EvaluationResponse evaluate(@RequestBody EvaluationRequest request) {
        RequestFields fields = new RequestFields();
        Long accountId = fields.requiredId("accountId", request.accountId());
        Channel channel = fields.requiredEnum("channel", request.channel(), Channel.class);
        String contactPoint = channel == null ? null : fields.contactPoint("contactPoint", request.contactPoint(),
                channel);
        Instant at = fields.instantWithOffset("at", request.at(), clock.instant());
        fields.throwIfInvalid();

        AccountView account = cases.findAccountById(accountId)
                .orElseThrow(() -> new UnknownAccountIdException(accountId));
        if (account.openCaseId() == null) {
            throw new NoOpenCaseException(accountId);
        }
        return EvaluationResponse.of(gate.evaluate(
                new ContactProposal(account.openCaseId(), channel, contactPoint, at, Initiator.AGENT)));
    }

    @GetMapping("/decisions/{decisionId}")
    @Operation(summary = "A stored decision with its inputs and every rule's answer")
    DecisionRecord decision(@PathVariable long decisionId) {
        return decisions.find(decisionId).orElseThrow(() -> new UnknownDecisionException(decisionId));
    }
}
