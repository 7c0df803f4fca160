package io.cureflow.account.internal.intake;

import java.io.IOException;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/** CSV intake: {@code mode=sync} (default) answers with the full report, {@code mode=async} with an import id. */
@RestController
@RequestMapping("/api/v1")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping(path = "/accounts/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    ResponseEntity<?> importAccounts(@RequestParam(name = "file", required = false) MultipartFile file,
                                     @RequestParam(name = "mode", defaultValue = "sync") String mode)
            throws IOException {
        if (!mode.equals("sync") && !mode.equals("async")) {
            return ResponseEntity.badRequest()
                    .body(ApiError.of("invalid_request", "mode", "mode must be sync or async"));
        }
        if (file == null || file.isEmpty() && file.getOriginalFilename() == null) {
            throw new ImportFileException(ImportFailure.NO_FILE, null);
        }
        if (mode.equals("async")) {
            UUID importId = imports.importInBackground(file.getInputStream());
            return ResponseEntity.accepted()
                    .location(URI.create("/api/v1/imports/" + importId))
                    .body(Map.of("importId", importId, "status", ImportStatus.RUNNING));
        }
        return ResponseEntity.ok(imports.importNow(new MultipartSource(file)));
    }

    @GetMapping("/imports/{importId}")
    ResponseEntity<ImportReport> status(@PathVariable UUID importId) {
        return imports.report(importId)
                .map(ResponseEntity::ok)
                .orElseGet(() -> ResponseEntity.status(HttpStatus.NOT_FOUND).build());
    }
}
