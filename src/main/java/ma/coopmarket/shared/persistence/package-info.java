/**
 * Persistence helpers: ids, JSON list columns, the fields every entity carries, and the in-memory
 * turns that queue callers of a hot row instead of its lock.
 */
package ma.coopmarket.shared.persistence;
