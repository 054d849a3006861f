import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.function.ToDoubleFunction;

/**
 * Turns the raw measurements of bench/run into bench/out/report.md and report.json: medians over
 * the rounds, ratios to J (the in-memory ceiling measured in the same run) and the goals.
 * Run by bench/run as a single-file program: {@code java bench/Report.java bench/out}.
 */
public class Report {

    /** One wrk run: a scenario in one round. */
    record Run(String scenario, int round, long requests, double seconds, double p50, double p90, double p99,
            double mean, double max, long errors, long timeouts, long status, String extra) {

        double rps() {
            return requests / seconds;
        }
    }

    record Scenario(String key, String title, String goal, double minRatio, double maxP99) {

        Scenario(String key, String title, String goal, double minRatio) {
            this(key, title, goal, minRatio, 0);
        }
    }

    static final List<Scenario> SCENARIOS = List.of(
            new Scenario("J", "J: in-memory JSON (GET /api/v1/bench/ping)", "ceiling", 0),
            new Scenario("D", "D: the same after one SELECT 1 on a pooled connection (GET /api/v1/bench/db)",
                    "floor of a database read", 0),
            new Scenario("product", "Product by id", ">= 0.30 x J", 0.30),
            new Scenario("catalogue", "Catalogue page: region + category + inStock, sort=price", ">= 0.20 x J", 0.20),
            new Scenario("search_fr", "Text search, French (q=)", ">= 0.10 x J", 0.10),
            new Scenario("search_ar", "Text search, Arabic (q=)", ">= 0.10 x J", 0.10),
            new Scenario("search_tail", "Search, long tail: 1,600 distinct queries (fr/ar, pairs, prefixes, 10% misspelt)",
                    ">= 0.10 x J, p99 < 100 ms", 0.10, 100),
            new Scenario("catalogue_tail", "Catalogue, long tail: every region x category x sort, pages 0-5",
                    ">= 0.10 x J", 0.10),
            new Scenario("suggest", "Type-ahead: 1,000 distinct typed prefixes", ">= 0.30 x J", 0.30),
            new Scenario("photo", "Photo: a 600 px WebP variant from the file system store", ">= 0.50 x J", 0.50),
            new Scenario("first_page", "Catalogue, sort=price, page 0 of 20", "", 0),
            new Scenario("deep_page", "Catalogue, sort=price, page 5,000 of 20 (offset)", "", 0),
            new Scenario("deep_cursor", "Catalogue, sort=price, 100,000 rows in, by cursor", "", 0),
            new Scenario("product_304", "Product by id, If-None-Match (304)", "", 0),
            new Scenario("directory", "Cooperatives directory: region + sector + women", "", 0),
            new Scenario("stats", "Statistics (groupBy region / sector)", "", 0));

