package io.cureflow.account.internal.intake;

import java.io.IOException;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

/** The import page: upload a CSV, watch it run, read the rejected rows. */
@Controller
@RequestMapping("/imports")
class ImportPageController {

    private final ImportService imports;

    ImportPageController(ImportService imports) {
        this.imports = imports;
    }

    @GetMapping
    String form() {
        return "account/imports";
    }

    @PostMapping
    String upload(@RequestParam(name = "file", required = false) MultipartFile file, Model model) throws IOException {
        if (file == null || file.isEmpty()) {
            return refused(model, new ImportFileException(ImportFailure.EMPTY_FILE, null));
        }
        try {
            return "redirect:/imports/" + imports.importInBackground(file.getInputStream());
        } catch (ImportFileException e) {
            return refused(model, e);
        }
    }

    @GetMapping("/{importId}")
    String show(@PathVariable UUID importId, Model model) {
        model.addAttribute("report", load(importId));
        return "account/import";
    }

    @GetMapping("/{importId}/progress")
    String progress(@PathVariable UUID importId, Model model) {
        model.addAttribute("report", load(importId));
        return "account/import :: progress";
    }

    private ImportReport load(UUID importId) {
        return imports.report(importId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static String refused(Model model, ImportFileException e) {
        model.addAttribute("failure", e.failure().code());
        model.addAttribute("detail", e.detail());
        return "account/imports";
    }
}
