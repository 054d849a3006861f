package ma.coopmarket.datagen;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ma.coopmarket.order.Actor;
import ma.coopmarket.order.PartStatus;
import ma.coopmarket.order.PaymentMethod;
import ma.coopmarket.shared.persistence.Ids;

/**
 * Orders: {@code total} customer orders placed over the two years before {@link Generated#NOW} by
 * the generated customers, on ACTIVE products of live cooperatives, with the rows that
 * {@code OrderPlacementService} and {@code OrderLifecycleService} would have written: one part per
 * cooperative with a six-digit code unique within it, lines with a snapshot of the product's sku,
 * names and price, the cash to collect, and each part's history up to NOW (placed, then confirmed,
 * shipped and delivered; or refused, cancelled by the customer, or expired by the job). The order's
 * status, version and {@code updated_at} follow its parts' moves as {@code CustomerOrder.refreshStatus}
 * and Hibernate would have set them.
 *
 * <p>Orders are generated and inserted one by one in creation order (their time-ordered ids too),
 * never held in memory; only their references and the cooperatives' codes are remembered, as longs.
 */
final class OrderStep implements Step {

    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long NOW = Generated.NOW.toEpochMilli();
    private static final int SPAN_DAYS = 730;
    private static final long START = NOW - SPAN_DAYS * DAY;
    /** Orders per day grow linearly over the span, to 1 + GROWTH times the first day's. */
    private static final double GROWTH = 1.5;
    /** Relative orders per hour of the day in Morocco (UTC+1), midnight first: few at night, most in the evening. */
    private static final int[] LOCAL_HOURS = { 3, 2, 1, 1, 1, 1, 2, 3, 5, 7, 8, 9, 9, 8, 7, 7, 8, 9, 10, 11, 12, 11, 8, 5 };
    private static final int LOCAL_HOURS_SUM = Arrays.stream(LOCAL_HOURS).sum();

    /** As coopmarket.orders.confirmation-timeout, expiry-warning-before and expiry-check-interval. */
    private static final long CONFIRMATION_TIMEOUT = 48 * HOUR;
    private static final long WARNING_BEFORE = 12 * HOUR;
    private static final int JOB_INTERVAL = (int) MINUTE;

    /** As OrderPlacementService (private there). */
    private static final char[] REFERENCE_ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final String CURRENCY = "MAD";
    /** The note of OrderLifecycleService.expireDue, and the reason and note of a refusal by SMS. */
    private static final String EXPIRED_NOTE = "not confirmed in time";
    private static final String SMS_REFUSAL = "refused by SMS";
    private static final int ADMINS = 4;
    private static final int ROWS = 1000;

    private static final String[] REFUSALS = { "Rupture de stock", "Produit épuisé pour cette saison",
        "Livraison impossible dans cette ville", "Quantité indisponible", "Prix à revoir, produit retiré",
        "نفاد المخزون", "لا يمكن التوصيل إلى هذه المدينة", "الكمية غير متوفرة حاليا" };
    private static final String[] CANCELLATIONS = { "Commande passée par erreur", "Délai de confirmation trop long",
        "J'ai trouvé le produit ailleurs", "Je serai absent à la livraison", "تغيير عنوان التوصيل",
        "لم أعد بحاجة إلى المنتوج", "Changed my mind" };
    private static final String[] ORDER_NOTES = { "Merci d'appeler avant de livrer.", "Livrer après 18h s'il vous plaît.",
        "Laisser le colis chez le gardien.", "C'est un cadeau, merci de ne pas mettre la facture.",
        "المرجو الاتصال قبل التوصيل", "التوصيل بعد الساعة السادسة مساء", "Please call on arrival." };
    private static final String[] COURIERS = { "Amine", "Youssef", "Hicham", "Mehdi", "Abdelali", "Soufiane", "Khalid",
        "Nabil", "Hamza", "Redouane" };
    private static final String[] CARRIERS = { "Amana", "Livraison Express", "Souss Express", "Atlas Colis",
        "coursier de la coopérative" };

    private final int total;

    OrderStep(int total) {
        this.total = total;
    }

