package io.cureflow.workspace.internal;

import io.cureflow.account.CaseFilter;
import io.cureflow.account.CaseService;
import io.cureflow.account.CaseStatus;
import io.cureflow.account.CaseView;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.journey.JourneyQueries;
import io.cureflow.understanding.ReplyClassifications;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.Locale;

@RestController
@RequestMapping("/api/v1/cases")
@Tag(name = "Cases", description = "Collection cases, where their journey stands, and what happened on them")
class CaseApiController {

    static final int MAX_PAGE_SIZE = 100;

    private final CaseService cases;
    private final CaseTimeline timeline;
    private final JourneyQueries journeys;
    private final MessageSource messages;
    private final ReplyClassifications replies;

    CaseApiController(CaseService cases, CaseTimeline timeline, JourneyQueries journeys, MessageSource messages,
                      ReplyClassifications replies) {
        this.cases = cases;
        this.timeline = timeline;
        this.journeys = journeys;
        this.messages = messages;
        this.replies = replies;
    }

    @Operation(summary = "List cases", description = "Newest first, optionally filtered by status and stage.")
    @ApiResponse(responseCode = "200", description = "One page of cases")
    @ApiResponse(responseCode = "400", description = "Unknown status or stage, or page/size out of range")
    @GetMapping
    CaseList list(@RequestParam(required = false) CaseStatus status,
                  @RequestParam(required = false) DelinquencyStage stage,
                  @Parameter(description = "Page number, from 0") @RequestParam(defaultValue = "0") int page,
                  @Parameter(description = "Cases per page, 1 to 100") @RequestParam(defaultValue = "25") int size) {
        if (page < 0) {
            throw new BadParameterException("page", "page must be 0 or more");
        }
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new BadParameterException("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        return CaseList.of(cases.listCases(new CaseFilter(status, stage), page, size));
    }

    @Operation(summary = "Get a case with its journey state and timeline",
            description = "The timeline lists stage changes, messages (with their text), replies, compliance blocks "
                    + "and payments, oldest first, with an English summary of each. Replies lists how each reply was "
                    + "classified (intent, hardship category, confidence, promise, evidence) and what was done.")
    @ApiResponse(responseCode = "200", description = "The case")
    @ApiResponse(responseCode = "400", description = "The id is not a number")
    @ApiResponse(responseCode = "404", description = "No case has this id")
    @GetMapping("/{id}")
    CaseDetailsResponse get(@PathVariable long id) {
        CaseView view = cases.findCase(id).orElseThrow(() -> new CaseNotFoundException(id));
        var entries = timeline.of(view).stream()
                .map(entry -> new CaseDetailsResponse.Entry(entry.at(), entry.kind(),
                        messages.getMessage(entry.summary(), Locale.ENGLISH), entry.details()))
                .toList();
        var classified = replies.ofCase(id).stream().map(ReplyClassificationResponse::of).toList();
        return new CaseDetailsResponse(CaseSummary.of(view), JourneySummary.of(journeys.statusOf(id)), entries,
                classified);
    }
}
