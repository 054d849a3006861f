/**
 * The transactional outbox: messages (SMS, e-mail, webhook deliveries) written in the transaction of
 * the event that causes them, delivered by a dispatcher that any number of instances run with SKIP
 * LOCKED claims and leases, retried with backoff, counted in metrics, listed and retried by admins,
 * purged after their retention. Channels ({@code OutboxChannel}) live with their feature.
 */
package ma.coopmarket.outbox;
