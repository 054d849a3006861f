package ma.coopmarket.datagen;

/**
 * What to generate and where. Read from system properties ({@code -Dgenerate.products=...}) with
 * the environment as a fallback for the connection, so {@code bench/generate} and {@code bench/run}
 * share {@code BENCH_DB_URL}.
 */
record Settings(String url, String user, String password, long seed, int cooperatives, int archivedCooperatives,
        int products, int customers, double managedShare, int orders, int enrollments, boolean reset) {

    static Settings fromEnvironment() {
        return new Settings(
                value("generate.url", "BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/coopmarket_bench"),
                value("generate.user", "DB_USER", "root"),
                value("generate.password", "DB_PASSWORD", ""),
                Long.parseLong(value("generate.seed", null, "20201015")),
                Integer.parseInt(value("generate.cooperatives", null, "27262")),
                Integer.parseInt(value("generate.archivedCooperatives", null, "138")),
                Integer.parseInt(value("generate.products", null, "300000")),
                Integer.parseInt(value("generate.customers", null, "50000")),
                Double.parseDouble(value("generate.managedShare", null, "0.30")),
                Integer.parseInt(value("generate.orders", null, "1000000")),
                Integer.parseInt(value("generate.enrollments", null, "40000")),
                Boolean.parseBoolean(value("generate.reset", null, "true")));
    }

    /** The database name: the last path segment of the JDBC URL, without parameters. */
    String database() {
        String path = url.substring(url.indexOf("//") + 2);
        String name = path.substring(path.indexOf('/') + 1);
        int params = name.indexOf('?');
        return params < 0 ? name : name.substring(0, params);
    }

    /** The same URL without the database, to create or drop it. */
    String serverUrl() {
        String path = url.substring(url.indexOf("//") + 2);
        return url.substring(0, url.indexOf("//") + 2) + path.substring(0, path.indexOf('/') + 1);
    }

    private static String value(String property, String env, String fallback) {
        String v = System.getProperty(property);
        if ((v == null || v.isBlank()) && env != null) {
            v = System.getenv(env);
        }
        return v == null || v.isBlank() ? fallback : v;
    }
}
