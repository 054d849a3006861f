package ma.coopmarket.order;

import java.time.Instant;

/** Fired (in the transaction) once per part that will expire soon without its cooperative's answer. */
public record OrderPartExpiring(OrderPartChanged part, Instant expiresAt) {
}