    @Override
    public String name() {
        return "orders";
    }

    /** Who answers for a cooperative: its manager (or, sometimes, its phone by SMS), else its phone, else an admin. */
    private record Responder(String manager, String phone) {
    }

    /** Where a customer lives: most of their orders go there. */
    private record Address(String region, String city, String line, String phone) {
    }

    /** One recorded move of a part, as PartTransition has it. */
    private record Move(PartStatus from, PartStatus to, Actor.Kind kind, String actorId, String note, long at) {
    }

    /** A line being ordered: a position in the {@link Catalogue} and a quantity. */
    private record Line(int product, int quantity) {
    }

    /** One cooperative's part of the order being generated, its moves up to NOW. */
    private static final class Part {
        final int cooperative;
        final List<Line> lines = new ArrayList<>(4);
        final List<Move> moves = new ArrayList<>(5);
        long warnedAt;
        String collectedBy;

        Part(int cooperative) {
            this.cooperative = cooperative;
        }

        PartStatus status() {
            return moves.get(moves.size() - 1).to();
        }

        Move last() {
            return moves.get(moves.size() - 1);
        }

        void move(PartStatus to, Actor.Kind kind, String actorId, String note, long at) {
            moves.add(new Move(moves.isEmpty() ? null : status(), to, kind, actorId, note, at));
        }
    }

    @Override
    public void run(Connection connection, Generated data, Random random) throws SQLException {
        Catalogue catalogue = new Catalogue(data, random);
        Responder[] responders = responders(data);
        String[] admins = admins(connection, random);
        long[] customersSince = data.customers.stream().mapToLong(Generated.Customer::createdAtMillis).toArray();
        Picker regions = new Picker(Vocabulary.REGION_POPULATION);
        Address[] homes = new Address[data.customers.size()];
        for (int i = 0; i < homes.length; i++) {
            String phone = data.customers.get(i).phone();
            homes[i] = address(regions.pick(random), phone != null ? phone : mobile(random), random);
        }
        LongSet references = new LongSet();
        LongSet codes = new LongSet();
        DeferredKeys deferred = DeferredKeys.drop(connection, "customer_order", "order_part", "order_line",
                "order_part_transition");
        try (BatchInsert orders = new BatchInsert(connection, "customer_order", ROWS, "id", "reference", "customer_id",
                "status", "payment_method", "currency", "total", "delivery_name", "delivery_phone", "delivery_city",
                "delivery_region_code", "delivery_address", "note", "created_at", "updated_at", "version");
                BatchInsert parts = new BatchInsert(connection, "order_part", ROWS, "id", "order_id", "cooperative_id",
                        "cooperative_name_fr", "cooperative_name_ar", "code", "status", "subtotal", "amount_to_collect", "expires_at", "cash_collected_by",
                        "cash_collected_at", "refusal_reason", "expiry_warned_at", "created_at", "updated_at",
                        "version");
                BatchInsert lines = new BatchInsert(connection, "order_line", ROWS, "id", "part_id", "product_id",
                        "sku", "name_fr", "name_ar", "unit_price", "quantity", "line_total");
                BatchInsert transitions = new BatchInsert(connection, "order_part_transition", ROWS, "id", "part_id",
                        "from_status", "to_status", "actor_kind", "actor_id", "note", "created_at")) {
            for (int i = 0; i < total; i++) {
                long placed = placedAt(i, random);
                int customer = customer(customersSince, placed, random);
                String customerId = data.customers.get(customer).id();
                List<Part> basket = basket(catalogue, placed, random);
                long cancelAt = random.nextInt(1000) < 30 ? placed + delay(4 * HOUR, 1.2, random) : Long.MAX_VALUE;
                for (int k = 0; k < basket.size(); k++) {
                    Part part = basket.get(k);
                    String region = data.cooperatives.get(part.cooperative).regionCode();
                    // The customer cancels part after part, a few seconds apart.
                    live(part, customerId, placed, cancelAt == Long.MAX_VALUE ? cancelAt : cancelAt + k * 20_000L,
                            responders[part.cooperative], admins, !region.equals(homes[customer].region()), random);
                }
                String orderId = Ids.of(placed, random);
                Address delivery = random.nextInt(100) < 88 ? homes[customer]
                        : address(regions.pick(random), homes[customer].phone(), random);
                String deliveryName = delivery == homes[customer] || random.nextBoolean()
                        ? data.customers.get(customer).fullName() : AccountStep.fullName(random);
                String note = random.nextInt(100) < 8 ? ORDER_NOTES[random.nextInt(ORDER_NOTES.length)] : null;
                long totalCents = 0;
                for (Part part : basket) {
                    totalCents += insert(part, orderId, placed, data, catalogue, codes, parts, lines, transitions,
                            random);
                }
                long[] updated = orderUpdates(basket, placed);
                orders.add(orderId, reference(references, random), customerId, orderStatus(basket),
                        PaymentMethod.CASH_ON_DELIVERY.name(), CURRENCY, BigDecimal.valueOf(totalCents, 2),
                        deliveryName, delivery.phone(), delivery.city(), delivery.region(), delivery.line(), note,
                        Generated.datetime(placed), Generated.datetime(updated[0]), updated[1]);
            }
        }
        long t0 = System.nanoTime();
        deferred.restore();
        System.out.printf("generate:   order keys built in %.1f s%n", (System.nanoTime() - t0) / 1e9);
    }

