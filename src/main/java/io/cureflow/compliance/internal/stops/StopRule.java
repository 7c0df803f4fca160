package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.InboundContact;
import io.cureflow.compliance.internal.RuleResult;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * One stop of the catalogue: while such a restriction covers the debt, no automated contact follows on any channel.
 * Attorney representation alone lets a consumer's own contact, made after the representation was known, get one
 * response in any medium (comment 6(b)(2)-1); the other stops have no such exception.
 */
class StopRule implements ComplianceRule {

    private final StopDefinition stop;
    private final ActiveRestrictions restrictions;
    private final ConsumerInitiatedResponses responses;
    private final ComplianceMessages messages;

    StopRule(StopDefinition stop, ActiveRestrictions restrictions, ConsumerInitiatedResponses responses,
             ComplianceMessages messages) {
        this.stop = stop;
        this.restrictions = restrictions;
        this.responses = responses;
        this.messages = messages;
    }

    @Override
    public String id() {
        return stop.ruleId();
    }

    @Override
    public String citation() {
        return stop.citation();
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        if (stop.automatedOnly() && !context.proposal().automated()) {
            return RuleResult.pass("agent-initiated; stop covers automated contact only");
        }
        List<ContactRestriction> found = restrictions.covering(context.contact(), context.at()).stream()
                .filter(restriction -> stop.kinds().contains(restriction.kind()))
                .toList();
        if (found.isEmpty()) {
            return RuleResult.pass("no " + stop.name().toLowerCase() + " restriction");
        }
        ContactRestriction first = found.get(0);
        String detail = found.stream()
                .map(restriction -> "restriction " + restriction.id() + " " + restriction.kind() + " "
                        + (restriction.accountId() == null ? "every debt" : "account " + restriction.accountId())
                        + " recorded " + restriction.recordedAt())
                .collect(Collectors.joining("; "));
        if (stop.answersConsumerContact()) {
            Optional<InboundContact> answered = responses.anyMedium(context).filter(contact -> found.stream()
                    .allMatch(restriction -> restriction.recordedAt().isBefore(contact.at())));
            if (answered.isPresent()) {
                return RuleResult.pass(detail + "; the one response to the consumer's contact "
                        + answered.get().attemptId() + " (comment 6(b)(2)-1)");
            }
        }
        return RuleResult.stopAutomation(messages.get(stop.messageKey(), first.recordedAt().toString(), first.id()),
                detail);
    }
}
