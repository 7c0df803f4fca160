package io.cureflow.compliance;

/** How a validation notice reached the consumer: by email (with E-SIGN consent) or printed and mailed. */
public enum NoticeMedium {
    EMAIL,
    MAIL
}
