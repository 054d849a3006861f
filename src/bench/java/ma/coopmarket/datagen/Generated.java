package ma.coopmarket.datagen;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the steps have generated so far, kept in memory (compactly) for the steps that follow:
 * products need their cooperative; orders need customers, products with their prices and names, and
 * who answers for each cooperative (its manager, or its phone for SMS answers).
 */
final class Generated {

    /** The data set's "now": fixed, so that timestamps are the same on every run. */
    static final Instant NOW = Instant.parse("2026-11-01T00:00:00Z");

    private static final DateTimeFormatter DATETIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSSSSS");

    /** One generated cooperative, as later steps need it. */
    record Cooperative(String id, String regionCode, String sectorCode, boolean women, boolean live,
            long createdAtMillis, String nameFr, String nameAr, Vocabulary.City city, String phone) {
    }

    /** One generated product, as orders need it: {@code active} is ACTIVE and of a live cooperative. */
    record Product(String id, int cooperative, String price, int stock, boolean active, String sku, String nameFr,
            String nameAr, long createdAtMillis) {
    }

    /** One generated customer account, in creation order. */
    record Customer(String id, long createdAtMillis, String fullName, String phone) {
    }

    final List<Cooperative> cooperatives = new ArrayList<>();
    final List<Product> products = new ArrayList<>();
    final List<Customer> customers = new ArrayList<>();
    final List<String> managerIds = new ArrayList<>();
    /** Cooperative id to the account id of its manager (a cooperative has at most one). */
    final Map<String, String> managerOf = new HashMap<>();

    /** A DATETIME(6) literal in UTC, as Hibernate writes Instants with {@code jdbc.timezone=UTC}. */
    static String datetime(long epochMillis) {
        return LocalDateTime.ofInstant(Instant.ofEpochMilli(epochMillis), ZoneOffset.UTC).format(DATETIME);
    }
}
