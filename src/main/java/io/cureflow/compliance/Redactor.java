package io.cureflow.compliance;

import java.util.Set;

/**
 * Masks personal data in free text before it is stored, logged or handed to a language model: card numbers
 * (Luhn-checked), SSNs, labelled bank account and routing numbers, labelled dates of birth. At most the last four
 * digits stay visible, as in card ••••1111.
 */
public interface Redactor {

    String redact(String text);

    /** Which kinds of personal data the text holds; empty when {@link #redact} would change nothing. */
    Set<SensitiveData> detect(String text);

    enum SensitiveData { CARD_NUMBER, SSN, BANK_ACCOUNT, ROUTING_NUMBER, DATE_OF_BIRTH }
}
