package io.cureflow.understanding.internal.replies;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

interface ReplyClassificationRepository extends JpaRepository<ReplyClassificationEntity, Long> {

    List<ReplyClassificationEntity> findByCaseIdOrderByClassifiedAtAscIdAsc(long caseId);

    Optional<ReplyClassificationEntity> findByMessageId(long messageId);

    boolean existsByMessageId(long messageId);
}
