package io.cureflow.compliance.internal.content;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ContentCheckRepository extends JpaRepository<ContentCheckEntity, Long> {

    List<ContentCheckEntity> findByCaseIdAndPassedFalseOrderByCheckedAtAscIdAsc(long caseId);

    List<ContentCheckEntity> findByMessageIdOrderByCheckedAtAscIdAsc(long messageId);
}
