package ma.coopmarket.shared.persistence;

import java.security.SecureRandom;
import java.util.Random;
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
        return of(System.currentTimeMillis(), RANDOM);
    }

    /**
     * The id of something created at {@code epochMillis}, its random bits drawn from {@code random}.
     * For generated data sets that must be repeatable (a seeded {@link Random}); the application
     * itself always uses {@link #newId()}.
     */
    public static String of(long epochMillis, Random random) {
        long randA = random.nextInt(1 << 12);
        long msb = (epochMillis << 16) | (0x7L << 12) | randA;
        long lsb = (random.nextLong() & 0x3FFFFFFFFFFFFFFFL) | 0x8000000000000000L;
        return new UUID(msb, lsb).toString();
    }
}