    public static void main(String[] args) throws IOException {
        Path out = Path.of(args.length > 0 ? args[0] : "bench/out");
        Properties meta = new Properties();
        try (var in = Files.newBufferedReader(out.resolve("meta.properties"), StandardCharsets.UTF_8)) {
            meta.load(in);
        }
        List<Run> runs = readRuns(out.resolve("results.tsv"));
        List<String[]> starts = readTsv(out.resolve("startup.tsv"));
        List<String[]> rss = readTsv(out.resolve("rss.tsv"));
        List<String[]> killed = readTsv(out.resolve("killed.tsv"));
        List<OrderRun> orderRuns = readTsv(out.resolve("orders.tsv")).stream().map(OrderRun::of).toList();

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("meta", new LinkedHashMap<>(new java.util.TreeMap<>(meta)));
        StringBuilder md = new StringBuilder();
        md.append("# CoopMarket benchmark report\n\n");
        md.append(String.format("Run %s on commit `%s`%s; %s cores; %s; data: %s cooperatives, %s products.%n",
                meta.getProperty("date"), meta.getProperty("commit"),
                "true".equals(meta.getProperty("dirty")) ? " (with uncommitted changes)" : "",
                meta.getProperty("cores"), meta.getProperty("database"), meta.getProperty("cooperatives"),
                meta.getProperty("products")));
        md.append(String.format("wrk %s threads, %s connections, %s rounds of %s s per scenario after %s s of warm-up;"
                + " JVM options: `%s`; DB pool: %s; InnoDB buffer pool: %s MB; read cache: %s; orders placed during"
                + " the reads: %s/s.%n%n",
                meta.getProperty("threads"), meta.getProperty("connections"), meta.getProperty("rounds"),
                meta.getProperty("duration"), meta.getProperty("warmup"), meta.getProperty("javaOpts", ""),
                meta.getProperty("poolMax"), meta.getProperty("bufferPoolMb"), meta.getProperty("readCache", "true"),
                meta.getProperty("mixedOrders", "0")));

        // Throughput and latency, medians over the rounds.
        Map<String, Map<String, Object>> summary = new LinkedHashMap<>();
        double j = median(rounds(runs, "J"), Run::rps);
        md.append("## Throughput (closed loop, saturated)\n\n");
        md.append("| scenario | req/s (median) | ratio to J | p50 ms | p99 ms | errors | goal | met |\n");
        md.append("|---|---:|---:|---:|---:|---:|---|---|\n");
        for (Scenario s : SCENARIOS) {
            List<Run> r = rounds(runs, s.key());
            if (r.isEmpty()) {
                continue;
            }
            double rps = median(r, Run::rps);
            double ratio = rps / j;
            long errors = r.stream().mapToLong(x -> x.errors() + x.timeouts() + x.status()).sum();
            long completed = r.stream().mapToLong(Run::requests).sum();
            Boolean met = s.minRatio() > 0 ? ratio >= s.minRatio() && errors == 0 && completed > 0
                    && (s.maxP99() == 0 || median(r, Run::p99) < s.maxP99()) : null;
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("title", s.title());
            row.put("rounds_rps", r.stream().map(x -> round(x.rps(), 1)).toList());
            row.put("median_rps", round(rps, 1));
            row.put("ratio_to_J", round(ratio, 4));
            row.put("median_p50_ms", round(median(r, Run::p50), 3));
            row.put("median_p99_ms", round(median(r, Run::p99), 3));
            row.put("max_p99_ms", round(r.stream().mapToDouble(Run::p99).max().orElse(0), 3));
            row.put("errors", errors);
            row.put("requests", r.stream().mapToLong(Run::requests).sum());
            if (met != null) {
                row.put("goal", s.goal());
                row.put("met", met);
            }
            summary.put(s.key(), row);
            String p50 = completed == 0 ? "none done" : fmt(median(r, Run::p50), 2);
            String p99 = completed == 0 ? "in 10 s" : fmt(median(r, Run::p99), 2);
            md.append(String.format("| %s | %s | %s | %s | %s | %d | %s | %s |%n", s.title(), fmt(rps, 1),
                    fmt(ratio, 3), p50, p99, errors, s.goal(), met == null ? "" : met ? "yes" : "**no**"));
        }
        json.put("throughput", summary);

        // A 12-megapixel JPEG turned into its original and variants (the upload's whole answer time).
        Path processing = out.resolve("photo_processing.tsv");
        if (Files.exists(processing)) {
            List<Double> seconds = Files.readAllLines(processing).stream().filter(l -> !l.isBlank())
                    .map(Double::valueOf).sorted().toList();
            if (!seconds.isEmpty()) {
                double median = seconds.get(seconds.size() / 2);
                md.append(String.format("%nPhoto upload, 12 MP JPEG into its original and 200/600/1200 px WebP and JPEG "
                        + "variants (whole request, %d runs): median %.0f ms, min %.0f ms, max %.0f ms.%n", seconds.size(),
                        median * 1000, seconds.get(0) * 1000, seconds.get(seconds.size() - 1) * 1000));
                json.put("photo_upload_12mp_ms", Map.of("median", round(median * 1000, 0), "runs", seconds.size()));
            }
        }

        // Deep page against the first page of the same listing.
        Map<String, Object> deep = new LinkedHashMap<>();
        md.append("\n## Deep pages (goal: page 5,000 of 20 costs at most 2 x the first page)\n\n");
        md.append("| listing | cost vs first page (req/s ratio) | p50 ratio | met |\n|---|---:|---:|---|\n");
        for (String key : List.of("deep_page", "deep_cursor")) {
            if (rounds(runs, key).isEmpty() || rounds(runs, "first_page").isEmpty()) {
                continue;
            }
            if (median(rounds(runs, key), Run::rps) == 0 || median(rounds(runs, "first_page"), Run::rps) == 0) {
                md.append(String.format("| %s | no request completed | | **no** |%n", key));
                deep.put(key, Map.of("met", false, "note", "no request completed"));
                continue;
            }
            double cost = median(rounds(runs, "first_page"), Run::rps) / median(rounds(runs, key), Run::rps);
            double p50 = median(rounds(runs, key), Run::p50) / median(rounds(runs, "first_page"), Run::p50);
            boolean met = cost <= 2.0;
            deep.put(key, Map.of("cost_ratio", round(cost, 3), "p50_ratio", round(p50, 3), "met", met));
            md.append(String.format("| %s | %s | %s | %s |%n", key.equals("deep_page") ? "page=5000&size=20 (offset)"
                    : "cursor 100,000 rows in (keyset)", fmt(cost, 2), fmt(p50, 2), met ? "yes" : "**no**"));
        }
        json.put("deep_pages", deep);

        // Catalogue reads held at 70% of their peak.
        Map<String, Object> steady = new LinkedHashMap<>();
        md.append("\n## Catalogue reads at 70% of their peak (goal: p99 < 50 ms, no errors)\n\n");
        md.append("| scenario | peak req/s | target req/s | achieved req/s | p50 ms | p90 ms | p99 ms | errors | met |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (Run r : runs) {
            if (!r.scenario().startsWith("steady_")) {
                continue;
            }
            String key = r.scenario().substring("steady_".length());
            double peak = median(rounds(runs, key), Run::rps);
            double target = Double.parseDouble(r.extra());
            long errors = r.errors() + r.timeouts() + r.status();
            boolean met = r.p99() < 50 && errors == 0;
            steady.put(key, Map.of("peak_rps", round(peak, 1), "target_rps", round(target, 1), "achieved_rps",
                    round(r.rps(), 1), "p50_ms", r.p50(), "p90_ms", r.p90(), "p99_ms", r.p99(), "errors", errors,
                    "met", met));
            md.append(String.format("| %s | %s | %s | %s (%s%%) | %s | %s | %s | %d | %s |%n", key, fmt(peak, 1),
                    fmt(target, 1), fmt(r.rps(), 1), fmt(100 * r.rps() / peak, 0), fmt(r.p50(), 2), fmt(r.p90(), 2),
                    fmt(r.p99(), 2), errors, met ? "yes" : "**no**"));
        }
        json.put("steady_70pct", steady);

        // Start-up and memory against the empty Quarkus REST app.
        Map<String, Object> startup = new LinkedHashMap<>();
        md.append("\n## Start-up and memory (goals: within 1.5 x an empty Quarkus REST app; with each app's AOT cache,"
                + " start-up within 1.5 x and RSS within 2 x)\n\n");
        md.append("| | empty Quarkus REST app | CoopMarket | ratio | met |\n|---|---:|---:|---:|---|\n");
        // Without an AOT cache ("baseline", "app"), then each app with its own JDK 25 AOT cache ("_aot").
        for (String variant : List.of("", "_aot")) {
            double baseMs = medianOf(starts, "baseline" + variant, 2);
            double appMs = medianOf(starts, "app" + variant, 2);
            if (Double.isNaN(appMs)) {
                continue;
            }
            double baseRss = medianOf(starts, "baseline" + variant, 3) / 1024;
            double appRss = medianOf(starts, "app" + variant, 3) / 1024;
            long trials = starts.stream().filter(r -> r[0].equals("app" + variant)).count();
            String prefix = variant.isEmpty() ? "" : "aot_";
            String label = variant.isEmpty() ? "without an AOT cache" : "each with its own AOT cache";
            startup.put(prefix + "trials", trials);
            startup.put(prefix + "baseline_first_response_ms", round(baseMs, 0));
            startup.put(prefix + "app_first_catalogue_response_ms", round(appMs, 0));
            startup.put(prefix + "time_ratio", round(appMs / baseMs, 3));
            startup.put(prefix + "baseline_rss_mb", round(baseRss, 1));
            startup.put(prefix + "app_rss_mb", round(appRss, 1));
            startup.put(prefix + "rss_ratio", round(appRss / baseRss, 3));
            md.append(String.format("| start to first response (median of %d), %s, ms | %s | %s | %s | %s |%n",
                    trials, label, fmt(baseMs, 0), fmt(appMs, 0), fmt(appMs / baseMs, 2),
                    appMs / baseMs <= 1.5 ? "yes" : "**no**"));
            md.append(String.format("| RSS after it, %s, MB | %s | %s | %s | %s |%n", label, fmt(baseRss, 1),
                    fmt(appRss, 1), fmt(appRss / baseRss, 2), appRss / baseRss <= (variant.isEmpty() ? 1.5 : 2.0)
                            ? "yes" : "**no**"));
        }
        double maxRss = rss.stream().mapToDouble(r -> Double.parseDouble(r[1])).max().orElse(0) / 1024;
        double medRss = median(rss.stream().map(r -> Double.parseDouble(r[1]) / 1024).toList());
        startup.put("rss_under_load_max_mb", round(maxRss, 1));
        startup.put("rss_under_load_median_mb", round(medRss, 1));
        md.append(String.format("| RSS under load (median / max of %d samples), MB | | %s / %s | | |%n", rss.size(),
                fmt(medRss, 1), fmt(maxRss, 1)));
        json.put("startup", startup);

        if (!killed.isEmpty()) {
            md.append("\nQueries still running 10 s after their wrk run (their requests had timed out) were killed so"
                    + " as not to slow the next scenario: ");
            md.append(String.join(", ", killed.stream().map(k -> k[0] + " (" + k[1] + ")").toList())).append(".\n");
            json.put("killed_queries", killed.stream().map(k -> k[0] + ":" + k[1]).toList());
        }

        orders(runs, orderRuns, meta, md, json);

        md.append("\n## Every round\n\n| scenario | round | req/s | p50 ms | p99 ms | max ms | errors (read/connect/write) |"
                + " HTTP >= 400 | timeouts |\n|---|---:|---:|---:|---:|---:|---:|---:|---:|\n");
        for (Run r : runs) {
            md.append(String.format("| %s | %d | %s | %s | %s | %s | %d | %d | %d |%n", r.scenario(), r.round(),
                    fmt(r.rps(), 1), fmt(r.p50(), 2), fmt(r.p99(), 2), fmt(r.max(), 1), r.errors(), r.status(),
                    r.timeouts()));
        }
        Files.writeString(out.resolve("report.md"), md, StandardCharsets.UTF_8);
        Files.writeString(out.resolve("report.json"), toJson(json, "") + "\n", StandardCharsets.UTF_8);
        System.out.print(md.substring(0, md.indexOf("\n## Every round")));
    }

