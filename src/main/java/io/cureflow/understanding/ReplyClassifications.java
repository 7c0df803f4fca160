package io.cureflow.understanding;

import java.util.List;
import java.util.Optional;

/** The stored classifications of borrowers' replies. */
public interface ReplyClassifications {

    /** Every classified reply of the case, oldest first. */
    List<ClassifiedReply> ofCase(long caseId);

    Optional<ClassifiedReply> ofMessage(long messageId);
}
