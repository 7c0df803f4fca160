package io.cureflow.account.internal;

import java.util.List;

/** A validated borrower as read from a CSV row or a JSON request; optional fields are null. */
public record BorrowerData(String externalId, String firstName, String lastName, String language,
                           String addressLine1, String city, String state, String zip, String timeZone,
                           List<PhoneData> phones, String email) {
}
