package io.cureflow.compliance.internal.web;

import io.cureflow.account.AccountView;
import io.cureflow.account.CaseService;
import io.cureflow.compliance.AttemptOutcome;
import io.cureflow.compliance.AttemptRecord;
import io.cureflow.compliance.CallRecipient;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactDirection;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Checks a manual or inbound attempt field by field and resolves its accounts to one borrower and an open case. */
@Component
class ContactAttemptValidator {

    /** The journey's own outcomes are not for this endpoint. */
    private static final Set<AttemptOutcome> API_OUTCOMES = EnumSet.complementOf(
            EnumSet.of(AttemptOutcome.BLOCKED, AttemptOutcome.NO_CONTACT_POINT, AttemptOutcome.RECEIVED));
    private static final Set<AttemptOutcome> ANY_CHANNEL = EnumSet.of(AttemptOutcome.SENT, AttemptOutcome.DELIVERED,
            AttemptOutcome.FAILED);

    private final CaseService cases;

    ContactAttemptValidator(CaseService cases) {
        this.cases = cases;
    }

    AttemptRecord validate(ContactAttemptRequest request) {
        FrequencyFields fields = new FrequencyFields();
        Channel channel = fields.enumValue("channel", request.channel(), Channel.class, true);
        ContactDirection direction = fields.enumValue("direction", request.direction(), ContactDirection.class, true);
        AttemptOutcome outcome = fields.enumValue("outcome", request.outcome(), AttemptOutcome.class, true);
        if (outcome != null && !API_OUTCOMES.contains(outcome)) {
            fields.reject("outcome", "'" + outcome + "' is recorded by the journey, not through this API");
        } else if (outcome != null && channel != null && !isCall(channel) && !ANY_CHANNEL.contains(outcome)) {
            fields.reject("outcome", "'" + outcome + "' is a call outcome; a " + channel + " is SENT, DELIVERED or "
                    + "FAILED");
        }
        CallRecipient recipient = fields.enumValue("recipient", request.recipient(), CallRecipient.class, false);
        Instant at = fields.instant("at", request.at(), true);
        String contactPoint = contactPoint(fields, channel, request.contactPoint());
        List<AccountView> accounts = accounts(fields, "accountIds", request.accountIds(), true);
        List<AccountView> discussed = accounts(fields, "discussedAccountIds", request.discussedAccountIds(), false);
        if (!discussed.isEmpty() && outcome != null && outcome != AttemptOutcome.CONVERSATION) {
            fields.reject("discussedAccountIds", "only a CONVERSATION discusses debts");
        }
        Set<Long> borrowers = new LinkedHashSet<>();
        accounts.forEach(account -> borrowers.add(account.borrowerId()));
        discussed.forEach(account -> borrowers.add(account.borrowerId()));
        if (borrowers.size() > 1) {
            fields.reject(discussed.isEmpty() ? "accountIds" : "discussedAccountIds",
                    "the accounts belong to different borrowers; one attempt reaches one person");
        }
        Optional<Long> caseId = accounts.stream().map(AccountView::openCaseId).filter(id -> id != null).findFirst();
        if (!accounts.isEmpty() && caseId.isEmpty()) {
            fields.reject("accountIds", "none of the accounts has an open case");
        }
        fields.throwIfAny();
        return new AttemptRecord(caseId.orElseThrow(), borrowers.iterator().next(),
                accounts.stream().map(AccountView::accountId).toList(), channel, direction, contactPoint, outcome,
                recipient, request.decisionId(), at, discussed.stream().map(AccountView::accountId).toList());
    }

    private static String contactPoint(FrequencyFields fields, Channel channel, String value) {
        if (value == null || value.isBlank()) {
            fields.reject("contactPoint", "is required: the phone number or email address contacted");
            return null;
        }
        boolean email = channel == null ? value.contains("@") : channel == Channel.EMAIL;
        return email ? fields.email("contactPoint", value) : fields.phone("contactPoint", value);
    }

    private List<AccountView> accounts(FrequencyFields fields, String field, List<Long> ids, boolean required) {
        if (ids == null || ids.isEmpty()) {
            if (required) {
                fields.reject(field, "must name at least one account id");
            }
            return List.of();
        }
        List<AccountView> found = new ArrayList<>();
        for (int i = 0; i < ids.size(); i++) {
            Long id = ids.get(i);
            Optional<AccountView> account = id == null ? Optional.empty() : cases.findAccountById(id);
            if (account.isEmpty()) {
                fields.reject(field + "[" + i + "]", "no account with id " + id);
            } else {
                found.add(account.get());
            }
        }
        return found;
    }

    private static boolean isCall(Channel channel) {
        return channel == Channel.CALL || channel == Channel.VOICEMAIL;
    }
}
