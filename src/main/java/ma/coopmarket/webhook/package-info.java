/**
 * Partner webhooks: endpoints and their SSRF guard, signed deliveries over the outbox, retries and
 * disabling of failing endpoints, the delivery log and replays.
 */
package ma.coopmarket.webhook;
