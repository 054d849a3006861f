/**
 * The cooperatives directory: registration, profile, status and archiving, the directory's filters,
 * and the delta feed of cooperative changes. A change re-indexes the cooperative's products for search
 * in the same transaction.
 */
package ma.coopmarket.cooperative;
