package io.cureflow.compliance.internal.validation;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;

interface ValidationNoticeRepository extends JpaRepository<ValidationNoticeEntity, Long> {

    Optional<ValidationNoticeEntity> findByCaseId(long caseId);
}
