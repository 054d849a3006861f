/**
 * What every feature may use and that depends on no feature: errors, web conventions, persistence
 * helpers, idempotency, change tracking and feeds, storage, text and cryptographic helpers, each
 * with its own settings where it has any.
 */
package ma.coopmarket.shared;