    /**
     * The part's life, drawn then cut at NOW: the cooperative answers (confirms, or refuses) within
     * the confirmation timeout or the job expires the part (warning it 12 hours before); a confirmed
     * part is shipped then delivered, unless refused after all; the customer may cancel before it ships.
     */
    private static void live(Part part, String customerId, long placed, long cancelAt, Responder responder,
            String[] admins, boolean far, Random random) {
        part.move(PartStatus.PENDING_CONFIRMATION, Actor.Kind.CUSTOMER, customerId, null, placed);
        long expiresAt = placed + CONFIRMATION_TIMEOUT;
        boolean sms = responder.phone() != null && (responder.manager() == null || random.nextInt(4) == 0);
        long median = responder.manager() != null && !sms ? 5 * HOUR : sms ? 9 * HOUR : 12 * HOUR;
        long answerAt = placed + delay(median, 1.0, random);
        long expireAt = expiresAt + random.nextInt(JOB_INTERVAL);
        long warnAt = expiresAt - WARNING_BEFORE + random.nextInt(JOB_INTERVAL);
        long first = Math.min(answerAt < expiresAt ? answerAt : Long.MAX_VALUE, Math.min(cancelAt, expireAt));
        if (first > warnAt && warnAt <= NOW) {
            part.warnedAt = warnAt;
        }
        Actor.Kind answerKind = sms ? Actor.Kind.SMS : responder.manager() != null ? Actor.Kind.MANAGER : Actor.Kind.ADMIN;
        String answerer = sms ? responder.phone() : responder.manager() != null ? responder.manager()
                : admins[random.nextInt(admins.length)];
        Actor.Kind keeperKind = responder.manager() != null ? Actor.Kind.MANAGER : Actor.Kind.ADMIN;
        String keeper = responder.manager() != null ? responder.manager() : admins[random.nextInt(admins.length)];
        boolean refused = random.nextInt(100) < 3;
        boolean refusedLater = random.nextInt(1000) < 15;
        long shipAt = answerAt + delay(20 * HOUR, 0.7, random);
        long refuseLaterAt = answerAt + delay(8 * HOUR, 0.8, random);
        long deliverAt = shipAt + delay(far ? 70 * HOUR : 40 * HOUR, 0.45, random);
        String cancelNote = random.nextBoolean() ? null : CANCELLATIONS[random.nextInt(CANCELLATIONS.length)];
        String reason = sms ? SMS_REFUSAL : random.nextInt(5) == 0 ? null : REFUSALS[random.nextInt(REFUSALS.length)];
        part.collectedBy = random.nextInt(4) == 0 ? null
                : COURIERS[random.nextInt(COURIERS.length)] + " (" + CARRIERS[random.nextInt(CARRIERS.length)] + ")";
        if (first == cancelAt) {
            part.move(PartStatus.CANCELLED, Actor.Kind.CUSTOMER, customerId, cancelNote, cancelAt);
        } else if (first == expireAt) {
            part.move(PartStatus.EXPIRED, Actor.Kind.SYSTEM, null, EXPIRED_NOTE, expireAt);
        } else if (refused) {
            part.move(PartStatus.REFUSED, answerKind, answerer, reason, answerAt);
        } else {
            part.move(PartStatus.CONFIRMED, answerKind, answerer, null, answerAt);
            if (refusedLater && refuseLaterAt < Math.min(shipAt, cancelAt)) {
                part.move(PartStatus.REFUSED, answerKind, answerer, reason, refuseLaterAt);
            } else if (cancelAt < shipAt) {
                part.move(PartStatus.CANCELLED, Actor.Kind.CUSTOMER, customerId, cancelNote, cancelAt);
            } else {
                part.move(PartStatus.SHIPPED, keeperKind, keeper, null, shipAt);
                part.move(PartStatus.DELIVERED, keeperKind, keeper, null, deliverAt);
            }
        }
        // What has not happened by NOW has not happened: the part is still where it was then.
        while (part.last().at() > NOW) {
            part.moves.remove(part.moves.size() - 1);
        }
    }

