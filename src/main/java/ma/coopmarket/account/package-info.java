/**
 * Accounts and their tokens: registration by e-mail or by phone and SMS code, sign-in, refresh tokens,
 * one-time codes, password recovery, profile and contact changes, the address book, consents (Law
 * 09-08), export and deletion of a customer's data, managers and the first admin. Implements {@code
 * security.ManagedCooperatives} and {@code order.CustomerAccounts} for the features that need an
 * account's facts.
 */
package ma.coopmarket.account;
