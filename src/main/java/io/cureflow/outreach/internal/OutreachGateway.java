package io.cureflow.outreach.internal;

/**
 * Hands a message to the outside world: a carrier for SMS and voice, a mail server for email. Exactly one
 * implementation is active, chosen by {@code cureflow.outreach.mode}.
 */
public interface OutreachGateway {

    GatewayReceipt deliver(GatewayMessage message);

    enum GatewayChannel { SMS, EMAIL, VOICE }

    /** {@code subject} is set for email only. */
    record GatewayMessage(long messageId, GatewayChannel channel, String address, String subject, String body) {
    }

    /**
     * @param providerReference the provider's id for the message, used to match its status callbacks
     * @param delivered         true when the provider already confirmed delivery (the sandbox always does)
     */
    record GatewayReceipt(String providerReference, boolean delivered) {
    }
}
