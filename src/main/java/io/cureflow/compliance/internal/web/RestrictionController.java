package io.cureflow.compliance.internal.web;

import io.cureflow.compliance.ContactRestriction;
import io.cureflow.compliance.ContactRestrictions;
import io.cureflow.compliance.UnknownRestrictionException;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.UriComponentsBuilder;

import java.security.Principal;
import java.time.Clock;
import java.util.List;

@RestController
@RequestMapping(RestrictionController.PATH)
@Tag(name = "Contact restrictions", description = "Stops, opt-outs, consent revocations, inconvenient times and "
        + "places; the compliance gate reads them on every evaluation")
class RestrictionController {

    static final String PATH = "/api/v1/compliance/restrictions";

    private final ContactRestrictions restrictions;
    private final Clock clock;

    RestrictionController(ContactRestrictions restrictions, Clock clock) {
        this.restrictions = restrictions;
        this.clock = clock;
    }

    @Operation(summary = "Record a restriction", description = "Takes effect at once. A stop (CEASE, "
            + "REFUSAL_TO_PAY, ATTORNEY, DISPUTE, BANKRUPTCY, DECEASED, SERVICEMEMBER, HARDSHIP) stops the "
            + "automated journey of every open case it covers.")
    @ApiResponse(responseCode = "201", description = "Recorded; the body holds its id")
    @ApiResponse(responseCode = "400", description = "A field is missing or wrong; each is named")
    @ApiResponse(responseCode = "404", description = "No account has this id")
    @PostMapping
    ResponseEntity<RestrictionResponse> record(@RequestBody RestrictionRequest request, Principal caller,
                                               UriComponentsBuilder uris) {
        ContactRestriction recorded = restrictions.record(RestrictionRequestParser.parse(request, caller.getName()));
        return ResponseEntity.created(uris.path(PATH + "/{id}").build(recorded.id()))
                .body(RestrictionResponse.of(recorded, clock.instant()));
    }

    @Operation(summary = "Lift a restriction", description = "Needs a reason. Lifting a stop needs a manager or an "
            + "administrator; a dispute is lifted only with a reason that starts with \"verification sent\".")
    @ApiResponse(responseCode = "200", description = "Lifted; it no longer blocks")
    @ApiResponse(responseCode = "400", description = "No reason, or not one that lifts this kind")
    @ApiResponse(responseCode = "403", description = "A stop, and the caller is an agent")
    @ApiResponse(responseCode = "404", description = "No restriction has this id")
    @ApiResponse(responseCode = "409", description = "Already lifted")
    @PostMapping("/{id}/lift")
    RestrictionResponse lift(@PathVariable long id, @RequestBody RestrictionLiftRequest request, Principal caller,
                             HttpServletRequest http) {
        ContactRestriction restriction = restrictions.find(id).orElseThrow(() -> new UnknownRestrictionException(id));
        if (restriction.kind().stop() && !http.isUserInRole("MANAGER") && !http.isUserInRole("ADMIN")) {
            throw new RestrictionLiftForbiddenException(id);
        }
        return RestrictionResponse.of(restrictions.lift(id, request.reason(), caller.getName()), clock.instant());
    }

    @Operation(summary = "List the restrictions of an account",
            description = "Active and lifted, oldest first, including those that cover every debt of the borrower.")
    @ApiResponse(responseCode = "200", description = "The restrictions")
    @ApiResponse(responseCode = "400", description = "accountId is missing or not a number")
    @ApiResponse(responseCode = "404", description = "No account has this id")
    @GetMapping
    List<RestrictionResponse> list(@Parameter(description = "CureFlow id of the account") @RequestParam long accountId) {
        return restrictions.ofAccount(accountId).stream()
                .map(restriction -> RestrictionResponse.of(restriction, clock.instant()))
                .toList();
    }
}
