package io.cureflow.compliance.internal;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

interface ContactAttemptRepository extends JpaRepository<ContactAttemptEntity, Long> {

    List<ContactAttemptEntity> findByCaseIdOrderByAttemptedAtAscIdAsc(long caseId);
}
