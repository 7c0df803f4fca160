package io.cureflow.outreach.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * The default gateway: the message stays in CureFlow's own table, where the sandbox page shows it, and counts as
 * delivered at once. Nothing leaves the machine.
 */
@Component
@ConditionalOnProperty(prefix = "cureflow.outreach", name = "mode", havingValue = "sandbox", matchIfMissing = true)
class SandboxGateway implements OutreachGateway {

    @Override
    public GatewayReceipt deliver(GatewayMessage message) {
        return new GatewayReceipt("sandbox-" + message.messageId(), true);
    }
}
