package io.cureflow.compliance.internal.web;

import io.cureflow.compliance.internal.DecisionOverrideService;
import io.cureflow.compliance.internal.OverrideReason;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.security.Principal;

@RestController
@Tag(name = "Overrides", description = "A manager lifts a frequency block with a rebuttal reason")
class OverrideController {

    private static final int MAX_NOTE = 1000;

    private final DecisionOverrideService overrides;

    OverrideController(DecisionOverrideService overrides) {
        this.overrides = overrides;
    }

    @PostMapping("/api/v1/compliance/decisions/{decisionId}/override")
    @ResponseStatus(HttpStatus.CREATED)
    @Operation(summary = "Override a block made only by frequency rules (RF-01, RF-02, RF-07); managers and admins")
    DecisionOverrideService.Overridden override(@PathVariable long decisionId, @RequestBody OverrideRequest request,
                                                Principal principal) {
        FrequencyFields fields = new FrequencyFields();
        OverrideReason reason = fields.enumValue("reason", request.reason(), OverrideReason.class, true);
        if (request.note() != null && request.note().length() > MAX_NOTE) {
            fields.reject("note", "is longer than " + MAX_NOTE + " characters");
        }
        fields.throwIfAny();
        return overrides.override(decisionId, reason, request.note(), principal.getName());
    }
}
