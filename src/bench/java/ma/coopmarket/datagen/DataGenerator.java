package ma.coopmarket.datagen;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Random;

import org.flywaydb.core.Flyway;

/**
 * Generates the national-scale data set into a fresh database: drops and recreates it (only if
 * its name contains "bench"), migrates it with the app's own Flyway scripts, then runs one
 * {@link Step} per entity. Same seed, same data: ids, names, prices and timestamps included.
 *
 * <p>Run with {@code bench/generate}; settings in {@link Settings}.
 */
public final class DataGenerator {

    private DataGenerator() {
    }

    public static void main(String[] args) throws SQLException {
        Settings settings = Settings.fromEnvironment();
        long started = System.nanoTime();
        if (settings.reset()) {
            recreate(settings);
        }
        Flyway.configure().dataSource(settings.url(), settings.user(), settings.password())
                .locations("classpath:db/migration").load().migrate();
        List<Step> steps = List.of(
                new CooperativeStep(settings.cooperatives(), settings.archivedCooperatives()),
                new AccountStep(settings.customers(), settings.managedShare()),
                new ProductStep(settings.products()),
                new OrderStep(settings.orders()),
                new EnrollmentStep(settings.enrollments())
        );
        try (Connection connection = DriverManager.getConnection(settings.url(), settings.user(), settings.password())) {
            connection.setAutoCommit(false);
            if (count(connection, "product") > 0) {
                throw new IllegalStateException("Database " + settings.database()
                        + " already holds products; generate into a fresh one (generate.reset=true)");
            }
            Generated data = new Generated();
            for (Step step : steps) {
                long t0 = System.nanoTime();
                step.run(connection, data, new Random(settings.seed() * 31 + step.name().hashCode()));
                connection.commit();
                System.out.printf("generate: %-13s done in %5.1f s%n", step.name(), (System.nanoTime() - t0) / 1e9);
            }
            try (Statement st = connection.createStatement()) {
                st.execute("ANALYZE TABLE cooperative, product, user_account, manager_cooperative, customer_order,"
                        + " order_part, order_line, order_part_transition, programme, training, training_enrollment");
            }
            report(connection);
        }
        System.out.printf("generate: %s filled in %.1f s (seed %d)%n", settings.database(),
                (System.nanoTime() - started) / 1e9, settings.seed());
    }

    private static void recreate(Settings settings) throws SQLException {
        String database = settings.database();
        if (!database.matches("[A-Za-z0-9_]*bench[A-Za-z0-9_]*")) {
            throw new IllegalArgumentException("Refusing to drop database '" + database
                    + "': its name must contain 'bench' (or pass -Dgenerate.reset=false into an empty database)");
        }
        try (Connection server = DriverManager.getConnection(settings.serverUrl(), settings.user(), settings.password());
                Statement st = server.createStatement()) {
            st.execute("DROP DATABASE IF EXISTS " + database);
            st.execute("CREATE DATABASE " + database + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        }
    }

    private static void report(Connection connection) throws SQLException {
        for (String table : List.of("cooperative", "user_account", "manager_cooperative", "product", "customer_order",
                "order_part", "order_line", "order_part_transition", "programme", "training", "training_enrollment")) {
            System.out.printf("generate: %-22s %,9d rows%n", table, count(connection, table));
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT COUNT(*), SUM(c.women_cooperative), SUM(e.gender = 'FEMALE') FROM training_enrollment e"
                        + " JOIN cooperative c ON c.id = e.cooperative_id")) {
            rs.next();
            long enrolments = Math.max(1, rs.getLong(1));
            System.out.printf("generate:   enrolments: %.0f%% from women's cooperatives, %.0f%% women participants%n",
                    100.0 * rs.getLong(2) / enrolments, 100.0 * rs.getLong(3) / enrolments);
        }
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(
                "SELECT region_code, COUNT(*), SUM(women_cooperative) FROM cooperative WHERE archived_at IS NULL"
                        + " GROUP BY region_code ORDER BY region_code")) {
            while (rs.next()) {
                System.out.printf("generate:   %s %,6d cooperatives, %,5d women's%n", rs.getString(1), rs.getLong(2),
                        rs.getLong(3));
            }
        }
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
