package io.cureflow.understanding.internal.offline;

import io.cureflow.compliance.Channel;
import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Reply;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;

import java.time.Instant;
import java.time.ZoneId;

/** One offline reader trained on the shipped corpus, shared by the tests of this package. */
final class Readers {

    static final UnderstandingProperties DEFAULTS = new UnderstandingProperties(0.6, 0.25, 0.3, 0.85, 0.3,
            Algorithm.MAXENT, 100, 1, ZoneId.of("America/New_York"));

    private static OfflineReader reader;

    static {
        LoggingSystem.get(Readers.class.getClassLoader()).setLogLevel("opennlp", LogLevel.WARN);
    }

    private Readers() {
    }

    static synchronized OfflineReader trained() {
        if (reader == null) {
            reader = OfflineReader.train(CorpusReader.training(), DEFAULTS);
        }
        return reader;
    }

    static Classification classify(String text) {
        return trained().classify(new Reply(text, Channel.SMS, null, Instant.parse("2026-03-02T15:00:00Z"),
                ZoneId.of("America/New_York")));
    }
}
