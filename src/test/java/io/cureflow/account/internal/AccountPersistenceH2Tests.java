package io.cureflow.account.internal;

/** {@link AccountPersistenceTests} on H2, the default database. */
class AccountPersistenceH2Tests extends AccountPersistenceTests {
}
