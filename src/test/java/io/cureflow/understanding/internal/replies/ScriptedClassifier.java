package io.cureflow.understanding.internal.replies;

import io.cureflow.understanding.Classification;
import io.cureflow.understanding.Reply;
import io.cureflow.understanding.ReplyClassifier;

import java.util.ArrayList;
import java.util.List;

/** Answers what the test scripted: these tests check what CureFlow does with a classification, not the classifier. */
class ScriptedClassifier implements ReplyClassifier {

    private Classification next;
    private RuntimeException failure;
    final List<Reply> read = new ArrayList<>();

    void answer(Classification classification) {
        this.next = classification;
        this.failure = null;
    }

    /** The bean outlives a test: each test starts with nothing scripted and nothing read. */
    void reset() {
        next = null;
        failure = null;
        read.clear();
    }

    void fail(RuntimeException failure) {
        this.failure = failure;
    }

    @Override
    public Classification classify(Reply reply) {
        read.add(reply);
        if (failure != null) {
            throw failure;
        }
        return next;
    }
}
