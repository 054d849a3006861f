package ma.coopmarket.datagen;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * What the steps have generated so far, kept in memory (compactly) for the steps that follow:
 * products need their cooperative, orders will need customers and products with their prices.
 */
final class Generated {

    /** The data set's "now": fixed, so that timestamps are the same on every run. */
    static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** One generated cooperative, as later steps need it. */
    record Cooperative(String id, String regionCode, String sectorCode, boolean women, boolean live,
            long createdAtMillis, String nameFr, String nameAr, Vocabulary.City city) {
    }

    /** One generated product, as orders will need it. */
    record Product(String id, int cooperative, String price, int stock, boolean active) {
    }

    final List<Cooperative> cooperatives = new ArrayList<>();
    final List<Product> products = new ArrayList<>();
    final List<String> customerIds = new ArrayList<>();
    final List<String> managerIds = new ArrayList<>();

    /** A DATETIME(6) literal in UTC, as Hibernate writes Instants with {@code jdbc.timezone=UTC}. */
    static String datetime(long epochMillis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC).format(DATETIME);
    }
}
