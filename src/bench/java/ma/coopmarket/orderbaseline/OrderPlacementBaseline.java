package ma.coopmarket.orderbaseline;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import ma.coopmarket.order.OrderPartChanged;
import ma.coopmarket.order.PartStatus;
import ma.coopmarket.shared.crypto.Hashes;
import ma.coopmarket.shared.persistence.Ids;
import ma.coopmarket.shared.text.Language;
import ma.coopmarket.sms.SmsTemplates;
import ma.coopmarket.sms.SmsText;

/**
 * The baseline of the order-placement scenario of bench/run: the statements that the app sends to
 * the database for one {@code POST /api/v1/orders} of one unit of one product, sent here directly
 * over JDBC (the same MariaDB driver, same URL, client-side prepared statements as the app), in
 * the same order and the same transactions, by {@code threads} threads over a pool of {@code pool}
 * connections (bench/run: 32 threads, the app's pool size), for a fixed time. The ratio of the
 * API's rate to this one is what the app adds on top of the SQL it needs: HTTP, JSON, security,
 * validation, Hibernate, CDI events, transactions.
 *
 * <p>The statements, captured from the MariaDB general log while the packaged app placed one order
 * of one product of a cooperative that takes SMS (bench/README.md lists them), and why each is there:
 * <ol>
 * <li>{@code Idempotency-Key} only (bench/run sends a fresh key with every order, as the API asks
 * clients to): one transaction of its own before the order, {@code IdempotencyStore.claim}: a
 * {@code delete} of the key's record if it expired, then the IN_PROGRESS {@code insert}, in
 * {@code set autocommit=0} ... {@code COMMIT}, {@code set autocommit=1}.
 * <li>The order's transaction ({@code OrderPlacementService.place}, started by {@code IdempotencyService}):
 * <ol>
 * <li>{@code select} the product's status and its cooperative's archival ({@code ProductRepository.availability});
 * <li>the conditional {@code update} that takes the stock and bumps the version ({@code ProductRepository.takeStock});
 * when it matches no row, {@code select} the stock left ({@code stockOf}) and roll back: a 409;
 * <li>{@code select} the moved product once, for its {@code ProductChanged} event and the line's price and
 * names ({@code ProductRepository.stockMoves}; the delivery region is checked in memory);
 * <li>{@code select} the partners following the cooperative ({@code WebhookPublisher}, once per cooperative
 * and transaction; with followers the app would also read their endpoints and queue one outbox row per
 * subscribed endpoint: the generated data has no partners, so neither does anything here);
 * <li>{@code select count(*)} of orders with the new reference, and of the cooperative's parts with the new
 * part code (each repeated while taken, as the app does);
 * <li>{@code insert} the order, its part, the part's first transition and the line (the flush of
 * {@code orders.flush()}: Hibernate's order);
 * <li>{@code select} the whole cooperative row ({@code SmsNotifier} through {@code CooperativeService.get},
 * on the {@code OrderPartChanged} event);
 * <li>with a key: {@code update} the key's record to COMPLETED with the response body ({@code IdempotencyStore.complete});
 * <li>if the cooperative takes SMS and has a phone: {@code insert} the SMS into {@code outbox_message}
 * (flushed at commit), its text from the app's own {@link SmsTemplates};
 * <li>at commit ({@code ChangeTracker}): {@code update change_sequence} (+1), {@code select} the new value,
 * {@code update product set change_seq}; then {@code COMMIT} and {@code set autocommit=1} (the pool
 * resets auto-commit when the connection comes back).
 * </ol>
 * </ol>
 * A failed order with a key also frees it ({@code IdempotencyStore.release}: Panache's {@code deleteById},
 * a {@code select} then a {@code delete}, in a transaction of its own), as the app does.
 * Connections are set up as the app's pool sets them up: READ COMMITTED and
 * {@code innodb_lock_wait_timeout=10}; waiting more than 5 s for one is a 503, as in the app.
 *
 * <p>Settings, as {@code key=value} arguments (or {@code -Dbaseline.key=value}): {@code products}
 * (a file of product ids, one a line; order i takes product {@code (offset + i) mod n}), {@code customers}
 * (a file of customer account ids), {@code offset} (0), {@code threads} (32), {@code pool} (8),
 * {@code seconds} (10), {@code warmup} (2, not measured), {@code idempotency} (true), {@code note}
 * (the orders' note, by which bench/run finds and deletes them), {@code key} (prefix of the
 * Idempotency-Keys), {@code url} / {@code user} / {@code password} (else BENCH_DB_URL, DB_USER,
 * DB_PASSWORD), {@code out} (appends the wrk-like result line of bench/run), {@code statuses}
 * (writes {@code status<TAB>count} lines). Prints {@code offset=<next free index>} last.
 */
