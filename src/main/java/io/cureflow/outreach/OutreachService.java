package io.cureflow.outreach;

import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;

import java.util.List;
import java.util.Map;
import java.util.Optional;

public interface OutreachService {

    /**
     * Where a message on this channel would go: the contact point the compliance gate must judge. {@link #compose} in
     * the same transaction picks the same one.
     */
    Optional<ContactPointView> contactPointFor(long caseId, Channel channel);

    /**
     * Writes the message for this step, channel and tone in the borrower's language and stores it, not yet sent; a
     * message the content guardrail refuses is stored as BLOCKED with the reasons. Returns empty when the borrower has
     * no usable contact point on that channel.
     */
    Optional<OutreachMessage> compose(long caseId, Channel channel, int step, String tone);

    /**
     * Sends a composed message through the channel's gateway. Sending the same message twice sends it once. The
     * content guardrail checks it once more first; a refused message is BLOCKED and never reaches the gateway.
     */
    OutreachMessage send(long messageId);

    Optional<OutreachMessage> message(long messageId);

    List<OutreachMessage> conversationOfCase(long caseId);

    /** By message id, the writer of each outbound message of the case that records one. */
    Map<Long, MessageProvenance> provenanceOfCase(long caseId);
}
