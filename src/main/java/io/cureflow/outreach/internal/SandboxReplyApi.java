package io.cureflow.outreach.internal;

import com.fasterxml.jackson.databind.JsonMappingException;
import io.cureflow.outreach.OutreachMessage;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** {@code POST /api/v1/sandbox/replies}: a reply as the borrower, for scripts and tests of the journey. */
@RestController
@RequestMapping("/api/v1/sandbox/replies")
@ConditionalOnProperty(prefix = "cureflow.outreach", name = "mode", havingValue = "sandbox", matchIfMissing = true)
class SandboxReplyApi {

    private final SandboxReplies replies;
    private final MessageSource messages;

    SandboxReplyApi(SandboxReplies replies, MessageSource messages) {
        this.replies = replies;
        this.messages = messages;
    }

    record ReplyRequest(Long borrowerId, Long caseId, String channel, String text) {
    }

    record ReplyResponse(long messageId, long caseId, String channel, String status, Instant receivedAt) {
    }

    record ApiError(String error, String field, String message) {
    }

    @PostMapping
    ResponseEntity<?> reply(@RequestBody ReplyRequest request, Locale locale) {
        if ((request.borrowerId() == null) == (request.caseId() == null)) {
            return badRequest("borrowerId", "target", locale);
        }
        ReplyInput input = new ReplyInput(request.channel(), request.text());
        List<ReplyInput.Problem> problems = input.problems();
        if (!problems.isEmpty()) {
            return badRequest(problems.get(0).field(), problems.get(0).code(), locale);
        }
        OutreachMessage message = replies.reply(new ReplyTarget(request.borrowerId(), request.caseId()),
                input.replyChannel(), input.cleanText());
        return ResponseEntity.status(HttpStatus.CREATED).body(new ReplyResponse(message.messageId(),
                message.caseId(), message.channel().name(), message.status().name(), message.createdAt()));
    }

    @ExceptionHandler(UnknownReplyTargetException.class)
    ResponseEntity<ApiError> unknownTarget(UnknownReplyTargetException e, Locale locale) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(new ApiError("not_found", e.field(),
                messages.getMessage("outreach.reply.error.unknown." + e.field(), null, locale)));
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e, Locale locale) {
        if (e.getCause() instanceof JsonMappingException mapping && !mapping.getPath().isEmpty()
                && mapping.getPath().get(0).getFieldName() != null) {
            String field = mapping.getPath().get(0).getFieldName();
            return ResponseEntity.badRequest().body(new ApiError("invalid_request", field,
                    messages.getMessage("outreach.reply.error.type", new Object[]{field}, locale)));
        }
        return ResponseEntity.badRequest().body(new ApiError("invalid_request", "body",
                messages.getMessage("outreach.reply.error.body", null, locale)));
    }

    private ResponseEntity<ApiError> badRequest(String field, String code, Locale locale) {
        return ResponseEntity.badRequest().body(new ApiError("invalid_request", field,
                messages.getMessage("outreach.reply.error." + code, null, locale)));
    }
}
