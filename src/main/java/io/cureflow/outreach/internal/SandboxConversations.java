package io.cureflow.outreach.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.CaseService;
import io.cureflow.compliance.Channel;
import io.cureflow.outreach.OutreachMessage.Direction;
import io.cureflow.outreach.OutreachMessage.Status;
import io.cureflow.outreach.internal.compose.Provenance;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;

/** What the sandbox page shows: borrowers with messages, newest activity first, and each borrower's thread. */
@Service
@ConditionalOnProperty(prefix = "cureflow.outreach", name = "mode", havingValue = "sandbox", matchIfMissing = true)
class SandboxConversations {

    static final int PAGE_SIZE = 100;
    private static final ZoneId UTC = ZoneId.of("UTC");

    private final MessageRepository messages;
    private final CaseService cases;

    SandboxConversations(MessageRepository messages, CaseService cases) {
        this.messages = messages;
        this.cases = cases;
    }

    record BorrowerRow(long borrowerId, String name, ZonedDateTime latestAt, long messageCount) {
    }

    /** @param provenance which writer produced an outbound message; null for replies and older messages */
    record Entry(long messageId, long caseId, Channel channel, Direction direction, String address, String subject,
                 String body, Status status, ZonedDateTime at, Provenance provenance) {

        public boolean inbound() {
            return direction == Direction.INBOUND;
        }

        public boolean modelWritten() {
            return provenance != null && MessageComposition.LLM.equals(provenance.composer());
        }
    }

    record Thread(long borrowerId, String name, List<Entry> entries) {
    }

    @Transactional(readOnly = true)
    List<BorrowerRow> borrowers(int page) {
        return messages.borrowersByLatestActivity(PageRequest.of(Math.max(page, 0), PAGE_SIZE)).stream()
                .map(activity -> new BorrowerRow(activity.borrowerId(), nameOnCase(activity.latestCaseId()),
                        utc(activity.latestAt()), activity.messageCount()))
                .toList();
    }

    @Transactional(readOnly = true)
    Optional<Thread> thread(long borrowerId) {
        List<MessageEntity> found = messages.findByBorrowerIdOrderByCreatedAtAscIdAsc(borrowerId);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        List<Entry> entries = found.stream()
                .map(m -> new Entry(m.getId(), m.getCaseId(), m.getChannel(), m.getDirection(), m.getAddress(),
                        m.getSubject(), m.getBody(), m.getStatus(),
                        utc(m.getSentAt() != null ? m.getSentAt() : m.getCreatedAt()), m.getProvenance()))
                .toList();
        return Optional.of(new Thread(borrowerId, nameOnCase(found.get(found.size() - 1).getCaseId()), entries));
    }

    private String nameOnCase(long caseId) {
        CaseContact contact = cases.contactOf(caseId);
        return String.join(" ", nonNull(contact.firstName()), nonNull(contact.lastName())).trim();
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }

    private static ZonedDateTime utc(Instant instant) {
        return instant.atZone(UTC);
    }
}
