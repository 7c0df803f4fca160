package io.cureflow.understanding.internal;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Reply;
import io.cureflow.understanding.ReplyClassifier;
import io.cureflow.understanding.internal.offline.CriticalRules;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/**
 * The classifier other modules get: the configured language model held against the offline legal rules
 * ({@link RulesOverModel}), and the offline classifier whenever the model fails.
 */
@Primary
@Component
class PreferredReplyClassifier implements ReplyClassifier {

    private final ObjectProvider<LanguageModelReplies> model;
    private final ReplyClassifier offline;
    private final CriticalRules rules;

    PreferredReplyClassifier(ObjectProvider<LanguageModelReplies> model, @Qualifier("offline") ReplyClassifier offline,
                             CriticalRules rules) {
        this.model = model;
        this.offline = offline;
        this.rules = rules;
    }

    @Override
    public Classification classify(Reply reply) {
        LanguageModelReplies configured = model.getIfAvailable();
        if (configured != null) {
            return configured.classify(reply)
                    .map(answer -> RulesOverModel.combine(answer, rules.find(reply)))
                    .orElseGet(() -> offline.classify(reply));
        }
        return offline.classify(reply);
    }
}
