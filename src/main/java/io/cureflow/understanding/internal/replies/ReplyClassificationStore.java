package io.cureflow.understanding.internal.replies;

import io.cureflow.understanding.ClassifiedReply;
import io.cureflow.understanding.ReplyClassifications;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Optional;

@Service
class ReplyClassificationStore implements ReplyClassifications {

    private final ReplyClassificationRepository repository;
    private final StoredForm form;

    ReplyClassificationStore(ReplyClassificationRepository repository, StoredForm form) {
        this.repository = repository;
        this.form = form;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ClassifiedReply> ofCase(long caseId) {
        return repository.findByCaseIdOrderByClassifiedAtAscIdAsc(caseId).stream().map(form::reply).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ClassifiedReply> ofMessage(long messageId) {
        return repository.findByMessageId(messageId).map(form::reply);
    }
}
