/**
 * Idempotency keys: a claim with a lease and a fencing token per key, the stored response replayed to
 * retries, and the takeover of a key whose request died.
 */
package ma.coopmarket.shared.idempotency;
