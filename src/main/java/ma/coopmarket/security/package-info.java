/**
 * Who may do what: roles, the access policy that decides ownership (a 404 rather than a 403 for what a
 * caller may not see), the caller's kinds, the partner principal, and the per-client rate limits.
 * Depends on {@code shared} only: what it needs of accounts it asks through {@code
 * ManagedCooperatives}.
 */
package ma.coopmarket.security;
