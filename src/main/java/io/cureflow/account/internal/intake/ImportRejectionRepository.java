package io.cureflow.account.internal.intake;

import java.util.List;
import java.util.UUID;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;

interface ImportRejectionRepository extends JpaRepository<ImportRejection, Long> {

    List<ImportRejection> findByImportIdOrderByLineAscIdAsc(UUID importId, Pageable page);
}
