package io.cureflow.workspace.internal;

import io.cureflow.account.CaseFilter;
import io.cureflow.account.CaseService;
import io.cureflow.account.CaseStatus;
import io.cureflow.account.CaseView;
import io.cureflow.account.DelinquencyStage;
import io.cureflow.journey.JourneyQueries;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

import java.util.Locale;
import java.util.Optional;

/**
 * The agents' case list and case page. The timeline card reloads itself through {@code /cases/{id}/timeline}, which
 * also brings the journey state along, so a borrower's reply shows up without reloading the page.
 */
@Controller
class CasePagesController {

    static final int PAGE_SIZE = 25;

    private final CaseService cases;
    private final CaseTimeline timeline;
    private final TimelinePresenter presenter;
    private final JourneyQueries journeys;

    CasePagesController(CaseService cases, CaseTimeline timeline, TimelinePresenter presenter,
                        JourneyQueries journeys) {
        this.cases = cases;
        this.timeline = timeline;
        this.presenter = presenter;
        this.journeys = journeys;
    }

    @GetMapping("/cases")
    String list(@RequestParam(required = false) CaseStatus status,
                @RequestParam(required = false) DelinquencyStage stage,
                @RequestParam(defaultValue = "0") int page, Model model) {
        int current = Math.max(page, 0);
        model.addAttribute("list", CaseList.of(cases.listCases(new CaseFilter(status, stage), current, PAGE_SIZE)));
        model.addAttribute("status", status);
        model.addAttribute("stage", stage);
        model.addAttribute("statuses", CaseStatus.values());
        model.addAttribute("stages", DelinquencyStage.values());
        return "workspace/cases";
    }

    @GetMapping("/cases/{id}")
    String show(@PathVariable long id, @CookieValue(name = ViewerZone.COOKIE, required = false) String tz,
                Locale locale, Model model, HttpServletResponse response) {
        Optional<CaseView> view = cases.findCase(id);
        if (view.isEmpty()) {
            return notFound(id, model, response);
        }
        fill(model, view.get(), tz, locale, false);
        return "workspace/case";
    }

    @GetMapping("/cases/{id}/timeline")
    String timelineCard(@PathVariable long id, @CookieValue(name = ViewerZone.COOKIE, required = false) String tz,
                        Locale locale, Model model, HttpServletResponse response) {
        Optional<CaseView> view = cases.findCase(id);
        if (view.isEmpty()) {
            return notFound(id, model, response);
        }
        fill(model, view.get(), tz, locale, true);
        return "workspace/case :: refresh";
    }

    private void fill(Model model, CaseView view, String tz, Locale locale, boolean refresh) {
        ViewerZone zone = ViewerZone.from(tz);
        model.addAttribute("caseSummary", CaseSummary.of(view));
        model.addAttribute("journey", JourneySummary.of(journeys.statusOf(view.caseId())));
        model.addAttribute("timeline", presenter.newestFirst(timeline.of(view), locale, zone));
        model.addAttribute("zone", zone);
        model.addAttribute("refresh", refresh);
    }

    private static String notFound(long id, Model model, HttpServletResponse response) {
        response.setStatus(HttpServletResponse.SC_NOT_FOUND);
        model.addAttribute("caseId", id);
        return "workspace/case-not-found";
    }
}
