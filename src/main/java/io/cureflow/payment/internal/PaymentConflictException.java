package io.cureflow.payment.internal;

/** The external reference is already used by a payment to another account or of another amount. */
class PaymentConflictException extends RuntimeException {

    PaymentConflictException() {
        super("This external reference was already used for a different payment");
    }
}
