/**
 * Persistence helpers: ids, JSON list columns, total counts kept for large listings, and the in-memory
 * turns that queue callers of a hot row instead of its lock.
 */
package ma.coopmarket.shared.persistence;
