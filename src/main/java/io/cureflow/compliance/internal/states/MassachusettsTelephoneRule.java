package io.cureflow.compliance.internal.states;

import io.cureflow.account.CaseContact;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.RuleResult;
import io.cureflow.compliance.internal.caps.LedgerWindow;
import io.cureflow.compliance.internal.caps.LocalDayLimit;
import io.cureflow.compliance.internal.caps.LocalDays;
import io.cureflow.compliance.internal.caps.OutboundAttempt;
import io.cureflow.compliance.internal.states.StatesProperties.Limit;
import io.cureflow.compliance.internal.states.StatesProperties.Massachusetts;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Massachusetts counts every telephone communication a collector or creditor initiates, per debt: calls, texts and
 * recorded messages alike, and unanswered calls too (Armata v. Target, catalogue MA-06). Two per 7 days to the
 * consumer's own numbers, two per 30 days to any other number. Emails are not telephone communications.
 */
@Component
public class MassachusettsTelephoneRule implements ComplianceRule {

    public static final String ID = "MA-01";

    private final Massachusetts pack;
    private final LedgerWindow ledger;
    private final ComplianceMessages messages;

    public MassachusettsTelephoneRule(StatesProperties properties, LedgerWindow ledger, ComplianceMessages messages) {
        this.pack = properties.ma();
        this.ledger = ledger;
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "940 CMR 7.04(1)(f); 209 CMR 18.16(1)(d)";
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        CaseContact contact = context.contact();
        if (!pack.enabled() || !ConsumerState.in(contact, "MA")) {
            return RuleResult.pass("not a Massachusetts consumer or pack off");
        }
        if (context.proposal().channel() == Channel.EMAIL) {
            return RuleResult.pass("email is not a telephone communication");
        }
        Set<String> personal = contact.contactPoints().stream()
                .filter(point -> point.kind() == ContactPointView.Kind.PHONE)
                .map(ContactPointView::value)
                .collect(Collectors.toSet());
        boolean toPersonal = isPersonal(context.proposal().contactPoint(), personal);
        Limit limit = toPersonal ? pack.personalNumbers() : pack.otherNumbers();
        List<ZoneId> zones = context.location().candidateZones();
        Instant at = context.at();
        List<Instant> counted = ledger.ofAccount(contact.accountId(), LocalDays.windowStart(at, zones, limit.days()),
                        LocalDays.windowEnd(at, zones)).stream()
                .filter(attempt -> attempt.wentOut() && attempt.byTelephone()
                        && isPersonal(attempt.contactPoint(), personal) == toPersonal)
                .map(OutboundAttempt::at)
                .toList();
        LocalDayLimit.LimitCheck check = new LocalDayLimit(limit.max(), limit.days()).check(counted, at, zones);
        String numbers = toPersonal ? "personal" : "other";
        String detail = "debt " + contact.accountId() + "; " + numbers + " numbers " + check.count() + "/"
                + limit.max() + " in " + limit.days() + " days; zones "
                + zones.stream().map(ZoneId::getId).collect(Collectors.joining(","));
        if (!check.reached()) {
            return RuleResult.pass(detail);
        }
        String message = messages.get("compliance.rule.states.ma.telephone." + numbers, check.count(), limit.days(),
                limit.max());
        return RuleResult.blockUntil(message, check.earliestAllowedAt(), detail);
    }

    /** A number on the consumer's record is theirs; no number means the journey's choice among them. */
    private static boolean isPersonal(String contactPoint, Set<String> personal) {
        return contactPoint == null || personal.contains(contactPoint);
    }
}
