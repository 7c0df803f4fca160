package io.cureflow.compliance.internal;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberToTimeZonesMapper;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber.PhoneNumber;
import org.springframework.stereotype.Component;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** The time zones a phone number's area code points to, from libphonenumber's geocoding data. */
@Component
class PhoneTimeZones {

    private final PhoneNumberUtil phoneNumbers = PhoneNumberUtil.getInstance();
    private final PhoneNumberToTimeZonesMapper mapper = PhoneNumberToTimeZonesMapper.getInstance();
    /** Parsing and the prefix lookup cost more than the rest of an evaluation's Java work; a number's zones are fixed. */
    private final BoundedCache<String, List<ZoneId>> known = new BoundedCache<>(50_000, this::lookUp);

    /**
     * Empty for numbers that cannot be parsed and for non-geographic ones (toll-free, premium), whose prefix would
     * otherwise answer with every zone of the country.
     */
    List<ZoneId> zonesOf(String e164) {
        return e164 == null ? List.of() : known.get(e164);
    }

    private List<ZoneId> lookUp(String e164) {
        PhoneNumber number;
        try {
            number = phoneNumbers.parse(e164, "US");
        } catch (NumberParseException e) {
            return List.of();
        }
        if (!phoneNumbers.isNumberGeographical(number)) {
            return List.of();
        }
        List<ZoneId> zones = new ArrayList<>();
        for (String id : mapper.getTimeZonesForGeographicalNumber(number)) {
            if (!PhoneNumberToTimeZonesMapper.getUnknownTimeZone().equals(id)) {
                toZone(id, zones);
            }
        }
        return List.copyOf(zones);
    }

    private static void toZone(String id, List<ZoneId> zones) {
        try {
            zones.add(ZoneId.of(id));
        } catch (DateTimeException e) {
            // libphonenumber's data may name a zone this JDK does not know; such a zone cannot be checked anyway.
        }
    }
}