    /** Inserts the part, its lines and its moves; returns its subtotal in cents. */
    private static long insert(Part part, String orderId, long placed, Generated data, Catalogue catalogue,
            LongSet codes, BatchInsert parts, BatchInsert lines, BatchInsert transitions, Random random)
            throws SQLException {
        String partId = Ids.of(placed, random);
        long subtotal = 0;
        for (Line line : part.lines) {
            Generated.Product p = data.products.get(catalogue.product[line.product()]);
            long cents = catalogue.cents[line.product()] * line.quantity();
            subtotal += cents;
            lines.add(Ids.of(placed, random), partId, p.id(), p.sku(), p.nameFr(), p.nameAr(),
                    BigDecimal.valueOf(catalogue.cents[line.product()], 2), line.quantity(), BigDecimal.valueOf(cents, 2));
        }
        for (Move m : part.moves) {
            transitions.add(Ids.of(m.at(), random), partId, m.from() == null ? null : m.from().name(), m.to().name(),
                    m.kind().name(), m.actorId(), m.note(), Generated.datetime(m.at()));
        }
        int code;
        do {
            code = 100_000 + random.nextInt(900_000);
        } while (!codes.add(part.cooperative * 1_000_000L + code));
        Move last = part.last();
        // One UPDATE (version + 1) per move after placement, and one for the expiry warning.
        long updatedAt = Math.max(last.at(), part.warnedAt);
        long version = part.moves.size() - 1 + (part.warnedAt > 0 ? 1 : 0);
        BigDecimal amount = BigDecimal.valueOf(subtotal, 2);
        boolean delivered = last.to() == PartStatus.DELIVERED;
        Generated.Cooperative cooperative = data.cooperatives.get(part.cooperative);
        parts.add(partId, orderId, cooperative.id(), cooperative.nameFr(), cooperative.nameAr(), String.valueOf(code),
                last.to().name(), amount, amount, Generated.datetime(placed + CONFIRMATION_TIMEOUT),
                delivered ? part.collectedBy : null, delivered ? Generated.datetime(last.at()) : null,
                last.to() == PartStatus.REFUSED ? last.note() : null,
                part.warnedAt > 0 ? Generated.datetime(part.warnedAt) : null, Generated.datetime(placed),
                Generated.datetime(updatedAt), version);
        return subtotal;
    }

    /**
     * The order's {@code updated_at} and version: Hibernate updates the order only when a part's move
     * changes its derived status, so replay the parts' moves in time order and count the changes.
     */
    private static long[] orderUpdates(List<Part> basket, long placed) {
        List<long[]> moves = new ArrayList<>(); // {at, part, index in the part's moves}
        for (int p = 0; p < basket.size(); p++) {
            for (int m = 1; m < basket.get(p).moves.size(); m++) {
                moves.add(new long[] { basket.get(p).moves.get(m).at(), p, m });
            }
        }
        moves.sort(Comparator.comparingLong((long[] m) -> m[0]));
        int[] reached = new int[basket.size()];
        String status = statusAfter(basket, reached);
        long updatedAt = placed;
        long version = 0;
        for (long[] m : moves) {
            reached[(int) m[1]] = (int) m[2];
            String next = statusAfter(basket, reached);
            if (!next.equals(status)) {
                status = next;
                updatedAt = m[0];
                version++;
            }
        }
        return new long[] { updatedAt, version };
    }

