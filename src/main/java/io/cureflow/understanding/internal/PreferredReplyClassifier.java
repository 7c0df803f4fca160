package io.cureflow.understanding.internal;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Reply;
import io.cureflow.understanding.ReplyClassifier;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

/** The classifier other modules get: the configured language model, and the offline classifier whenever it fails. */
@Primary
@Component
class PreferredReplyClassifier implements ReplyClassifier {

    private final ObjectProvider<LanguageModelReplies> model;
    private final ReplyClassifier offline;

    PreferredReplyClassifier(ObjectProvider<LanguageModelReplies> model, @Qualifier("offline") ReplyClassifier offline) {
        this.model = model;
        this.offline = offline;
    }

    @Override
    public Classification classify(Reply reply) {
        LanguageModelReplies configured = model.getIfAvailable();
        if (configured != null) {
            return configured.classify(reply).orElseGet(() -> offline.classify(reply));
        }
        return offline.classify(reply);
    }
}
