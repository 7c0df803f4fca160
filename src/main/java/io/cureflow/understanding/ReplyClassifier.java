package io.cureflow.understanding;

/** Reads a borrower's reply. The bean other modules get is the configured one, with the offline one as fallback. */
public interface ReplyClassifier {

    Classification classify(Reply reply);
}