    private static String statusAfter(List<Part> basket, int[] reached) {
        PartStatus[] statuses = new PartStatus[basket.size()];
        for (int p = 0; p < statuses.length; p++) {
            statuses[p] = basket.get(p).moves.get(reached[p]).to();
        }
        return derived(statuses);
    }

    private static String orderStatus(List<Part> basket) {
        PartStatus[] statuses = new PartStatus[basket.size()];
        for (int p = 0; p < statuses.length; p++) {
            statuses[p] = basket.get(p).status();
        }
        return derived(statuses);
    }

    /** As OrderStatus.of (package-private there): PENDING, IN_PROGRESS, COMPLETED or CANCELLED. */
    private static String derived(PartStatus[] parts) {
        if (Arrays.asList(parts).contains(PartStatus.PENDING_CONFIRMATION)) {
            return "PENDING";
        }
        if (Arrays.stream(parts).anyMatch(p -> !p.isFinal())) {
            return "IN_PROGRESS";
        }
        return Arrays.asList(parts).contains(PartStatus.DELIVERED) ? "COMPLETED" : "CANCELLED";
    }

    /**
     * 1 to 4 lines: mostly of one cooperative (more lines from the catalogue of the first product's
     * cooperative), sometimes of two. Products are drawn by popularity among those created before.
     */
    private static List<Part> basket(Catalogue catalogue, long placed, Random random) {
        int r = random.nextInt(100);
        int count = r < 55 ? 1 : r < 80 ? 2 : r < 93 ? 3 : 4;
        int firstLines = count >= 2 && random.nextInt(100) < 15 ? 1 + random.nextInt(count - 1) : count;
        List<Part> basket = new ArrayList<>(2);
        int first = catalogue.popular(placed, -1, random);
        basket.add(part(catalogue, first, firstLines, placed, random));
        if (firstLines < count) {
            int second = catalogue.popular(placed, catalogue.cooperative[first], random);
            basket.add(part(catalogue, second, count - firstLines, placed, random));
        }
        return basket;
    }

    private static Part part(Catalogue catalogue, int first, int count, long placed, Random random) {
        Part part = new Part(catalogue.cooperative[first]);
        part.lines.add(new Line(first, quantity(catalogue.cents[first], random)));
        int[] shelf = catalogue.byCooperative[part.cooperative];
        for (int tries = 0; part.lines.size() < count && tries < 8 * count; tries++) {
            int candidate = shelf[random.nextInt(shelf.length)];
            if (catalogue.created[candidate] < placed - HOUR
                    && part.lines.stream().noneMatch(l -> l.product() == candidate)) {
                part.lines.add(new Line(candidate, quantity(catalogue.cents[candidate], random)));
            }
        }
        return part;
    }

    /** Mostly one; rugs and caftans one at a time. */
    private static int quantity(long cents, Random random) {
        int r = random.nextInt(100);
        if (cents >= 80_000) {
            return r < 92 ? 1 : 2;
        }
        return r < 68 ? 1 : r < 88 ? 2 : r < 95 ? 3 : 4 + random.nextInt(3);
    }

    /**
     * The i-th order's time: increasing with i (so rows and ids come in creation order), the days
     * growing busier over the span, the hours following the day's rhythm.
     */
    private long placedAt(int i, Random random) {
        double u = (i + random.nextDouble()) / total;
        double x = (-1 + Math.sqrt(1 + 2 * GROWTH * u * (1 + GROWTH / 2))) / GROWTH;
        double days = x * SPAN_DAYS;
        long day = (long) days;
        return START + day * DAY + (long) (hourOfDay(days - day) * DAY);
    }

