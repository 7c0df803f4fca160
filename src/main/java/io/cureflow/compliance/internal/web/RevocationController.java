package io.cureflow.compliance.internal.web;

import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.InvalidRestrictionException;
import io.cureflow.compliance.InvalidRestrictionException.Problem;
import io.cureflow.compliance.NewRestriction;
import io.cureflow.compliance.RestrictionKind;
import io.cureflow.compliance.RestrictionSource;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.security.Principal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

@RestController
@RequestMapping("/api/v1/compliance/revocations")
@Tag(name = "Contact restrictions")
class RevocationController {

    private final ContactRestrictions restrictions;
    private final Clock clock;

    RevocationController(ContactRestrictions restrictions, Clock clock) {
        this.restrictions = restrictions;
        this.clock = clock;
    }

    @Operation(summary = "Record a TCPA consent revocation",
            description = "Consent may be revoked by any reasonable means (47 CFR 64.1200(a)(10)): on a call, in an "
                    + "email or a letter. Automated texts and prerecorded or artificial-voice calls to the number "
                    + "stop at once. Recorded as a CONSENT_REVOKED restriction, lifted like any other.")
    @ApiResponse(responseCode = "201", description = "Recorded; the body holds its id")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong; each is named")
    @ApiResponse(responseCode = "404", description = "No account has this id")
    @PostMapping
    ResponseEntity<RestrictionResponse> revoke(@RequestBody RevocationRequest request, Principal caller,
                                               UriComponentsBuilder uris) {
        List<Problem> problems = new ArrayList<>();
        if (request.accountId() == null) {
            problems.add(new Problem("accountId", "compliance.restriction.error.accountId"));
        }
        RestrictionSource source = RestrictionSource.AGENT;
        if (request.source() != null) {
            try {
                source = RestrictionSource.valueOf(request.source().trim().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(new Problem("source", "compliance.restriction.error.source"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidRestrictionException(problems);
        }
        ContactRestriction recorded = restrictions.record(NewRestriction.of(RestrictionKind.CONSENT_REVOKED,
                request.accountId(), null, request.contactPoint(), source, caller.getName(), request.note()));
        return ResponseEntity.created(uris.path(RestrictionController.PATH + "/{id}").build(recorded.id()))
                .body(RestrictionResponse.of(recorded, clock.instant()));
    }
}
