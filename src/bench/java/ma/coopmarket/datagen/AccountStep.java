package ma.coopmarket.datagen;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import at.favre.lib.crypto.bcrypt.BCrypt;
import at.favre.lib.crypto.bcrypt.LongPasswordStrategies;

import ma.coopmarket.shared.persistence.Ids;

/**
 * Accounts: customers (who will place the generated orders) and cooperative managers bound to a
 * share of the cooperatives. Every account has the password {@link #PASSWORD}, hashed once with
 * the app's bcrypt settings (salt from the seeded Random, so that reruns match), so the benchmark can
 * sign in as anyone.
 */
final class AccountStep implements Step {

    /** The password of every generated account (a benchmark fixture, never a real secret). */
    static final String PASSWORD = "Bench-Coop-2026";
    private static final int BCRYPT_COST = 10;
    private static final long CUSTOMERS_SINCE = Instant.parse("2023-01-01T00:00:00Z").toEpochMilli();

    private static final String[] FIRST = { "Fatima", "Khadija", "Aicha", "Salma", "Naima", "Zineb", "Hanane",
        "Meryem", "Latifa", "Samira", "Mohamed", "Ahmed", "Youssef", "Hassan", "Omar", "Rachid", "Brahim", "Abdellah",
        "Mustapha", "Said", "Imane", "Karim", "Nadia", "Hamid" };
    private static final String[] LAST = { "El Amrani", "Benali", "Ait Ouahmane", "Bouzid", "El Idrissi", "Alaoui",
        "Bennani", "Tazi", "Berrada", "Ouchen", "Amzil", "Oubaha", "El Fassi", "Chraibi", "Lahlou", "Zerouali",
        "Naciri", "Ait Lahcen" };
    private static final String[] ARABIC = { "فاطمة العمراني", "خديجة بنعلي", "عائشة أيت واحمان", "يوسف الإدريسي",
        "حسن العلوي", "إبراهيم أمزيل", "نعيمة الفاسي", "رشيد التازي" };

    private final int customers;
    private final double managedShare;

    AccountStep(int customers, double managedShare) {
        this.customers = customers;
        this.managedShare = managedShare;
    }

    @Override
    public String name() {
        return "accounts";
    }

    @Override
    public void run(Connection connection, Generated data, Random random) throws SQLException {
        BCrypt.Version version = BCrypt.Version.VERSION_2B;
        byte[] salt = new byte[16];
        random.nextBytes(salt);
        String hash = new String(BCrypt.with(version, LongPasswordStrategies.hashSha512(version))
                .hash(BCRYPT_COST, salt, PASSWORD.getBytes(StandardCharsets.UTF_8)), StandardCharsets.UTF_8);
        long now = Generated.NOW.toEpochMilli();
        List<String[]> bindings = new ArrayList<>();
        try (BatchInsert accounts = new BatchInsert(connection, "user_account", 1000, "id", "email", "phone",
                "full_name", "password_hash", "role", "preferred_language", "created_at", "updated_at", "version")) {
            // Customers, in creation order.
            long step = (now - CUSTOMERS_SINCE) / Math.max(1, customers);
            for (int i = 0; i < customers; i++) {
                long created = CUSTOMERS_SINCE + i * step + random.nextInt((int) Math.max(1, step));
                String id = Ids.of(created, random);
                String phone = phone(random);
                String fullName = fullName(random);
                accounts.add(id, "customer" + (i + 1) + "@bench.coopmarket.ma", phone, fullName, hash,
                        "CUSTOMER", language(random), Generated.datetime(created), Generated.datetime(created), 0L);
                data.customers.add(new Generated.Customer(id, created, fullName, phone));
            }
            // One manager for a share of the live cooperatives; some managers run two.
            int n = 0;
            String previous = null;
            for (Generated.Cooperative c : data.cooperatives) {
                if (!c.live() || random.nextDouble() >= managedShare) {
                    continue;
                }
                if (previous != null && random.nextInt(10) == 0) {
                    bindings.add(new String[] { previous, c.id() });
                    data.managerOf.put(c.id(), previous);
                    previous = null;
                    continue;
                }
                long created = c.createdAtMillis() + random.nextInt(86_400_000);
                String id = Ids.of(created, random);
                accounts.add(id, "manager" + (++n) + "@bench.coopmarket.ma", phone(random), fullName(random), hash,
                        "COOPERATIVE_MANAGER", language(random), Generated.datetime(created),
                        Generated.datetime(created), 0L);
                bindings.add(new String[] { id, c.id() });
                data.managerOf.put(c.id(), id);
                data.managerIds.add(id);
                previous = id;
            }
        }
        try (BatchInsert managed = new BatchInsert(connection, "manager_cooperative", 1000, "user_id",
                "cooperative_id")) {
            for (String[] binding : bindings) {
                managed.add((Object[]) binding);
            }
        }
    }

    static String fullName(Random random) {
        if (random.nextInt(5) == 0) {
            return ARABIC[random.nextInt(ARABIC.length)];
        }
        return FIRST[random.nextInt(FIRST.length)] + " " + LAST[random.nextInt(LAST.length)];
    }

    static String phone(Random random) {
        return random.nextInt(10) < 9 ? String.format("+2126%08d", random.nextInt(100_000_000)) : null;
    }

    private static String language(Random random) {
        int r = random.nextInt(10);
        return r < 6 ? "fr" : r < 9 ? "ar" : "en";
    }
}
