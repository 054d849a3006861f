/**
 * Partner platforms: their records, permissions and cooperative scope, their API keys (hashed, shown
 * once, revocable), and the authentication of a request by its {@code X-API-Key} header into a {@code
 * security.PartnerPrincipal}.
 */
package ma.coopmarket.partner;
