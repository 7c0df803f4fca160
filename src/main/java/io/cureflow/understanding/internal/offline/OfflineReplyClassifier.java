package io.cureflow.understanding.internal.offline;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Reply;
import io.cureflow.understanding.ReplyClassifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The default classifier, with no network: trained at startup from every corpus file under understanding/corpus on
 * the classpath, plus the deterministic rules. The preferred classifier falls back to it.
 */
@Component
@Qualifier("offline")
class OfflineReplyClassifier implements ReplyClassifier {

    private static final Logger log = LoggerFactory.getLogger(OfflineReplyClassifier.class);

    /**
     * The corpus is part of the application, so one training per JVM and settings serves every application context
     * in it (the test suite starts dozens); the trained reader is immutable and safe to share between threads.
     */
    private static final Map<UnderstandingProperties, OfflineReader> TRAINED = new ConcurrentHashMap<>();

    private final OfflineReader reader;

    OfflineReplyClassifier(UnderstandingProperties settings) {
        this.reader = TRAINED.computeIfAbsent(settings, OfflineReplyClassifier::train);
    }

    private static OfflineReader train(UnderstandingProperties settings) {
        long started = System.nanoTime();
        List<LabelledText> rows = CorpusReader.training();
        OfflineReader trained = OfflineReader.train(rows, settings);
        log.info("Offline reply classifier trained on {} rows ({}) in {} ms", rows.size(), settings.algorithm(),
                (System.nanoTime() - started) / 1_000_000);
        return trained;
    }

    @Override
    public Classification classify(Reply reply) {
        return reader.classify(reply);
    }
}
