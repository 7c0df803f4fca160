package io.cureflow.account.internal.intake;

import io.cureflow.account.internal.BusinessCalendar;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/** Keeps the state of imports in the database, each change in its own short transaction. */
@Component
@Transactional(propagation = Propagation.REQUIRES_NEW)
class ImportLedger {

    private final ImportRunRepository runs;
    private final ImportRejectionRepository rejections;
    private final BusinessCalendar calendar;

    ImportLedger(ImportRunRepository runs, ImportRejectionRepository rejections, BusinessCalendar calendar) {
        this.runs = runs;
        this.rejections = rejections;
        this.calendar = calendar;
    }

    UUID start(long totalBytes) {
        return runs.save(new ImportRun(UUID.randomUUID(), totalBytes, calendar.now())).id();
    }

    void unknownColumns(UUID importId, List<String> columns) {
        load(importId).unknownColumns(columns);
    }

    void progress(UUID importId, ImportCounts counts, long bytesRead, List<Rejection> newRejections) {
        load(importId).progress(counts, bytesRead);
        rejections.saveAll(newRejections.stream().map(rejection -> new ImportRejection(importId, rejection)).toList());
    }

    void complete(UUID importId) {
        load(importId).complete(calendar.now());
    }

    void fail(UUID importId, ImportFailure failure, String detail) {
        load(importId).fail(failure, detail, calendar.now());
    }

    @Transactional(readOnly = true)
    Optional<ImportReport> report(UUID importId, int maxRejections) {
        return runs.findById(importId).map(run -> ImportReport.of(run,
                rejections.findByImportIdOrderByLineAscIdAsc(importId, PageRequest.of(0, maxRejections)).stream()
                        .map(ImportRejection::rejection)
                        .toList()));
    }

    private ImportRun load(UUID importId) {
        return runs.findById(importId).orElseThrow();
    }
}
