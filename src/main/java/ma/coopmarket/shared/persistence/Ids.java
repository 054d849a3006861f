package ma.coopmarket.shared.persistence;

import java.security.SecureRandom;
import java.util.UUID;

/**
 * Opaque public ids: UUID version 7 (RFC 9562), time-ordered so that InnoDB primary-key inserts
 * stay append-mostly, random enough that ids cannot be guessed or enumerated.
 */
public final class Ids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private Ids() {
    }

    public static String newId() {
        long millis = System.currentTimeMillis();
        long randA = RANDOM.nextInt(1 << 12);
        long msb = (millis << 16) | (0x7L << 12) | randA;
        long lsb = (RANDOM.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
