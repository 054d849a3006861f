/**
 * Hashes and random secrets.
 */
package ma.coopmarket.shared.crypto;
