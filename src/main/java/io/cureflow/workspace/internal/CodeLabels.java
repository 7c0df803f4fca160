package io.cureflow.workspace.internal;

import io.cureflow.account.CaseOutcome;
import io.cureflow.account.CaseStatus;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.cureflow.outreach.OutreachMessage;
import io.cureflow.understanding.HardshipCategory;
import io.cureflow.understanding.Intent;
import io.cureflow.understanding.ReplyAction;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.context.support.DefaultMessageSourceResolvable;

import java.util.Map;

/** Bundle keys of the codes the workspace shows: {@code workspace.stage.DAYS_30}, {@code workspace.channel.SMS}. */
final class CodeLabels {

    static final String NONE = "workspace.none";

    private static final Map<Class<?>, String> PREFIXES = Map.ofEntries(
            Map.entry(DelinquencyStage.class, "workspace.stage."),
            Map.entry(CaseStatus.class, "workspace.status."),
            Map.entry(CaseOutcome.class, "workspace.outcome."),
            Map.entry(Channel.class, "workspace.channel."),
            Map.entry(OutreachMessage.Status.class, "workspace.message-status."),
            Map.entry(TimelineKind.class, "workspace.kind."),
            Map.entry(Intent.class, "workspace.intent."),
            Map.entry(HardshipCategory.class, "workspace.hardship."),
            Map.entry(ReplyAction.class, "workspace.reply-action."),
            Map.entry(RestrictionKind.class, "workspace.restriction."),
            Map.entry(RestrictionSource.class, "workspace.source."));

    private CodeLabels() {
    }

    static boolean isLabelled(Object value) {
        return value instanceof Enum<?> code && PREFIXES.containsKey(code.getDeclaringClass());
    }

    static String key(Enum<?> code) {
        String prefix = PREFIXES.get(code.getDeclaringClass());
        if (prefix == null) {
            throw new IllegalArgumentException("No label prefix for " + code.getDeclaringClass().getName());
        }
        return prefix + code.name();
    }

    /** The label of a code, or the "none" label when the code is null. */
    static MessageSourceResolvable of(Enum<?> code) {
        return new DefaultMessageSourceResolvable(code == null ? NONE : key(code));
    }

    /** A label for a free-form code from another module; unknown codes show as they are. */
    static MessageSourceResolvable attemptOutcome(String outcome) {
        return new DefaultMessageSourceResolvable(new String[] {"workspace.attempt-outcome." + outcome}, null, outcome);
    }

    static Iterable<Class<?>> labelledTypes() {
        return PREFIXES.keySet();
    }
}
