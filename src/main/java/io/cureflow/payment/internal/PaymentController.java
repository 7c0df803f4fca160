package io.cureflow.payment.internal;

import io.cureflow.payment.PaymentView;
import java.net.URI;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 201 for a new payment, 200 with the stored payment when the same reference comes again. */
@RestController
@RequestMapping("/api/v1/payments")
class PaymentController {

    private final PaymentRequestValidator validator;
    private final PaymentLedger ledger;

    PaymentController(PaymentRequestValidator validator, PaymentLedger ledger) {
        this.validator = validator;
        this.ledger = ledger;
    }

    @PostMapping
    ResponseEntity<PaymentView> post(@RequestBody PaymentRequest request) {
        PaymentCommand command = validator.validate(request);
        PostedPayment posted;
        try {
            posted = ledger.post(command);
        } catch (DataIntegrityViolationException raced) {
            // the same reference was posted concurrently: the first one won, answer as for a repeat
            posted = ledger.known(command).orElseThrow(() -> raced);
        }
        if (!posted.created()) {
            return ResponseEntity.ok(posted.payment());
        }
        return ResponseEntity.created(URI.create("/api/v1/payments/" + posted.payment().paymentId()))
                .body(posted.payment());
    }
}
