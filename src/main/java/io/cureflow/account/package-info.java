/**
 * Borrowers, their accounts and contact points, delinquency (days past due, stage) and collection cases, plus CSV and
 * JSON intake. Other modules read through {@link io.cureflow.account.CaseService} and listen to its events.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts and cases")
package io.cureflow.account;