    /** Maps a uniform fraction of a day (UTC) to one following {@link #LOCAL_HOURS}; increasing. */
    private static double hourOfDay(double fraction) {
        double target = fraction * LOCAL_HOURS_SUM;
        for (int h = 0; h < 24; h++) {
            int weight = LOCAL_HOURS[(h + 1) % 24];
            if (target < weight) {
                return (h + target / weight) / 24;
            }
            target -= weight;
        }
        return 1 - 1e-9;
    }

    /** Among the customers registered by then: half the time one of the regulars (every fifth), else anyone. */
    private static int customer(long[] since, long placed, Random random) {
        int existing = Arrays.binarySearch(since, placed - HOUR);
        existing = existing >= 0 ? existing : -existing - 1;
        if (existing == 0) {
            throw new IllegalStateException("no customer registered before " + Generated.datetime(placed));
        }
        return random.nextBoolean() ? random.nextInt(existing) : random.nextInt((existing + 4) / 5) * 5;
    }

    private static String reference(LongSet taken, Random random) {
        long value;
        do {
            value = random.nextLong() & ((1L << 40) - 1);
        } while (!taken.add(value));
        char[] chars = new char[10];
        chars[0] = 'C';
        chars[1] = 'M';
        for (int i = 0; i < 8; i++) {
            chars[2 + i] = REFERENCE_ALPHABET[(int) (value >>> (5 * (7 - i))) & 31];
        }
        return new String(chars);
    }

    private static Address address(String region, String phone, Random random) {
        List<Vocabulary.City> cities = Vocabulary.CITIES.get(region);
        String city = cities.get(random.nextInt(cities.size())).fr();
        String street = Vocabulary.STREETS.get(random.nextInt(Vocabulary.STREETS.size()));
        String quarter = Vocabulary.QUARTERS.get(random.nextInt(Vocabulary.QUARTERS.size()));
        String line = random.nextInt(4) == 0
                ? "Résidence " + Vocabulary.ROOTS.get(random.nextInt(Vocabulary.ROOTS.size())).fr() + ", imm. "
                        + (1 + random.nextInt(20)) + ", appt " + (1 + random.nextInt(40)) + ", " + street
                : (1 + random.nextInt(250)) + ", " + street + ", " + quarter;
        return new Address(region, city, line, phone);
    }

    /** A Moroccan mobile number in the app's E.164 form. */
    private static String mobile(Random random) {
        return String.format("+212%d%08d", random.nextInt(4) == 0 ? 7 : 6, random.nextInt(100_000_000));
    }

    /** A duration around {@code median} (log-normal), never under a minute. */
    private static long delay(long median, double sigma, Random random) {
        return Math.max(MINUTE, (long) (median * Math.exp(sigma * random.nextGaussian())));
    }

    private static Responder[] responders(Generated data) {
        Responder[] responders = new Responder[data.cooperatives.size()];
        for (int i = 0; i < responders.length; i++) {
            Generated.Cooperative c = data.cooperatives.get(i);
            responders[i] = new Responder(data.managerOf.get(c.id()), c.phone());
        }
        return responders;
    }

