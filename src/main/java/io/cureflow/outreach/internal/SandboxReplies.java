package io.cureflow.outreach.internal;

import io.cureflow.account.CaseService;
import io.cureflow.account.CaseView;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.outreach.OutreachMessage.Direction;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Optional;

/**
 * Replies typed on the sandbox page or posted to the sandbox API, as if the borrower had answered. A reply lands on
 * the case of the latest message sent to the borrower on that channel, else on the borrower's latest case.
 */
@Service
@ConditionalOnProperty(prefix = "cureflow.outreach", name = "mode", havingValue = "sandbox", matchIfMissing = true)
class SandboxReplies {

    private final MessageRepository messages;
    private final CaseService cases;
    private final InboundMessages inbound;

    SandboxReplies(MessageRepository messages, CaseService cases, InboundMessages inbound) {
        this.messages = messages;
        this.cases = cases;
        this.inbound = inbound;
    }

    @Transactional
    OutreachMessage reply(ReplyTarget target, Channel channel, String text) {
        return target.caseId() != null
                ? replyOnCase(target.caseId(), channel, text)
                : replyAsBorrower(target.borrowerId(), channel, text);
    }

    private OutreachMessage replyOnCase(long caseId, Channel channel, String text) {
        CaseView view = cases.findCase(caseId).orElseThrow(() -> new UnknownReplyTargetException("caseId"));
        String address = messages
                .findFirstByCaseIdAndChannelAndDirectionOrderByCreatedAtDescIdDesc(caseId, channel, Direction.OUTBOUND)
                .map(MessageEntity::getAddress)
                .orElseGet(() -> addressOnFile(caseId, channel));
        return inbound.receive(caseId, view.borrowerId(), channel, address, text);
    }

    private OutreachMessage replyAsBorrower(long borrowerId, Channel channel, String text) {
        Optional<MessageEntity> lastSent = messages.findFirstByBorrowerIdAndChannelAndDirectionOrderByCreatedAtDescIdDesc(
                borrowerId, channel, Direction.OUTBOUND);
        if (lastSent.isPresent()) {
            return inbound.receive(lastSent.get().getCaseId(), borrowerId, channel, lastSent.get().getAddress(), text);
        }
        long caseId = messages.findFirstByBorrowerIdOrderByCreatedAtDescIdDesc(borrowerId)
                .map(MessageEntity::getCaseId)
                .orElseThrow(() -> new UnknownReplyTargetException("borrowerId"));
        return inbound.receive(caseId, borrowerId, channel, addressOnFile(caseId, channel), text);
    }

    private String addressOnFile(long caseId, Channel channel) {
        return ContactPointPicker.pick(cases.contactOf(caseId).contactPoints(), channel)
                .map(ContactPointView::value)
                .orElse(null);
    }
}
