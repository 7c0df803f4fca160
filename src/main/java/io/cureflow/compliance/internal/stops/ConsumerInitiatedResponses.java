package io.cureflow.compliance.internal.stops;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactProposal;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.InboundContact;
import io.cureflow.compliance.internal.InboundContacts;
import io.cureflow.compliance.internal.caps.LedgerWindow;
import io.cureflow.compliance.internal.caps.OutboundAttempt;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.Optional;

/**
 * Whether a proposed contact is the one response Reg F lets a collector make to a contact the consumer started, where
 * it would otherwise be barred (comments 6(b)(1)-2, 6(b)(2)-1; §1006.14(h)(2)(ii)). The proposal names the consumer's
 * inbound contact; the exception holds until CureFlow has contacted the consumer after it, so it is used up by the
 * first response, whichever proposal made it. Each rule adds the conditions of its own comment.
 */
@Component
class ConsumerInitiatedResponses {

    private final InboundContacts inbound;
    private final LedgerWindow ledger;

    ConsumerInitiatedResponses(InboundContacts inbound, LedgerWindow ledger) {
        this.inbound = inbound;
        this.ledger = ledger;
    }

    /**
     * The consumer's contact this proposal answers through the medium the consumer used (the same channel, a voicemail
     * counting as a call, to the same number or address), when nothing went to the consumer through that medium since.
     */
    Optional<InboundContact> sameMedium(ContactContext context) {
        ContactProposal proposal = context.proposal();
        return unanswered(context, true)
                .filter(contact -> sameMedium(contact, proposal.channel(), proposal.contactPoint()));
    }

    /** The consumer's contact this proposal answers, through any medium, when nothing went to the consumer since. */
    Optional<InboundContact> anyMedium(ContactContext context) {
        return unanswered(context, false);
    }

    private Optional<InboundContact> unanswered(ContactContext context, boolean sameMediumOnly) {
        Long attemptId = context.proposal().inResponseTo();
        if (attemptId == null) {
            return Optional.empty();
        }
        Instant at = context.at();
        return inbound.find(attemptId)
                .filter(contact -> contact.borrowerId() == context.contact().borrowerId())
                .filter(contact -> !contact.at().isAfter(at))
                // a contact made in the same second as the proposal counts as made before it
                .filter(contact -> ledger.ofBorrower(contact.borrowerId(), contact.at(), at.plusSeconds(1)).stream()
                        .filter(sent -> sent.at().isAfter(contact.at()))
                        .noneMatch(sent -> !sameMediumOnly || sameMedium(contact, sent)));
    }

    private static boolean sameMedium(InboundContact contact, OutboundAttempt sent) {
        return sameMedium(contact, sent.channel(), sent.contactPoint());
    }

    private static boolean sameMedium(InboundContact contact, Channel channel, String contactPoint) {
        return medium(contact.channel()) == medium(channel) && ContactPoints.same(contact.contactPoint(), contactPoint);
    }

    private static Channel medium(Channel channel) {
        return channel == Channel.VOICEMAIL ? Channel.CALL : channel;
    }
}