    /** What an order run answered: HTTP statuses, and for the hot product its stock before and after. */
    record OrderRun(String scenario, int round, Map<Integer, Long> statuses, Long stockSet, Long stockAfter,
            Long placed) {

        static OrderRun of(String[] f) {
            Map<Integer, Long> statuses = new java.util.TreeMap<>();
            if (f.length > 2 && !f[2].isBlank()) {
                for (String kv : f[2].split(",")) {
                    String[] p = kv.split("=");
                    statuses.merge(Integer.parseInt(p[0]), Long.parseLong(p[1]), Long::sum);
                }
            }
            return new OrderRun(f[0], Integer.parseInt(f[1]), statuses, number(f, 3), number(f, 4), number(f, 5));
        }

        private static Long number(String[] f, int i) {
            return f.length > i && f[i].matches("-?[0-9]+") ? Long.valueOf(f[i]) : null;
        }

        long count(int status) {
            return statuses.getOrDefault(status, 0L);
        }

        long otherThan(int... allowed) {
            return statuses.entrySet().stream()
                    .filter(e -> java.util.Arrays.stream(allowed).noneMatch(a -> a == e.getKey()))
                    .mapToLong(Map.Entry::getValue).sum();
        }
    }

    /**
     * Order placement: the API's rate over distinct products as a ratio to the same SQL over plain
     * JDBC (goal >= 0.30), and the hot product's rounds checked (only 201 and 409, no oversell).
     */
    static void orders(List<Run> runs, List<OrderRun> orderRuns, Properties meta, StringBuilder md,
            Map<String, Object> json) {
        List<Run> api = rounds(runs, "order_distinct");
        List<Run> jdbc = rounds(runs, "order_jdbc");
        List<Run> hot = rounds(runs, "order_hot");
        if (api.isEmpty() && hot.isEmpty()) {
            return;
        }
        Map<String, Object> section = new LinkedHashMap<>();
        md.append("\n## Order placement (goal: >= 0.30 x the same SQL over plain JDBC; hot product: only 201 and 409,"
                + " no oversell)\n\n");
        md.append(String.format("POST /api/v1/orders, 1 unit of 1 product per order, by %s signed-in customers, %s;"
                + " run after the read scenarios, on products no read path uses (ACTIVE, stock >= 5). JDBC: the"
                + " statements the app sends for one order (OrderPlacementBaseline), %s threads over %s connections"
                + " (the app's pool), on other products of the same kind. Hot product `%s`, %s connections, its stock"
                + " set before each round.%n%n", meta.getProperty("orderCustomers"),
                "true".equals(meta.getProperty("orderIdempotency")) ? "each with a fresh Idempotency-Key"
                        : "without Idempotency-Key",
                meta.getProperty("connections"), meta.getProperty("poolMax"), meta.getProperty("orderHotProduct"),
                meta.getProperty("orderHotConnections")));
        md.append("| scenario | req/s (median) | ratio to JDBC | p50 ms | p99 ms | statuses (all rounds) | goal | met |\n");
        md.append("|---|---:|---:|---:|---:|---|---|---|\n");
        double base = median(jdbc, Run::rps);
        Boolean hotMet = null;
        List<Map<String, Object>> hotRounds = new ArrayList<>();
        for (String key : List.of("order_jdbc", "order_distinct", "order_hot")) {
            List<Run> r = rounds(runs, key);
            if (r.isEmpty()) {
                continue;
            }
            List<OrderRun> o = orderRuns.stream().filter(x -> x.scenario().equals(key)).toList();
            Map<Integer, Long> statuses = new java.util.TreeMap<>();
            o.forEach(x -> x.statuses().forEach((k, v) -> statuses.merge(k, v, Long::sum)));
            long socketErrors = r.stream().mapToLong(x -> x.errors() + x.timeouts()).sum();
            double rps = median(r, Run::rps);
            double ratio = rps / base;
            String title;
            String goal;
            Boolean met;
            Map<String, Object> row = new LinkedHashMap<>();
            switch (key) {
                case "order_jdbc" -> {
                    title = "JDBC baseline: the app's SQL for one order";
                    goal = "baseline";
                    met = null;
                }
                case "order_distinct" -> {
                    title = "Order placement, distinct products";
                    goal = ">= 0.30 x JDBC";
                    long others = o.stream().mapToLong(x -> x.otherThan(201)).sum();
                    met = !jdbc.isEmpty() && ratio >= 0.30 && others == 0 && socketErrors == 0
                            && statuses.getOrDefault(201, 0L) > 0;
                }
                default -> {
                    title = "Order placement, one hot product, " + meta.getProperty("orderHotConnections")
                            + " connections";
                    goal = "only 201/409, 201s = stock, stock 0";
                    boolean all = true;
                    for (OrderRun x : o) {
                        Run w = r.stream().filter(y -> y.round() == x.round()).findFirst().orElse(null);
                        long others = x.otherThan(201, 409);
                        long sockets = w == null ? 0 : w.errors() + w.timeouts();
                        boolean ok = others == 0 && sockets == 0 && x.stockAfter() != null && x.stockAfter() == 0
                                && x.placed() != null && x.stockSet() != null && x.placed().equals(x.stockSet())
                                && x.count(201) == x.stockSet();
                        all &= ok;
                        Map<String, Object> h = new LinkedHashMap<>();
                        h.put("round", x.round());
                        h.put("stock_set", x.stockSet());
                        h.put("status_201", x.count(201));
                        h.put("status_409", x.count(409));
                        h.put("other_statuses", others);
                        h.put("socket_errors", sockets);
                        h.put("stock_after", x.stockAfter());
                        h.put("orders_in_database", x.placed());
                        h.put("met", ok);
                        hotRounds.add(h);
                    }
                    met = !o.isEmpty() && all;
                    hotMet = met;
                    row.put("rounds_check", hotRounds);
                }
            }
            String statusText = statuses.isEmpty() ? "none"
                    : String.join(", ", statuses.entrySet().stream().map(e -> e.getKey() + ": " + fmt(e.getValue(), 0))
                            .toList());
            if (socketErrors > 0) {
                statusText += ", socket errors/timeouts: " + socketErrors;
            }
            row.put("title", title);
            row.put("rounds_rps", r.stream().map(x -> round(x.rps(), 1)).toList());
            row.put("median_rps", round(rps, 1));
            if (!key.equals("order_hot")) {
                row.put("ratio_to_jdbc", round(ratio, 4));
            }
            row.put("median_p50_ms", round(median(r, Run::p50), 3));
            row.put("median_p99_ms", round(median(r, Run::p99), 3));
            row.put("statuses", statuses.entrySet().stream().collect(java.util.stream.Collectors.toMap(
                    e -> String.valueOf(e.getKey()), Map.Entry::getValue, (a, b) -> a, LinkedHashMap::new)));
            row.put("socket_errors", socketErrors);
            if (met != null) {
                row.put("goal", goal);
                row.put("met", met);
            }
            section.put(key, row);
            md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s |%n", title, fmt(rps, 1),
                    key.equals("order_hot") || jdbc.isEmpty() ? "" : fmt(ratio, 3), fmt(median(r, Run::p50), 2),
                    fmt(median(r, Run::p99), 2), statusText, goal, met == null ? "" : met ? "yes" : "**no**"));
        }
        if (!hotRounds.isEmpty()) {
            md.append("\nHot product, each round (its stock set by SQL before; after the run, its stock and its order"
                    + " lines counted by SQL):\n\n");
            md.append("| round | stock set | 201 | 409 | other statuses | stock after | orders in the database | met |\n");
            md.append("|---:|---:|---:|---:|---:|---:|---:|---|\n");
            for (Map<String, Object> h : hotRounds) {
                md.append(String.format("| %s | %s | %s | %s | %s | %s | %s | %s |%n", h.get("round"), h.get("stock_set"),
                        h.get("status_201"), h.get("status_409"), ((Long) h.get("other_statuses"))
                                + ((Long) h.get("socket_errors")), h.get("stock_after"), h.get("orders_in_database"),
                        Boolean.TRUE.equals(h.get("met")) ? "yes" : "**no**"));
            }
            section.put("hot_check_met", hotMet);
        }
        json.put("orders", section);
    }

    static List<Run> readRuns(Path file) throws IOException {
        List<Run> runs = new ArrayList<>();
        for (String[] f : readTsv(file)) {
            // scenario round requests duration_us p50 p90 p99 mean max connect read write status timeout [extra]
            runs.add(new Run(f[0], Integer.parseInt(f[1]), Long.parseLong(f[2]), Long.parseLong(f[3]) / 1e6,
                    d(f[4]), d(f[5]), d(f[6]), d(f[7]), d(f[8]),
                    Long.parseLong(f[9]) + Long.parseLong(f[10]) + Long.parseLong(f[11]), Long.parseLong(f[13]),
                    Long.parseLong(f[12]), f.length > 14 ? f[14] : ""));
        }
        return runs;
    }

    static List<String[]> readTsv(Path file) throws IOException {
        if (!Files.exists(file)) {
            return List.of();
        }
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().filter(l -> !l.isBlank())
                .map(l -> l.split("\t")).toList();
    }

    static List<Run> rounds(List<Run> runs, String scenario) {
        return runs.stream().filter(r -> r.scenario().equals(scenario)).toList();
    }

    static double median(List<Run> runs, ToDoubleFunction<Run> f) {
        return median(runs.stream().map(f::applyAsDouble).toList());
    }

    static double medianOf(List<String[]> rows, String kind, int column) {
        return median(rows.stream().filter(r -> r[0].equals(kind)).map(r -> Double.parseDouble(r[column])).toList());
    }

    static double median(List<Double> values) {
        if (values.isEmpty()) {
            return Double.NaN;
        }
        List<Double> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    static double d(String s) {
        return Double.parseDouble(s);
    }

    static double round(double v, int places) {
        double scale = Math.pow(10, places);
        return Math.round(v * scale) / scale;
    }

    static String fmt(double v, int places) {
        return String.format(Locale.ROOT, "%,." + places + "f", v);
    }

    @SuppressWarnings("unchecked")
    static String toJson(Object value, String indent) {
        if (value instanceof Map<?, ?> map) {
            StringBuilder sb = new StringBuilder("{\n");
            int i = 0;
            for (Map.Entry<?, ?> e : map.entrySet()) {
                sb.append(indent).append("  \"").append(escape(e.getKey().toString())).append("\": ")
                        .append(toJson(e.getValue(), indent + "  ")).append(++i < map.size() ? ",\n" : "\n");
            }
            return sb.append(indent).append('}').toString();
        }
        if (value instanceof List<?> list) {
            List<String> items = list.stream().map(v -> toJson(v, indent + "  ")).toList();
            return "[" + String.join(", ", items) + "]";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return value instanceof Double dv && (dv.isNaN() || dv.isInfinite()) ? "null" : value.toString();
        }
        return value == null ? "null" : "\"" + escape(value.toString()) + "\"";
    }

    static String escape(String s) {
        return s.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
    }
}