    /**
     * The platform's operators: they move the parts of cooperatives that have no manager (an SMS
     * can confirm or refuse, not ship). Same password as every generated account.
     */
    private static String[] admins(Connection connection, Random random) throws SQLException {
        String hash;
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT password_hash FROM user_account LIMIT 1")) {
            if (!rs.next()) {
                throw new IllegalStateException("orders need the accounts step first");
            }
            hash = rs.getString(1);
        }
        String[] ids = new String[ADMINS];
        try (BatchInsert accounts = new BatchInsert(connection, "user_account", ADMINS, "id", "email", "phone",
                "full_name", "password_hash", "role", "preferred_language", "created_at", "updated_at", "version")) {
            for (int i = 0; i < ADMINS; i++) {
                long created = START - 60 * DAY + i * DAY;
                ids[i] = Ids.of(created, random);
                accounts.add(ids[i], "admin" + (i + 1) + "@bench.coopmarket.ma", null, AccountStep.fullName(random),
                        hash, "ADMIN", "fr", Generated.datetime(created), Generated.datetime(created), 0L);
            }
        }
        return ids;
    }

    /**
     * The products that can be ordered (ACTIVE, of a live cooperative), each with a popularity:
     * log-normal, so a few sell a lot, doubled for cooperatives that have a manager (they are the
     * ones selling online actively). Arrays, positions shared.
     */
    private static final class Catalogue {
        final int[] product;
        final long[] cents;
        final long[] created;
        final int[] cooperative;
        final double[] cumulative;
        final int[][] byCooperative;

        Catalogue(Generated data, Random random) {
            int[] active = java.util.stream.IntStream.range(0, data.products.size())
                    .filter(i -> data.products.get(i).active()).toArray();
            product = active;
            cents = new long[active.length];
            created = new long[active.length];
            cooperative = new int[active.length];
            cumulative = new double[active.length];
            int[] perCooperative = new int[data.cooperatives.size()];
            double sum = 0;
            for (int k = 0; k < active.length; k++) {
                Generated.Product p = data.products.get(active[k]);
                cents[k] = new BigDecimal(p.price()).movePointRight(2).longValueExact();
                created[k] = p.createdAtMillis();
                cooperative[k] = p.cooperative();
                perCooperative[p.cooperative()]++;
                boolean managed = data.managerOf.containsKey(data.cooperatives.get(p.cooperative()).id());
                sum += Math.exp(1.3 * random.nextGaussian()) * (managed ? 2 : 1);
                cumulative[k] = sum;
            }
            byCooperative = new int[perCooperative.length][];
            for (int c = 0; c < perCooperative.length; c++) {
                byCooperative[c] = new int[perCooperative[c]];
            }
            int[] filled = new int[perCooperative.length];
            for (int k = 0; k < active.length; k++) {
                byCooperative[cooperative[k]][filled[cooperative[k]]++] = k;
            }
        }

        /** A product by popularity, created at least an hour before {@code placed}, not of {@code otherThan}. */
        int popular(long placed, int otherThan, Random random) {
            for (int tries = 0; tries < 10_000; tries++) {
                int k = Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
                k = k >= 0 ? k : -k - 1;
                if (created[k] < placed - HOUR && cooperative[k] != otherThan) {
                    return k;
                }
            }
            throw new IllegalStateException("no product on sale before " + Generated.datetime(placed));
        }
    }

    /** Weighted draws over a fixed map, its keys in a fixed order (see {@link Vocabulary#weighted}), without re-sorting. */
    private static final class Picker {
        final String[] keys;
        final int[] cumulative;

        Picker(Map<String, Integer> weights) {
            keys = weights.keySet().stream().sorted().toArray(String[]::new);
            cumulative = new int[keys.length];
            int sum = 0;
            for (int i = 0; i < keys.length; i++) {
                sum += weights.get(keys[i]);
                cumulative[i] = sum;
            }
        }

        String pick(Random random) {
            int r = random.nextInt(cumulative[cumulative.length - 1]);
            int i = 0;
            while (cumulative[i] <= r) {
                i++;
            }
            return keys[i];
        }
    }

    /** A set of longs (open addressing): a million references without a million boxed Longs. */
    static final class LongSet {
        private long[] slots = new long[1 << 16];
        private int size;

        /** Adds {@code value} (not Long.MAX_VALUE); false if it was there already. */
        boolean add(long value) {
            if (2 * (size + 1) > slots.length) {
                grow();
            }
            return insert(slots, value + 1);
        }

        private boolean insert(long[] table, long stored) {
            int mask = table.length - 1;
            int i = (int) ((stored * 0x9E3779B97F4A7C15L) >>> 32) & mask;
            while (table[i] != 0) {
                if (table[i] == stored) {
                    return false;
                }
                i = (i + 1) & mask;
            }
            table[i] = stored;
            if (table == slots) {
                size++;
            }
            return true;
        }

        private void grow() {
            long[] bigger = new long[slots.length * 2];
            for (long stored : slots) {
                if (stored != 0) {
                    insert(bigger, stored);
                }
            }
            slots = bigger;
        }
    }
}
