package io.cureflow.outreach.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** The sandbox page: every borrower's conversation, and a form to answer as the borrower. */
@Controller
@RequestMapping("/sandbox")
@ConditionalOnProperty(prefix = "cureflow.outreach", name = "mode", havingValue = "sandbox", matchIfMissing = true)
class SandboxController {

    private static final String THREAD_VIEW = "outreach/sandbox-borrower";

    private final SandboxConversations conversations;
    private final SandboxReplies replies;

    SandboxController(SandboxConversations conversations, SandboxReplies replies) {
        this.conversations = conversations;
        this.replies = replies;
    }

    /** The reply form as shown again: what was typed and which fields are wrong. */
    record ReplyFormView(String channel, String text, Set<String> invalidFields) {

        static ReplyFormView blank() {
            return new ReplyFormView("SMS", "", Set.of());
        }

        public boolean invalid(String field) {
            return invalidFields.contains(field);
        }
    }

    @GetMapping
    String borrowers(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("borrowers", conversations.borrowers(page));
        model.addAttribute("page", page);
        model.addAttribute("pageSize", SandboxConversations.PAGE_SIZE);
        return "outreach/sandbox";
    }

    @GetMapping("/borrowers/{borrowerId}")
    String thread(@PathVariable long borrowerId, Model model) {
        return showThread(borrowerId, ReplyFormView.blank(), model, THREAD_VIEW);
    }

    @PostMapping("/borrowers/{borrowerId}/replies")
    String reply(@PathVariable long borrowerId, @RequestParam(required = false) String channel,
                 @RequestParam(required = false) String text,
                 @RequestHeader(name = "HX-Request", required = false) String htmx, Model model) {
        ReplyInput input = new ReplyInput(channel, text);
        List<ReplyInput.Problem> problems = input.problems();
        String view = htmx != null ? THREAD_VIEW + " :: conversation" : THREAD_VIEW;
        if (!problems.isEmpty()) {
            Set<String> fields = problems.stream().map(ReplyInput.Problem::field).collect(Collectors.toSet());
            return showThread(borrowerId, new ReplyFormView(channel, text, fields), model, view);
        }
        try {
            replies.reply(ReplyTarget.borrower(borrowerId), input.replyChannel(), input.cleanText());
        } catch (UnknownReplyTargetException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        if (htmx == null) {
            return "redirect:/sandbox/borrowers/" + borrowerId;
        }
        return showThread(borrowerId, new ReplyFormView(input.replyChannel().name(), "", Set.of()), model, view);
    }

    private String showThread(long borrowerId, ReplyFormView form, Model model, String view) {
        SandboxConversations.Thread thread = conversations.thread(borrowerId)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        model.addAttribute("thread", thread);
        model.addAttribute("form", form);
        return view;
    }
}
