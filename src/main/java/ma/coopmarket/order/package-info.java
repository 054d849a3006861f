/**
 * Orders: placement split into one part per cooperative, stock taken under the products' locks,
 * idempotent retries, each part's status moves and their history, expiry of unconfirmed parts, and the
 * customer's view. Reaches accounts only through {@code CustomerAccounts}.
 */
package ma.coopmarket.order;
