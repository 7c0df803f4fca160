package io.cureflow.compliance.internal.caps;

import io.cureflow.compliance.Channel;
import io.cureflow.compliance.internal.ComplianceMessages;
import io.cureflow.compliance.internal.ComplianceRule;
import io.cureflow.compliance.internal.ContactContext;
import io.cureflow.compliance.internal.RuleResult;
import io.cureflow.compliance.internal.caps.LocalDayLimit.LimitCheck;
import org.springframework.stereotype.Component;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Per-channel and cross-channel caps for one person, all debts together: passing 7-in-7 settles only the frequency of
 * calls, while texts, emails and their sum can still harass (comments 14(a)-1.i, 14(a)-2.i, 14(b)(1)-1).
 */
@Component
public class ChannelCapsRule implements ComplianceRule {

    public static final String ID = "RF-08";
    private static final int WEEK_DAYS = 7;

    private final CapsProperties properties;
    private final LedgerWindow ledger;
    private final ComplianceMessages messages;

    public ChannelCapsRule(CapsProperties properties, LedgerWindow ledger, ComplianceMessages messages) {
        this.properties = properties;
        this.ledger = ledger;
        this.messages = messages;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String citation() {
        return "12 CFR 1006.14(a); comments 14(a)-1, 14(a)-2, 14(b)(1)-1";
    }

    /**
     * The caps are CureFlow's policy, not numbers of the law, so a manager with a rebuttal reason may lift them as he
     * may lift the 7-in-7 presumption; the state packs' limits are law and stay.
     */
    @Override
    public boolean overridable() {
        return true;
    }

    @Override
    public RuleResult evaluate(ContactContext context) {
        if (!properties.enabled()) {
            return RuleResult.pass("caps disabled");
        }
        List<ZoneId> zones = context.location().candidateZones();
        Instant at = context.at();
        Channel channel = context.proposal().channel();
        List<OutboundAttempt> window = ledger.ofBorrower(context.contact().borrowerId(),
                LocalDays.windowStart(at, zones, WEEK_DAYS), LocalDays.windowEnd(at, zones));
        List<Instant> all = window.stream().filter(OutboundAttempt::wentOut).map(OutboundAttempt::at).toList();
        List<Instant> sameChannel = window.stream()
                .filter(attempt -> attempt.wentOut() && group(attempt.channel()) == group(channel))
                .map(OutboundAttempt::at).toList();

        CapsProperties.Cap channelCap = properties.of(channel);
        CapsProperties.Cap allCap = properties.allChannels();
        String scope = group(channel).name();
        List<Check> checks = List.of(
                check(scope, false, channelCap.daily(), sameChannel, context),
                check(scope, true, channelCap.weekly(), sameChannel, context),
                check("ALL", false, allCap.daily(), all, context),
                check("ALL", true, allCap.weekly(), all, context));
        String detail = checks.stream().map(Check::describe).collect(Collectors.joining("; "))
                + "; zones " + zones.stream().map(ZoneId::getId).collect(Collectors.joining(","));
        Optional<Check> binding = checks.stream().filter(check -> check.result().reached())
                .max(Comparator.comparing(check -> check.result().earliestAllowedAt()));
        return binding.map(check -> RuleResult.blockUntil(message(check), check.result().earliestAllowedAt(), detail))
                .orElseGet(() -> RuleResult.pass(detail));
    }

    private static Check check(String scope, boolean weekly, int max, List<Instant> counted, ContactContext context) {
        LocalDayLimit limit = new LocalDayLimit(max, weekly ? WEEK_DAYS : 1);
        return new Check(scope, weekly, limit.check(counted, context.at(), context.location().candidateZones()));
    }

    private String message(Check check) {
        String scope = messages.get("compliance.rule.caps.scope." + check.scope());
        String key = check.weekly() ? "compliance.rule.caps.weekly" : "compliance.rule.caps.daily";
        return messages.get(key, scope, check.result().count(), check.result().limit().max());
    }

    private static Channel group(Channel channel) {
        return channel == Channel.VOICEMAIL ? Channel.CALL : channel;
    }

    private record Check(String scope, boolean weekly, LimitCheck result) {

        String describe() {
            return scope + (weekly ? " 7 days " : " day ") + result.count() + "/" + result.limit().max();
        }
    }
}
