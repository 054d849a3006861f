/**
 * What every feature may use and that depends on no feature: configuration, errors, web conventions,
 * persistence helpers, idempotency, change tracking and feeds, storage, text and cryptographic
 * helpers.
 */
package ma.coopmarket.shared;
