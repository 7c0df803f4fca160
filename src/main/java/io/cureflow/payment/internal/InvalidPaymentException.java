package io.cureflow.payment.internal;

class InvalidPaymentException extends RuntimeException {

    private final String field;

    InvalidPaymentException(String field, String message) {
        super(message);
        this.field = field;
    }

    String field() {
        return field;
    }
}