public final class OrderPlacementBaseline {

    // --- The statements, as Hibernate writes them (same text, so the same bytes on the wire) ------
    static final String DELETE_EXPIRED_KEY =
            "delete ir1_0 from idempotency_key ir1_0 where ir1_0.id=? and ir1_0.expires_at<?";
    static final String CLAIM_KEY = "insert into idempotency_key (caller_id,claim_token,created_at,expires_at,"
            + "idempotency_key,lease_until,request_hash,response_body,response_status,state,id)"
            + " values (?,?,?,?,?,?,?,?,?,?,?)";
    static final String FIND_KEY = "select ir1_0.id,ir1_0.caller_id,ir1_0.created_at,ir1_0.expires_at,"
            + "ir1_0.idempotency_key,ir1_0.request_hash,ir1_0.response_body,ir1_0.response_status,ir1_0.state"
            + " from idempotency_key ir1_0 where ir1_0.id=?";
    static final String RELEASE_KEY = "delete from idempotency_key where id=? and claim_token=? and state=?";
    static final String AVAILABILITY = "select p1_0.id,p1_0.status,c1_0.archived_at from product p1_0"
            + " join cooperative c1_0 on c1_0.id=p1_0.cooperative_id where p1_0.id in (?)";
    static final String TAKE_STOCK = "update product p1_0 set stock=(p1_0.stock-?),version=(p1_0.version+1),"
            + "updated_at=? where p1_0.id=? and p1_0.stock>=? and p1_0.status=?";
    static final String STOCK_OF = "select p1_0.stock from product p1_0 where p1_0.id=?";
    static final String STOCK_MOVES = "select p1_0.id,c1_0.id,p1_0.partner_id,p1_0.external_ref,p1_0.version,"
            + "p1_0.stock,p1_0.status,p1_0.sku,p1_0.name_fr,p1_0.name_ar,p1_0.price,c1_0.name_fr,c1_0.name_ar"
            + " from product p1_0"
            + " join cooperative c1_0 on c1_0.id=p1_0.cooperative_id where p1_0.id in (?) order by p1_0.id";
    static final String FOLLOWERS = "select p1_0.id,p1_0.created_at,p1_0.name,p1_0.permissions,p1_0.updated_at,"
            + "p1_0.version from partner p1_0 join partner_cooperative ci1_0 on p1_0.id=ci1_0.partner_id"
            + " where ci1_0.cooperative_id=?";
    static final String REFERENCE_TAKEN = "select count(*) from customer_order co1_0 where co1_0.reference=?";
    static final String CODE_TAKEN = "select count(*) from order_part op1_0 where op1_0.cooperative_id=?"
            + " and op1_0.code=?";
    static final String INSERT_ORDER = "insert into customer_order (created_at,currency,customer_id,"
            + "delivery_address,delivery_city,delivery_name,delivery_phone,delivery_region_code,note,payment_method,"
            + "reference,status,total,updated_at,version,id) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    static final String INSERT_PART = "insert into order_part (amount_to_collect,cash_collected_at,"
            + "cash_collected_by,code,cooperative_id,cooperative_name_ar,cooperative_name_fr,created_at,expires_at,"
            + "expiry_warned_at,order_id,refusal_reason,status,subtotal,updated_at,version,id)"
            + " values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    static final String INSERT_TRANSITION = "insert into order_part_transition (actor_id,actor_kind,created_at,"
            + "from_status,note,part_id,to_status,id) values (?,?,?,?,?,?,?,?)";
    static final String INSERT_LINE = "insert into order_line (line_total,name_ar,name_fr,part_id,product_id,"
            + "quantity,sku,unit_price,id) values (?,?,?,?,?,?,?,?,?)";
    static final String COOPERATIVE = "select c1_0.id,c1_0.archived_at,c1_0.change_seq,c1_0.city,c1_0.created_at,"
            + "c1_0.description_ar,c1_0.description_en,c1_0.description_fr,c1_0.email,c1_0.founded_year,"
            + "c1_0.legal_form,c1_0.member_count,c1_0.name_ar,c1_0.name_en,c1_0.name_fr,c1_0.phone,c1_0.region_code,"
            + "c1_0.registration_number,c1_0.search_text,c1_0.sector_code,c1_0.sms_language,c1_0.sms_notifications,"
            + "c1_0.status,c1_0.updated_at,c1_0.version,c1_0.women_cooperative from cooperative c1_0 where c1_0.id=?";
    static final String COMPLETE_KEY = "update idempotency_key ir1_0 set state=?,response_status=?,response_body=?,"
            + "lease_until=null where ir1_0.id=? and ir1_0.claim_token=? and ir1_0.state=?";
    static final String INSERT_OUTBOX = "insert into outbox_message (aggregate_id,attempts,channel,created_at,"
            + "destination,event_type,last_error,lease_owner,lease_until,next_attempt_at,payload,provider_ref,sent_at,"
            + "status,updated_at,id) values (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    static final String NEXT_SEQUENCE = "update change_sequence set current_seq = current_seq + 1 where feed = ?";
    static final String READ_SEQUENCE = "select current_seq from change_sequence where feed = ?";
    static final String STAMP_PRODUCTS = "update product set change_seq = ? where id in (?)";

    // --- What the bench's orders say: the same as bench/wrk/orders.lua sends ---------------------
    static final String DELIVERY_NAME = "Salma Benali";
    static final String DELIVERY_PHONE = "+212612345678";
    static final String DELIVERY_CITY = "Agadir";
    static final String DELIVERY_REGION = "MA-09";
    static final String DELIVERY_ADDRESS = "12, rue Al Massira, quartier Dakhla";
    static final int QUANTITY = 1;
    static final Duration CONFIRMATION_TIMEOUT = Duration.ofHours(48);
    static final Duration KEY_RETENTION = Duration.ofHours(24);
    static final Duration KEY_LEASE = Duration.ofSeconds(60);
    private static final char[] REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();

    private final String url;
    private final String user;
    private final String password;
    private final List<String> products;
    private final List<String> customers;
    private final int offset;
    private final boolean idempotency;
    private final String note;
    private final String keyPrefix;
    private final int poolSize;
    private final BlockingQueue<Connection> pool;
    private final AtomicInteger next = new AtomicInteger();
    private final AtomicLong partnersSeen = new AtomicLong();

    private OrderPlacementBaseline(Map<String, String> settings) throws IOException {
        url = setting(settings, "url", "BENCH_DB_URL", "jdbc:mariadb://127.0.0.1:3306/coopmarket_bench");
        user = setting(settings, "user", "DB_USER", "root");
        password = setting(settings, "password", "DB_PASSWORD", "");
        products = lines(setting(settings, "products", null, null));
        customers = lines(setting(settings, "customers", null, null));
        offset = Integer.parseInt(setting(settings, "offset", null, "0"));
        idempotency = Boolean.parseBoolean(setting(settings, "idempotency", null, "true"));
        note = setting(settings, "note", null, "bench");
        keyPrefix = setting(settings, "key", null, "jdbc-" + System.currentTimeMillis());
        poolSize = Integer.parseInt(setting(settings, "pool", null, "8"));
        pool = new ArrayBlockingQueue<>(poolSize);
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> settings = new TreeMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("arguments are key=value, not '" + arg + "'");
            }
            settings.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        int threads = Integer.parseInt(setting(settings, "threads", null, "32"));
        double seconds = Double.parseDouble(setting(settings, "seconds", null, "10"));
        double warmup = Double.parseDouble(setting(settings, "warmup", null, "2"));
        OrderPlacementBaseline baseline = new OrderPlacementBaseline(settings);
        Result result = baseline.run(threads, warmup, seconds);
        result.print(System.err);
        String out = setting(settings, "out", null, "");
        if (!out.isEmpty()) {
            Files.writeString(Path.of(out), result.tsv() + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        }
        String statuses = setting(settings, "statuses", null, "");
        if (!statuses.isEmpty()) {
            StringBuilder s = new StringBuilder();
            result.statuses().forEach((status, count) -> s.append(status).append('\t').append(count).append('\n'));
            Files.writeString(Path.of(statuses), s, StandardCharsets.UTF_8);
        }
        System.out.println("offset=" + (baseline.offset + baseline.next.get()));
        if (baseline.partnersSeen.get() > 0) {
            System.err.println("baseline: WARNING " + baseline.partnersSeen.get() + " orders of cooperatives followed"
                    + " by partners: the app would also queue webhook deliveries, which this baseline does not");
        }
    }

    /** One placement's outcome, as the API would answer it. */
    private static final class Outcome extends RuntimeException {
        final int status;

        Outcome(int status) {
            super(null, null, false, false);
            this.status = status;
        }
    }

    private Result run(int threads, double warmupSeconds, double seconds) throws Exception {
        for (int i = 0; i < poolSize; i++) {
            pool.add(connect());
        }
        long start = System.nanoTime();
        long measureFrom = start + (long) (warmupSeconds * 1e9);
        long measureTo = measureFrom + (long) (seconds * 1e9);
        Worker[] workers = new Worker[threads];
        for (int i = 0; i < threads; i++) {
            workers[i] = new Worker(measureFrom, measureTo);
            workers[i].start();
        }
        for (Worker w : workers) {
            w.join();
        }
        for (Connection c : pool) {
            c.close();
        }
        return Result.of(workers, seconds);
    }

    private final class Worker extends Thread {
        final long measureFrom;
        final long measureTo;
        long[] latenciesNanos = new long[4096];
        int count;
        final Map<Integer, Long> statuses = new TreeMap<>();

        Worker(long measureFrom, long measureTo) {
            this.measureFrom = measureFrom;
            this.measureTo = measureTo;
        }

        @Override
        public void run() {
            while (System.nanoTime() < measureTo) {
                int i = offset + next.getAndIncrement();
                String product = products.get(Math.floorMod(i, products.size()));
                String customer = customers.get(Math.floorMod(i, customers.size()));
                long t0 = System.nanoTime();
                int status = placeOrder(product, customer, keyPrefix + "-" + i);
                long t1 = System.nanoTime();
                if (t1 >= measureFrom && t1 <= measureTo) {
                    if (count == latenciesNanos.length) {
                        latenciesNanos = Arrays.copyOf(latenciesNanos, count * 2);
                    }
                    latenciesNanos[count++] = t1 - t0;
                    statuses.merge(status, 1L, Long::sum);
                }
            }
        }
    }

    /** Places one order of one unit of {@code productId}; returns the status the API would answer. */
    int placeOrder(String productId, String customerId, String key) {
        if (!idempotency) {
            return transaction(c -> place(c, productId, customerId, null, null));
        }
        String keyId = Hashes.sha256Hex(customerId + "\n" + key);
        String token = java.util.UUID.randomUUID().toString();
        String requestHash = Hashes.sha256Hex(requestBody(productId));
        LocalDateTime now = now();
        int claimed = transaction(c -> {
            try (PreparedStatement st = c.prepareStatement(DELETE_EXPIRED_KEY)) {
                st.setString(1, keyId);
                st.setObject(2, now);
                st.executeUpdate();
            }
            try (PreparedStatement st = c.prepareStatement(CLAIM_KEY)) {
                st.setString(1, customerId);
                st.setString(2, token);
                st.setObject(3, now);
                st.setObject(4, now.plus(KEY_RETENTION));
                st.setString(5, key);
                st.setObject(6, now.plus(KEY_LEASE));
                st.setString(7, requestHash);
                st.setString(8, null);
                st.setObject(9, null);
                st.setString(10, "IN_PROGRESS");
                st.setString(11, keyId);
                st.executeUpdate();
            }
            return 201;
        });
        if (claimed != 201) {
            return claimed;
        }
        int status = transaction(c -> place(c, productId, customerId, keyId, token));
        if (status != 201) {
            transaction(c -> {
                exists(c, FIND_KEY, keyId);
                try (PreparedStatement st = c.prepareStatement(RELEASE_KEY)) {
                    st.setString(1, keyId);
                    st.setString(2, token);
                    st.setString(3, "IN_PROGRESS");
                    st.executeUpdate();
                }
                return 201;
            });
        }
        return status;
    }

    private interface Work {
        int run(Connection c) throws SQLException;
    }

    /**
     * Runs {@code work} in one transaction on a pooled connection: commits on 201, rolls back
     * otherwise; a lock wait timeout or deadlock is a 503, any other SQL error a 500.
     */
    private int transaction(Work work) {
        Connection c;
        try {
            c = pool.poll(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 503;
        }
        if (c == null) {
            return 503;
        }
        try {
            c.setAutoCommit(false);
            int status;
            try {
                status = work.run(c);
            } catch (Outcome o) {
                status = o.status;
            }
            if (status == 201) {
                c.commit();
            } else {
                c.rollback();
            }
            c.setAutoCommit(true);
            return status;
        } catch (SQLException e) {
            try {
                c.rollback();
                c.setAutoCommit(true);
            } catch (SQLException broken) {
                c = replace(c);
            }
            return e.getErrorCode() == 1205 || e.getErrorCode() == 1213 ? 503 : 500;
        } finally {
            pool.add(c);
        }
    }

    /** The order's transaction: the statements of {@code OrderPlacementService.place}, in the app's order. */
    private int place(Connection c, String productId, String customerId, String keyId, String token)
            throws SQLException {
        Instant started = Instant.now();
        // (ReferenceDataService.requireRegion checks the region in memory: no statement)
        // StockService.takeStock: availability, then the conditional update, then the event projection
        try (PreparedStatement st = c.prepareStatement(AVAILABILITY)) {
            st.setString(1, productId);
            try (ResultSet rs = st.executeQuery()) {
                if (!rs.next() || !"ACTIVE".equals(rs.getString(2)) || rs.getObject(3) != null) {
                    throw new Outcome(422);
                }
            }
        }
        LocalDateTime now = now();
        try (PreparedStatement st = c.prepareStatement(TAKE_STOCK)) {
            st.setInt(1, QUANTITY);
            st.setObject(2, now);
            st.setString(3, productId);
            st.setInt(4, QUANTITY);
            st.setString(5, "ACTIVE");
            if (st.executeUpdate() != 1) {
                exists(c, STOCK_OF, productId);
                throw new Outcome(409);
            }
        }
        // The moved product, once: for its ProductChanged event and the order line's snapshot
        String cooperativeId;
        String sku;
        String nameFr;
        String nameAr;
        BigDecimal price;
        String cooperativeNameFr;
        String cooperativeNameAr;
        try (PreparedStatement st = c.prepareStatement(STOCK_MOVES)) {
            st.setString(1, productId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                cooperativeId = rs.getString(2);
                sku = rs.getString(8);
                nameFr = rs.getString(9);
                nameAr = rs.getString(10);
                price = rs.getBigDecimal(11);
                cooperativeNameFr = rs.getString(12);
                cooperativeNameAr = rs.getString(13);
            }
        }
        // WebhookPublisher, on the ProductChanged event: partners following the cooperative
        try (PreparedStatement st = c.prepareStatement(FOLLOWERS)) {
            st.setString(1, cooperativeId);
            try (ResultSet rs = st.executeQuery()) {
                if (rs.next()) {
                    partnersSeen.incrementAndGet();
                }
                drain(rs);
            }
        }
        // The order and its part, with a fresh reference and part code
        String orderId = Ids.newId();
        String reference;
        do {
            reference = newReference();
        } while (count(c, REFERENCE_TAKEN, reference) > 0);
        String code;
        do {
            code = String.valueOf(100_000 + ThreadLocalRandom.current().nextInt(900_000));
        } while (count(c, CODE_TAKEN, cooperativeId, code) > 0);
        String partId = Ids.newId();
        String lineId = Ids.newId();
        String transitionId = Ids.newId();
        BigDecimal total = price.multiply(BigDecimal.valueOf(QUANTITY));
        LocalDateTime created = now();
        LocalDateTime expires = created.plus(CONFIRMATION_TIMEOUT);
        try (PreparedStatement st = c.prepareStatement(INSERT_ORDER)) {
            set(st, created, "MAD", customerId, DELIVERY_ADDRESS, DELIVERY_CITY, DELIVERY_NAME, DELIVERY_PHONE,
                    DELIVERY_REGION, note, "CASH_ON_DELIVERY", reference, "PENDING", total, created, 0L, orderId);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(INSERT_PART)) {
            set(st, total, null, null, code, cooperativeId, cooperativeNameAr, cooperativeNameFr, created, expires, null,
                    orderId, null, "PENDING_CONFIRMATION", total, created, 0L, partId);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(INSERT_TRANSITION)) {
            set(st, customerId, "CUSTOMER", created, null, null, partId, "PENDING_CONFIRMATION", transitionId);
            st.executeUpdate();
        }
        try (PreparedStatement st = c.prepareStatement(INSERT_LINE)) {
            set(st, total, nameAr, nameFr, partId, productId, QUANTITY, sku, price, lineId);
            st.executeUpdate();
        }
        // SmsNotifier, on the OrderPartChanged event: the cooperative, through CooperativeService.get
        boolean sms;
        String phone;
        Language language;
        try (PreparedStatement st = c.prepareStatement(COOPERATIVE)) {
            st.setString(1, cooperativeId);
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                phone = rs.getString("phone");
                sms = rs.getBoolean("sms_notifications");
                language = Language.valueOf(rs.getString("sms_language"));
            }
        }
        if (keyId != null) {
            try (PreparedStatement st = c.prepareStatement(COMPLETE_KEY)) {
                set(st, "COMPLETED", 201, responseBody(orderId, reference, partId, cooperativeId, code, expires,
                        productId, sku, nameFr, nameAr, price, total, started), keyId, token, "IN_PROGRESS");
                st.executeUpdate();
            }
        }
        if (sms && phone != null) {
            OrderPartChanged event = new OrderPartChanged(orderId, reference, partId, code, cooperativeId, customerId,
                    null, PartStatus.PENDING_CONFIRMATION, total,
                    List.of(new OrderPartChanged.Item(nameFr, nameAr, QUANTITY)));
            String text = SmsTemplates.newPart(language, event);
            SmsText parsed = SmsText.of(text);
            String payload = "{\"text\":" + json(text) + ",\"language\":\"" + language.name() + "\",\"encoding\":\""
                    + parsed.encoding().name() + "\",\"segments\":" + parsed.segments() + "}";
            LocalDateTime queued = now();
            try (PreparedStatement st = c.prepareStatement(INSERT_OUTBOX)) {
                set(st, partId, 0, "SMS", queued, phone, "ORDER_PART_CREATED", null, null, null, queued, payload, null,
                        null, "PENDING", queued, Ids.newId());
                st.executeUpdate();
            }
        }
        // ChangeTracker, just before commit
        try (PreparedStatement st = c.prepareStatement(NEXT_SEQUENCE)) {
            st.setString(1, "catalogue");
            st.executeUpdate();
        }
        long sequence = count(c, READ_SEQUENCE, "catalogue");
        try (PreparedStatement st = c.prepareStatement(STAMP_PRODUCTS)) {
            st.setLong(1, sequence);
            st.setString(2, productId);
            st.executeUpdate();
        }
        return 201;
    }

    // --- Helpers ------------------------------------------------------------------------------------

    private Connection connect() throws SQLException {
        Connection c = DriverManager.getConnection(url, user, password);
        c.setTransactionIsolation(Connection.TRANSACTION_READ_COMMITTED);
        try (Statement st = c.createStatement()) {
            st.execute("SET SESSION innodb_lock_wait_timeout=10");
        }
        return c;
    }

    private Connection replace(Connection broken) {
        try {
            broken.close();
        } catch (SQLException ignored) {
            // already broken
        }
        try {
            return connect();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot reconnect to " + url, e);
        }
    }

    private static LocalDateTime now() {
        return LocalDateTime.now(ZoneOffset.UTC);
    }

    private static void set(PreparedStatement st, Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            if (values[i] == null) {
                st.setObject(i + 1, null);
            } else {
                st.setObject(i + 1, values[i]);
            }
        }
    }

    private static boolean exists(Connection c, String sql, String value) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            st.setString(1, value);
            try (ResultSet rs = st.executeQuery()) {
                boolean found = rs.next();
                drain(rs);
                return found;
            }
        }
    }

    private static long count(Connection c, String sql, String... values) throws SQLException {
        try (PreparedStatement st = c.prepareStatement(sql)) {
            for (int i = 0; i < values.length; i++) {
                st.setString(i + 1, values[i]);
            }
            try (ResultSet rs = st.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void drain(ResultSet rs) throws SQLException {
        while (rs.next()) {
            rs.getString(1);
        }
    }

    private static String newReference() {
        StringBuilder s = new StringBuilder("CM");
        for (int i = 0; i < 8; i++) {
            s.append(REFERENCE_ALPHABET[ThreadLocalRandom.current().nextInt(REFERENCE_ALPHABET.length)]);
        }
        return s.toString();
    }

    /** The body bench/wrk/orders.lua sends, as the app re-serialises it to hash it. */
    private String requestBody(String productId) {
        return "{\"lines\":[{\"productId\":\"" + productId + "\",\"quantity\":" + QUANTITY + "}],\"delivery\":{\"name\":"
                + json(DELIVERY_NAME) + ",\"phone\":\"" + DELIVERY_PHONE + "\",\"city\":" + json(DELIVERY_CITY)
                + ",\"regionCode\":\"" + DELIVERY_REGION + "\",\"addressLine\":" + json(DELIVERY_ADDRESS)
                + "},\"paymentMethod\":\"CASH_ON_DELIVERY\",\"note\":" + json(note) + "}";
    }

    /** The 201 body the app stores with the key: OrderView's JSON, field for field. */
    private String responseBody(String orderId, String reference, String partId, String cooperativeId, String code,
            LocalDateTime expires, String productId, String sku, String nameFr, String nameAr, BigDecimal price,
            BigDecimal total, Instant at) {
        String created = Instant.now().toString();
        return "{\"id\":\"" + orderId + "\",\"reference\":\"" + reference + "\",\"status\":\"PENDING\","
                + "\"paymentMethod\":\"CASH_ON_DELIVERY\",\"currency\":\"MAD\",\"total\":" + total.toPlainString()
                + ",\"delivery\":{\"name\":" + json(DELIVERY_NAME) + ",\"phone\":\"" + DELIVERY_PHONE + "\",\"city\":"
                + json(DELIVERY_CITY) + ",\"regionCode\":\"" + DELIVERY_REGION + "\",\"addressLine\":"
                + json(DELIVERY_ADDRESS) + "},\"note\":" + json(note) + ",\"parts\":[{\"id\":\"" + partId
                + "\",\"cooperativeId\":\"" + cooperativeId + "\",\"code\":\"" + code
                + "\",\"status\":\"PENDING_CONFIRMATION\",\"subtotal\":" + total.toPlainString() + ",\"amountToCollect\":"
                + total.toPlainString() + ",\"expiresAt\":\"" + expires.toInstant(ZoneOffset.UTC) + "\",\"lines\":[{"
                + "\"productId\":\"" + productId + "\",\"sku\":" + json(sku) + ",\"nameFr\":" + json(nameFr)
                + (nameAr == null ? "" : ",\"nameAr\":" + json(nameAr)) + ",\"unitPrice\":" + price.toPlainString()
                + ",\"quantity\":" + QUANTITY + ",\"lineTotal\":" + total.toPlainString() + "}],\"history\":[{\"to\":"
                + "\"PENDING_CONFIRMATION\",\"by\":\"CUSTOMER\",\"at\":\"" + at + "\"}]}],\"createdAt\":\"" + created
                + "\",\"updatedAt\":\"" + created + "\"}";
    }

    /** A JSON string literal, escaped as Jackson does (quotes, backslashes, control characters). */
    static String json(String s) {
        StringBuilder b = new StringBuilder(s.length() + 2).append('"');
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            switch (ch) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (ch < 0x20) {
                        b.append(String.format("\\u%04x", (int) ch));
                    } else {
                        b.append(ch);
                    }
                }
            }
        }
        return b.append('"').toString();
    }

    private static String setting(Map<String, String> settings, String key, String env, String fallback) {
        String v = settings.get(key);
        if (v == null) {
            v = System.getProperty("baseline." + key);
        }
        if ((v == null || v.isBlank()) && env != null) {
            v = System.getenv(env);
        }
        if (v == null || (v.isBlank() && fallback != null)) {
            v = fallback;
        }
        if (v == null) {
            throw new IllegalArgumentException("missing setting '" + key + "' (" + key + "=... or -Dbaseline." + key
                    + "=...)");
        }
        return v;
    }

    private static List<String> lines(String file) throws IOException {
        List<String> lines = Files.readAllLines(Path.of(file), StandardCharsets.UTF_8).stream().map(String::strip)
                .filter(l -> !l.isEmpty()).toList();
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty");
        }
        return lines;
    }

    /** What one run measured: completions within the measured window, their latencies and outcomes. */
    record Result(long requests, double seconds, long[] sortedMicros, Map<Integer, Long> statuses) {

        static Result of(Worker[] workers, double seconds) {
            int n = 0;
            for (Worker w : workers) {
                n += w.count;
            }
            long[] all = new long[n];
            int at = 0;
            Map<Integer, Long> statuses = new TreeMap<>();
            for (Worker w : workers) {
                for (int i = 0; i < w.count; i++) {
                    all[at++] = w.latenciesNanos[i] / 1000;
                }
                w.statuses.forEach((k, v) -> statuses.merge(k, v, Long::sum));
            }
            Arrays.sort(all);
            return new Result(n, seconds, all, statuses);
        }

        double percentileMs(double p) {
            if (sortedMicros.length == 0) {
                return 0;
            }
            int rank = (int) Math.ceil(p / 100 * sortedMicros.length);
            return sortedMicros[Math.max(0, Math.min(sortedMicros.length - 1, rank - 1))] / 1000.0;
        }

        double meanMs() {
            return Arrays.stream(sortedMicros).average().orElse(0) / 1000.0;
        }

        long failures() {
            return statuses.entrySet().stream().filter(e -> e.getKey() != 201).mapToLong(Map.Entry::getValue).sum();
        }

        /** The line bench/wrk/paths.lua writes: requests, duration_us, p50, p90, p99, mean, max (ms), errors. */
        String tsv() {
            return String.format(Locale.ROOT, "%d\t%d\t%.3f\t%.3f\t%.3f\t%.3f\t%.3f\t%d\t%d\t%d\t%d\t%d", requests,
                    (long) (seconds * 1e6), percentileMs(50), percentileMs(90), percentileMs(99), meanMs(),
                    sortedMicros.length == 0 ? 0.0 : sortedMicros[sortedMicros.length - 1] / 1000.0, 0, 0, 0,
                    failures(), 0);
        }

        void print(java.io.PrintStream out) {
            List<String> s = new ArrayList<>();
            statuses.forEach((k, v) -> s.add(k + ": " + v));
            out.printf(Locale.ROOT, "baseline: %.1f orders/s  p50 %.2f ms  p99 %.2f ms  %s%n", requests / seconds,
                    percentileMs(50), percentileMs(99), String.join(", ", s));
        }
    }
}
