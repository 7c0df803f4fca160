package io.cureflow.workspace.internal;

/** A request parameter has a value the API does not accept; the message says which values it does. */
class BadParameterException extends RuntimeException {

    private final String parameter;

    BadParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    String parameter() {
        return parameter;
    }
}
