/**
 * The one error shape (RFC 9457 problem details), the domain exceptions that map to it, and the
 * mappers, including which database failures are transient (a 503 to retry) rather than a 500.
 */
package ma.coopmarket.shared.error;
