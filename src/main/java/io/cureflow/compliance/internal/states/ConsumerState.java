package io.cureflow.compliance.internal.states;

import io.cureflow.account.CaseContact;

import java.util.Locale;

/** Which packs a consumer's address switches on; New York City is {@link NewYorkCityAddresses}. */
final class ConsumerState {

    private ConsumerState() {
    }

    static boolean in(CaseContact contact, String stateCode) {
        return contact.state() != null && contact.state().trim().toUpperCase(Locale.ROOT).equals(stateCode);
    }
}
