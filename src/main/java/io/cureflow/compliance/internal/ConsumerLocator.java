package io.cureflow.compliance.internal;

import io.cureflow.account.CaseContact;
import io.cureflow.account.ContactPointView;
import io.cureflow.compliance.Channel;
import io.cureflow.compliance.ContactProposal;
import org.springframework.stereotype.Component;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Gathers the time zones CureFlow's information points to. Every phone number on file counts, not only the one being
 * dialled: comment 6(b)(1)(i)-2.ii treats a mobile and a landline in different zones as conflicting location
 * information for any communication.
 */
@Component
class ConsumerLocator {

    private final PhoneTimeZones phoneTimeZones;
    private final ComplianceProperties properties;

    ConsumerLocator(PhoneTimeZones phoneTimeZones, ComplianceProperties properties) {
        this.phoneTimeZones = phoneTimeZones;
        this.properties = properties;
    }

    ConsumerLocation locate(CaseContact contact, ContactProposal proposal) {
        ZoneId stated = statedZone(contact.timeZone());
        List<ZoneId> addressZones = UsAddressTimeZones.zonesOf(contact.state(), contact.zip());
        Set<ZoneId> phoneZones = new LinkedHashSet<>();
        if (isPhone(proposal.channel()) && proposal.contactPoint() != null) {
            phoneZones.addAll(phoneTimeZones.zonesOf(proposal.contactPoint()));
        }
        for (ContactPointView point : contact.contactPoints()) {
            if (point.kind() == ContactPointView.Kind.PHONE) {
                phoneZones.addAll(phoneTimeZones.zonesOf(point.value()));
            }
        }
        return ConsumerLocation.of(stated, addressZones, new ArrayList<>(phoneZones), properties.fallbackZones());
    }

    private static boolean isPhone(Channel channel) {
        return channel == Channel.SMS || channel == Channel.CALL || channel == Channel.VOICEMAIL;
    }

    private static ZoneId statedZone(String timeZone) {
        if (timeZone == null || timeZone.isBlank()) {
            return null;
        }
        try {
            return ZoneId.of(timeZone.trim());
        } catch (DateTimeException e) {
            return null;
        }
    }
}
