package ma.coopmarket.datagen;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Random;

import ma.coopmarket.shared.persistence.Ids;
import ma.coopmarket.training.EnrollmentStatus;
import ma.coopmarket.training.Gender;
import ma.coopmarket.training.ParticipantRole;
import ma.coopmarket.training.TeachingLanguage;
import ma.coopmarket.training.TrainingMode;
import ma.coopmarket.training.TrainingStatus;

/**
 * Support programmes, their training sessions and exactly {@code total} enrolments of
 * cooperatives' members, as {@code TrainingService} and {@code EnrollmentService} would have written
 * them. The four programmes are those of shared/domain.md (Mourafaka of the cooperation
 * development office, the national upgrade centre's digital competition, the incubator's learning
 * by doing, the platform's own academy); sessions on digital marketing, e-commerce and the other
 * topics run on site in every region (in proportion to its cooperatives) or remotely, from two
 * years before {@link Generated#NOW} to two months after.
 *
 * <p>Each session's enrolments are replayed in time order under the service's rules: taken only
 * before the deadline, CONFIRMED while seats last and WAITLISTED after, at most
 * {@code max_per_cooperative} confirmed or waitlisted per cooperative, one active enrolment per
 * phone; a cancellation (before the start) frees its seat for the first of the waitlist; a
 * cancelled session cancels its active enrolments; once a session started the organiser records
 * ATTENDED, NO_SHOW or COMPLETED. Women's cooperatives, a third of the directory, send about half
 * the participants.
 */
final class EnrollmentStep implements Step {

    private static final long MINUTE = 60_000L;
    private static final long HOUR = 60 * MINUTE;
    private static final long DAY = 24 * HOUR;
    private static final long NOW = Generated.NOW.toEpochMilli();
    private static final long FIRST_START = NOW - 700 * DAY;
    private static final long LAST_START = NOW + 60 * DAY;
    /** How much likelier a women's cooperative, or one with a manager (who enrols online), is to enrol. */
    private static final double WOMEN_WEIGHT = 1.8;
    private static final double MANAGED_WEIGHT = 3.0;

    private record Programme(String nameFr, String nameAr, String nameEn, String descriptionFr, String descriptionAr,
            String descriptionEn, String organiser, String financingProgramme, String financingUrl, long createdAt) {
    }

    private static final List<Programme> PROGRAMMES = List.of(
            new Programme("Mourafaka", "مرافقة", "Mourafaka support programme",
                    "Accompagnement des coopératives nouvellement créées pendant un an (gestion, commercialisation),"
                            + " et aide à la demande de financement Intelaka.",
                    "مواكبة التعاونيات حديثة التأسيس لمدة سنة (التدبير والتسويق) والمساعدة على طلب تمويل انطلاقة.",
                    "One year of support for newly created cooperatives (management, marketing), and help to apply"
                            + " for Intelaka financing.",
                    "Office du Développement de la Coopération", "Intelaka", "https://www.intelaka.ma",
                    time("2024-05-06T09:30:00Z")),
            new Programme("Compétition digitale des coopératives", "المنافسة الرقمية للتعاونيات",
                    "Cooperatives' digital competition",
                    "Formations à distance en e-commerce et e-marketing pour les coopératives de la compétition.",
                    "تكوينات عن بعد في التجارة والتسويق الإلكترونيين لفائدة التعاونيات المشاركة في المنافسة.",
                    "Remote training in e-commerce and e-marketing for the cooperatives of the competition.",
                    "Centre national de mise à niveau", null, null, time("2024-06-17T10:00:00Z")),
            new Programme("Apprendre en faisant", "التعلم بالممارسة", "Learning by doing",
                    "Formation, partage et coaching : les coopératives vendent en ligne dès la première séance.",
                    "تكوين وتقاسم ومواكبة: تبيع التعاونيات عبر الإنترنت منذ الحصة الأولى.",
                    "Training, sharing and coaching: cooperatives sell online from the first session.",
                    "Incubateur coopératif", null, null, time("2024-07-01T08:45:00Z")),
            new Programme("Académie CoopMarket", "أكاديمية كوب ماركت", "CoopMarket Academy",
                    "Formations en marketing et en communication digitale pour les coopératives inscrites sur la"
                            + " plateforme.",
                    "تكوينات في التسويق والتواصل الرقمي لفائدة التعاونيات المسجلة في المنصة.",
                    "Marketing and digital communication training for the cooperatives registered on the platform.",
                    "CoopMarket", null, null, time("2024-08-26T11:15:00Z")));
    private static final int MOURAFAKA = 0;
    private static final int COMPETITION = 1;
    private static final int INCUBATOR = 2;
    private static final int ACADEMY = 3;

    /** A topic's weight among sessions, the share given remotely, and its titles (fr, ar, en triples). */
    private record Topic(String code, int weight, int remotePercent, String[] titles, String descriptionFr,
            String descriptionAr, String descriptionEn) {
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic("DIGITAL_MARKETING", 22, 40, new String[] {
                "Marketing digital pour les coopératives", "التسويق الرقمي للتعاونيات", "Digital marketing for cooperatives",
                "Faire connaître ses produits en ligne", "التعريف بالمنتجات عبر الإنترنت", "Promoting products online" },
                    "Définir ses clients, choisir ses canaux, mesurer ses résultats.",
                    "تحديد الزبناء واختيار القنوات وقياس النتائج.", "Know your customers, pick channels, measure results."),
            new Topic("ECOMMERCE", 22, 40, new String[] {
                "Vendre en ligne", "البيع عبر الإنترنت", "Selling online",
                "Ouvrir sa boutique en ligne", "فتح متجر إلكتروني", "Opening an online shop",
                "Gérer les commandes et la livraison", "تدبير الطلبيات والتوصيل", "Handling orders and delivery" },
                    "Publier son catalogue, fixer ses prix, confirmer les commandes par SMS, préparer les colis.",
                    "نشر الكتالوج وتحديد الأثمنة وتأكيد الطلبيات عبر الرسائل القصيرة وتحضير الطرود.",
                    "Publish a catalogue, set prices, confirm orders by SMS, prepare parcels."),
            new Topic("SOCIAL_MEDIA_SELLING", 15, 25, new String[] {
                "Vendre sur les réseaux sociaux", "البيع عبر شبكات التواصل الاجتماعي", "Selling on social media",
                "Vendre avec WhatsApp Business", "البيع بواسطة واتساب للأعمال", "Selling with WhatsApp Business" },
                    "Créer une page, publier régulièrement, répondre aux clients.",
                    "إنشاء صفحة والنشر بانتظام والرد على الزبناء.", "Set up a page, post regularly, answer customers."),
            new Topic("PRODUCT_PHOTOGRAPHY", 10, 10, new String[] {
                "Photographier ses produits", "تصوير المنتجات", "Product photography",
                "Photos de produits avec un smartphone", "تصوير المنتجات بالهاتف الذكي", "Product photos with a smartphone" },
                    "Lumière naturelle, fond neutre, cadrage : des photos qui vendent.",
                    "ضوء طبيعي وخلفية محايدة وتأطير جيد: صور تبيع.", "Daylight, plain background, framing: photos that sell."),
            new Topic("DIGITAL_COMMUNICATION", 12, 30, new String[] {
                "Communication digitale", "التواصل الرقمي", "Digital communication",
                "Raconter l'histoire de sa coopérative", "رواية قصة التعاونية", "Telling your cooperative's story" },
                    "Présenter la coopérative, ses membres et son terroir sur le web.",
                    "تقديم التعاونية وأعضائها ومنطقتها على الإنترنت.", "Present the cooperative, its members and its land online."),
            new Topic("PACKAGING", 7, 5, new String[] {
                "Emballage et étiquetage", "التلفيف والتوسيم", "Packaging and labelling" },
                    "Emballer pour l'expédition, étiqueter selon la réglementation.",
                    "التلفيف من أجل الشحن والتوسيم وفق القانون.", "Pack for shipping, label to the regulations."),
            new Topic("BOOKKEEPING", 6, 30, new String[] {
                "Tenir sa comptabilité", "مسك الحسابات", "Bookkeeping" },
                    "Recettes, dépenses et paiements à la livraison : tenir des comptes simples.",
                    "المداخيل والمصاريف والأداء عند التسليم: مسك حسابات بسيطة.",
                    "Income, expenses and cash on delivery: keeping simple accounts."),
            new Topic("FINANCING", 6, 15, new String[] {
                "Préparer son dossier Intelaka", "إعداد ملف انطلاقة", "Preparing an Intelaka application",
                "Accès au financement", "الولوج إلى التمويل", "Access to financing" },
                    "Les financements ouverts aux coopératives et les pièces du dossier.",
                    "أنواع التمويل المتاحة للتعاونيات ووثائق الملف.", "Financing open to cooperatives and the documents to file."));

    private static final String[] VENUES = { "Chambre d'agriculture, ", "Maison des jeunes, ",
        "Centre de formation professionnelle, ", "Chambre d'artisanat, ", "Maison de la coopérative, " };
    private static final String ODCO_VENUE = "Délégation régionale de l'ODCo, ";
    private static final String[] WOMEN = { "Fatima", "Khadija", "Aicha", "Salma", "Naima", "Zineb", "Hanane", "Meryem",
        "Latifa", "Samira", "Imane", "Nadia", "Mina", "Itto", "Touda", "Rkia", "Hafsa", "Malika" };
    private static final String[] MEN = { "Mohamed", "Ahmed", "Youssef", "Hassan", "Omar", "Rachid", "Brahim",
        "Abdellah", "Mustapha", "Said", "Karim", "Hamid", "Lahcen", "Mbarek" };
    private static final String[] FAMILIES = { "El Amrani", "Benali", "Ait Ouahmane", "Bouzid", "El Idrissi", "Alaoui",
        "Oubaha", "Amzil", "Ait Lahcen", "Idbouhou", "Oubella", "Ait Baha", "Boutaleb", "Ezzahraoui", "Ouhammou" };
    private static final String[] WOMEN_AR = { "فاطمة", "خديجة", "عائشة", "نعيمة", "مينة", "يطو", "رقية", "مليكة" };
    private static final String[] MEN_AR = { "محمد", "أحمد", "يوسف", "حسن", "إبراهيم", "لحسن", "امبارك" };
    private static final String[] FAMILIES_AR = { "أيت باها", "أمزيل", "العمراني", "الإدريسي", "أوبلا", "أيت لحسن" };

    private final int total;

    EnrollmentStep(int total) {
        this.total = total;
    }

    @Override
    public String name() {
        return "enrollments";
    }

    /** A session as drawn, before its enrolments are replayed. */
    private static final class Session {
        final String id;
        final int programme;
        final Topic topic;
        final String[] title;
        final TrainingMode mode;
        final String region;
        final String venue;
        final TeachingLanguage language;
        final long createdAt;
        final long startsAt;
        final long endsAt;
        final long deadline;
        final int capacity;
        final int maxPerCooperative;
        /** When an organiser cancels it (if before NOW), else Long.MAX_VALUE; when marked COMPLETED, likewise. */
        final long cancelAt;
        final long completeAt;
        int arrivals;
        int seatsTaken;
        long updatedAt;

        Session(Random random, long startsAt, String region, Topic topic, TrainingMode mode) {
            this.topic = topic;
            this.mode = mode;
            this.region = region;
            this.startsAt = startsAt;
            this.programme = programme(topic.code(), mode);
            int variant = random.nextInt(topic.titles().length / 3);
            this.title = new String[] { topic.titles()[3 * variant], topic.titles()[3 * variant + 1],
                random.nextInt(10) < 7 ? topic.titles()[3 * variant + 2] : null };
            String city = region == null ? null
                    : Vocabulary.CITIES.get(region).get(random.nextInt(Vocabulary.CITIES.get(region).size())).fr();
            String place = programme == MOURAFAKA && random.nextBoolean() ? ODCO_VENUE : VENUES[random.nextInt(VENUES.length)];
            this.venue = mode == TrainingMode.ON_SITE ? place + city : null;
            this.language = language(mode, region, random);
            long lead = (20 + random.nextInt(45)) * DAY + random.nextInt((int) (8 * HOUR));
            long announced = Math.max(PROGRAMMES.get(programme).createdAt() + DAY, startsAt - lead);
            this.createdAt = Math.min(announced, NOW - DAY - random.nextInt((int) (5 * DAY)));
            int days = mode == TrainingMode.ON_SITE ? 1 + random.nextInt(3) : 1;
            this.endsAt = mode == TrainingMode.ON_SITE ? startsAt + (days - 1) * DAY + 8 * HOUR
                    : startsAt + (2 + random.nextInt(2)) * HOUR;
            // The announcement comes at least 20 days before the start: the deadline is after it.
            this.deadline = startsAt - new int[] { 1, 2, 3, 5, 7 }[random.nextInt(5)] * DAY;
            int[] capacities = mode == TrainingMode.ON_SITE ? new int[] { 15, 20, 25, 30, 40 }
                    : new int[] { 50, 80, 100, 150, 200 };
            this.capacity = capacities[random.nextInt(capacities.length)];
            int[] maxima = mode == TrainingMode.ON_SITE ? new int[] { 1, 2, 2, 2, 3 } : new int[] { 2, 3, 3, 5 };
            this.maxPerCooperative = maxima[random.nextInt(maxima.length)];
            this.cancelAt = random.nextInt(100) < 4 ? createdAt + (long) (random.nextDouble() * (startsAt - createdAt))
                    : Long.MAX_VALUE;
            this.completeAt = random.nextInt(100) < 90 ? endsAt + 2 * HOUR + (long) (random.nextDouble() * 5 * DAY)
                    : Long.MAX_VALUE;
            this.updatedAt = createdAt;
            this.id = Ids.of(createdAt, random);
        }

        /** Enrolments close at the deadline, at a cancellation, and (for the generator) at NOW. */
        long enrolUntil() {
            return Math.min(Math.min(deadline, cancelAt), NOW);
        }

        boolean cancelled() {
            return cancelAt <= NOW;
        }

        String status() {
            return cancelled() ? TrainingStatus.CANCELLED.name()
                    : completeAt <= NOW ? TrainingStatus.COMPLETED.name() : TrainingStatus.SCHEDULED.name();
        }
    }

    /** A participant a cooperative sends: always the same person (and phone) for that cooperative. */
    private record Person(String fullName, String phone, ParticipantRole role, Gender gender) {
    }

    /** One enrolment being replayed. */
    private static final class Enrolment {
        final Session session;
        final int cooperative;
        final Person person;
        final long arrival;
        final long createdAt;
        EnrollmentStatus status;
        Long confirmedAt;
        Long cancelledAt;
        long updatedAt;
        long version;
        String id;

        Enrolment(Session session, int cooperative, Person person, long arrival, long createdAt) {
            this.session = session;
            this.cooperative = cooperative;
            this.person = person;
            this.arrival = arrival;
            this.createdAt = createdAt;
            this.updatedAt = createdAt;
        }

        boolean active() {
            return EnrollmentStatus.ACTIVE.contains(status);
        }

        void move(EnrollmentStatus to, long at) {
            status = to;
            updatedAt = at;
            version++;
        }
    }

    @Override
    public void run(Connection connection, Generated data, Random random) throws SQLException {
        String[] programmeIds = insertProgrammes(connection, random);
        Candidates candidates = new Candidates(data, random);
        List<Session> sessions = sessions(random);
        Map<Integer, List<Person>> members = new HashMap<>();
        List<Enrolment> enrolments = new ArrayList<>(total);
        for (Session session : sessions) {
            replay(session, candidates, members, data, enrolments, random);
        }
        sessions.sort(Comparator.comparingLong((Session s) -> s.createdAt).thenComparing(s -> s.id));
        try (BatchInsert insert = new BatchInsert(connection, "training", 500, "id", "programme_id", "title_fr",
                "title_ar", "title_en", "description_fr", "description_ar", "description_en", "topic_code", "mode",
                "region_code", "venue", "language", "starts_at", "ends_at", "enrollment_deadline", "capacity",
                "max_per_cooperative", "seats_taken", "last_arrival", "status", "created_at", "updated_at",
                "version")) {
            for (Session s : sessions) {
                insert.add(s.id, programmeIds[s.programme], s.title[0], s.title[1], s.title[2], s.topic.descriptionFr(),
                        s.topic.descriptionAr(), s.title[2] == null ? null : s.topic.descriptionEn(), s.topic.code(),
                        s.mode.name(), s.region, s.venue, s.language.name(), Generated.datetime(s.startsAt),
                        Generated.datetime(s.endsAt), Generated.datetime(s.deadline), s.capacity, s.maxPerCooperative,
                        s.seatsTaken, (long) s.arrivals, s.status(), Generated.datetime(s.createdAt),
                        Generated.datetime(s.updatedAt), "SCHEDULED".equals(s.status()) ? 0L : 1L);
            }
        }
        for (Enrolment e : enrolments) {
            e.id = Ids.of(e.createdAt, random);
        }
        enrolments.sort(Comparator.comparingLong((Enrolment e) -> e.createdAt).thenComparing(e -> e.id));
        try (BatchInsert insert = new BatchInsert(connection, "training_enrollment", 1000, "id", "training_id",
                "cooperative_id", "cooperative_region_code", "full_name", "phone", "active_phone", "participant_role",
                "gender", "status", "arrival", "confirmed_at", "cancelled_at", "created_at", "updated_at", "version")) {
            for (Enrolment e : enrolments) {
                Generated.Cooperative c = data.cooperatives.get(e.cooperative);
                insert.add(e.id, e.session.id, c.id(), c.regionCode(), e.person.fullName(), e.person.phone(),
                        e.status == EnrollmentStatus.CANCELLED ? null : e.person.phone(), e.person.role().name(),
                        e.person.gender().name(), e.status.name(), e.arrival,
                        e.confirmedAt == null ? null : Generated.datetime(e.confirmedAt),
                        e.cancelledAt == null ? null : Generated.datetime(e.cancelledAt),
                        Generated.datetime(e.createdAt), Generated.datetime(e.updatedAt), e.version);
            }
        }
    }

    /**
     * The sessions, drawn until their planned enrolments reach {@code total}: on site in a region
     * (in proportion to its cooperatives) or remote (a third of those for one region's
     * cooperatives), starts spread evenly over the period. Planned enrolments are the seats times
     * a demand (some sessions fill and waitlist, others do not), for the part of the enrolment
     * window that has passed by NOW.
     */
    private List<Session> sessions(Random random) {
        List<Session> sessions = new ArrayList<>();
        int planned = 0;
        int topicsWeight = TOPICS.stream().mapToInt(Topic::weight).sum();
        while (planned < total) {
            int r = random.nextInt(topicsWeight);
            Topic topic = TOPICS.get(0);
            for (Topic t : TOPICS) {
                topic = t;
                r -= t.weight();
                if (r < 0) {
                    break;
                }
            }
            TrainingMode mode = random.nextInt(100) < topic.remotePercent() ? TrainingMode.REMOTE : TrainingMode.ON_SITE;
            String region = mode == TrainingMode.ON_SITE || random.nextInt(3) == 0
                    ? Vocabulary.weighted(Vocabulary.REGION_COUNTS, random) : null;
            long day = FIRST_START + (long) (random.nextDouble() * (LAST_START - FIRST_START)) / DAY * DAY;
            // 09:00 in Morocco (UTC+1) on site; remote sessions in the morning or the afternoon.
            long startsAt = day + (mode == TrainingMode.ON_SITE ? 8 * HOUR : random.nextBoolean() ? 9 * HOUR : 14 * HOUR);
            Session session = new Session(random, startsAt, region, topic, mode);
            double window = session.deadline - session.createdAt;
            double elapsed = Math.max(0, session.enrolUntil() - session.createdAt) / window;
            double demand = 0.85 * Math.exp(0.35 * random.nextGaussian());
            session.arrivals = Math.max(elapsed > 0 ? 1 : 0, (int) Math.round(session.capacity * demand * elapsed));
            session.arrivals = Math.min(session.arrivals, total - planned);
            planned += session.arrivals;
            sessions.add(session);
        }
        return sessions;
    }

    /**
     * Replays one session's enrolments in time order: arrivals (spread over the window), the
     * cancellations they draw, the session's own cancellation, then attendance once it started.
     */
    private static void replay(Session s, Candidates candidates, Map<Integer, List<Person>> members, Generated data,
            List<Enrolment> out, Random random) {
        int planned = s.arrivals;
        s.arrivals = 0;
        long from = s.createdAt;
        long until = s.enrolUntil();
        long[] times = new long[planned];
        for (int i = 0; i < planned; i++) {
            times[i] = from + MINUTE + (long) (random.nextDouble() * Math.max(1, until - from - MINUTE));
        }
        java.util.Arrays.sort(times);
        List<Enrolment> all = new ArrayList<>(planned);
        Map<Integer, Integer> activeByCooperative = new HashMap<>();
        java.util.Set<String> activePhones = new java.util.HashSet<>();
        PriorityQueue<long[]> cancellations = new PriorityQueue<>(Comparator.comparingLong((long[] c) -> c[0]));
        int previous = -1;
        for (int i = 0; i <= planned; i++) {
            long next = i < planned ? times[i] : Long.MAX_VALUE;
            while (!cancellations.isEmpty() && cancellations.peek()[0] < next) {
                long[] c = cancellations.poll();
                cancel(s, all.get((int) c[1]), c[0], all, activeByCooperative, activePhones);
            }
            if (i == planned) {
                break;
            }
            int cooperative = previous >= 0 && random.nextInt(100) < 35
                    && activeByCooperative.getOrDefault(previous, 0) < s.maxPerCooperative ? previous
                            : candidates.pick(s, next, activeByCooperative, random);
            Person person = member(cooperative, activePhones, members, data, random);
            Enrolment e = new Enrolment(s, cooperative, person, ++s.arrivals, next);
            if (s.seatsTaken < s.capacity) {
                s.seatsTaken++;
                e.status = EnrollmentStatus.CONFIRMED;
                e.confirmedAt = next;
            } else {
                e.status = EnrollmentStatus.WAITLISTED;
            }
            s.updatedAt = next;
            activeByCooperative.merge(cooperative, 1, Integer::sum);
            activePhones.add(person.phone());
            all.add(e);
            previous = cooperative;
            // About one in twelve is cancelled by the cooperative's manager before the session starts.
            long cancelAt = next + Math.max(HOUR, (long) (4 * DAY * Math.exp(0.9 * random.nextGaussian())));
            if (random.nextInt(12) == 0 && cancelAt < s.startsAt && cancelAt < s.cancelAt && cancelAt <= NOW) {
                cancellations.add(new long[] { cancelAt, all.size() - 1 });
            }
        }
        if (s.cancelled()) {
            for (Enrolment e : all) {
                if (e.active()) {
                    if (e.status == EnrollmentStatus.CONFIRMED) {
                        s.seatsTaken--;
                    }
                    e.move(EnrollmentStatus.CANCELLED, s.cancelAt);
                    e.cancelledAt = s.cancelAt;
                }
            }
            s.updatedAt = s.cancelAt;
        } else {
            attendance(s, all, random);
            if (s.completeAt <= NOW) {
                s.updatedAt = Math.max(s.updatedAt, s.completeAt);
            }
        }
        out.addAll(all);
    }

    /** A cancellation: the seat (if held) goes to the first of the waitlist, in arrival order. */
    private static void cancel(Session s, Enrolment e, long at, List<Enrolment> all,
            Map<Integer, Integer> activeByCooperative, java.util.Set<String> activePhones) {
        if (!e.active()) {
            return;
        }
        boolean heldSeat = e.status == EnrollmentStatus.CONFIRMED;
        e.move(EnrollmentStatus.CANCELLED, at);
        e.cancelledAt = at;
        activeByCooperative.merge(e.cooperative, -1, Integer::sum);
        activePhones.remove(e.person.phone());
        if (heldSeat) {
            s.seatsTaken--;
            s.updatedAt = at;
            for (Enrolment w : all) {
                if (s.seatsTaken >= s.capacity) {
                    break;
                }
                if (w.status == EnrollmentStatus.WAITLISTED) {
                    w.move(EnrollmentStatus.CONFIRMED, at);
                    w.confirmedAt = at;
                    s.seatsTaken++;
                }
            }
        }
    }

    /**
     * Once the session started, the organiser records who came (most, then COMPLETED after the
     * end for most of them) and who did not; a few confirmed participants are never recorded.
     */
    private static void attendance(Session s, List<Enrolment> all, Random random) {
        for (Enrolment e : all) {
            if (e.status != EnrollmentStatus.CONFIRMED) {
                continue;
            }
            int r = random.nextInt(100);
            long recorded = s.startsAt + 15 * MINUTE + (long) (random.nextDouble() * 3 * HOUR);
            long completed = s.endsAt + HOUR + (long) (random.nextDouble() * 3 * DAY);
            if (r < 78 && recorded <= NOW) {
                e.move(EnrollmentStatus.ATTENDED, recorded);
                if (random.nextInt(100) < 85 && completed <= NOW) {
                    e.move(EnrollmentStatus.COMPLETED, completed);
                }
            } else if (r < 93 && recorded <= NOW) {
                e.move(EnrollmentStatus.NO_SHOW, recorded);
            }
        }
    }

    /**
     * A member of the cooperative not enrolled in this session: mostly one who came to an earlier
     * session, else a new one (its president first, then its treasurer...).
     */
    private static Person member(int cooperative, java.util.Set<String> activePhones, Map<Integer, List<Person>> members,
            Generated data, Random random) {
        List<Person> pool = members.computeIfAbsent(cooperative, c -> new ArrayList<>());
        List<Person> free = pool.stream().filter(p -> !activePhones.contains(p.phone())).toList();
        if (!free.isEmpty() && random.nextInt(100) < 65) {
            return free.get(random.nextInt(free.size()));
        }
        Person p;
        do {
            p = person(data.cooperatives.get(cooperative).women(), pool.size(), random);
        } while (activePhones.contains(p.phone()));
        pool.add(p);
        return p;
    }

    private static Person person(boolean womens, int rank, Random random) {
        Gender gender = random.nextInt(100) < (womens ? 97 : 30) ? Gender.FEMALE : Gender.MALE;
        boolean female = gender == Gender.FEMALE;
        String name = random.nextInt(4) == 0
                ? (female ? WOMEN_AR[random.nextInt(WOMEN_AR.length)] : MEN_AR[random.nextInt(MEN_AR.length)]) + " "
                        + FAMILIES_AR[random.nextInt(FAMILIES_AR.length)]
                : (female ? WOMEN[random.nextInt(WOMEN.length)] : MEN[random.nextInt(MEN.length)]) + " "
                        + FAMILIES[random.nextInt(FAMILIES.length)];
        // The first a cooperative sends is often its president; then anyone from the board or the members.
        int r = random.nextInt(100);
        ParticipantRole role = rank == 0 && r < 50 ? ParticipantRole.PRESIDENT
                : r % 50 < 12 ? ParticipantRole.TREASURER : r % 50 < 22 ? ParticipantRole.SECRETARY
                : r % 50 < 30 ? ParticipantRole.BOARD_MEMBER : r % 50 < 44 ? ParticipantRole.MEMBER
                : r % 50 < 48 ? ParticipantRole.EMPLOYEE : ParticipantRole.OTHER;
        String phone = String.format("+212%d%08d", random.nextInt(4) == 0 ? 7 : 6, random.nextInt(100_000_000));
        return new Person(name, phone, role, gender);
    }

    /**
     * Which programme runs a session: Mourafaka the management and financing topics, the digital
     * competition the remote e-commerce and marketing ones, the incubator the hands-on ones, the
     * platform's academy the rest.
     */
    private static int programme(String topic, TrainingMode mode) {
        return switch (topic) {
            case "FINANCING", "BOOKKEEPING", "PACKAGING" -> MOURAFAKA;
            case "ECOMMERCE", "DIGITAL_MARKETING" -> mode == TrainingMode.REMOTE ? COMPETITION : ACADEMY;
            case "SOCIAL_MEDIA_SELLING", "PRODUCT_PHOTOGRAPHY" -> INCUBATOR;
            default -> ACADEMY;
        };
    }

    /** Darija on site (Tamazight often in the Souss, Drâa and Middle Atlas), French or Arabic remotely. */
    private static TeachingLanguage language(TrainingMode mode, String region, Random random) {
        int r = random.nextInt(100);
        if (mode == TrainingMode.REMOTE) {
            return r < 45 ? TeachingLanguage.fr : r < 80 ? TeachingLanguage.ar : r < 95 ? TeachingLanguage.ary
                    : TeachingLanguage.en;
        }
        int tamazight = "MA-08".equals(region) || "MA-09".equals(region) || "MA-05".equals(region) ? 25 : 5;
        return r < tamazight ? TeachingLanguage.zgh : r < tamazight + 50 ? TeachingLanguage.ary
                : r < tamazight + 75 ? TeachingLanguage.fr : TeachingLanguage.ar;
    }

    private String[] insertProgrammes(Connection connection, Random random) throws SQLException {
        String[] ids = new String[PROGRAMMES.size()];
        try (BatchInsert insert = new BatchInsert(connection, "programme", PROGRAMMES.size(), "id", "name_fr", "name_ar",
                "name_en", "description_fr", "description_ar", "description_en", "organiser", "financing_programme",
                "financing_url", "active", "created_at", "updated_at", "version")) {
            for (int i = 0; i < ids.length; i++) {
                Programme p = PROGRAMMES.get(i);
                ids[i] = Ids.of(p.createdAt(), random);
                insert.add(ids[i], p.nameFr(), p.nameAr(), p.nameEn(), p.descriptionFr(), p.descriptionAr(),
                        p.descriptionEn(), p.organiser(), p.financingProgramme(), p.financingUrl(), true,
                        Generated.datetime(p.createdAt()), Generated.datetime(p.createdAt()), 0L);
            }
        }
        return ids;
    }

    /**
     * The live cooperatives that may enrol, per region and nationally, weighted: women's
     * cooperatives and those with a manager enrol more often.
     */
    private static final class Candidates {
        final Map<String, int[]> byRegion = new HashMap<>();
        final Map<String, double[]> cumulativeByRegion = new HashMap<>();
        final Generated data;

        Candidates(Generated data, Random random) {
            this.data = data;
            Map<String, List<Integer>> lists = new HashMap<>();
            for (int i = 0; i < data.cooperatives.size(); i++) {
                Generated.Cooperative c = data.cooperatives.get(i);
                if (c.live()) {
                    lists.computeIfAbsent(c.regionCode(), k -> new ArrayList<>()).add(i);
                    lists.computeIfAbsent("", k -> new ArrayList<>()).add(i);
                }
            }
            lists.forEach((region, list) -> {
                int[] ids = list.stream().mapToInt(Integer::intValue).toArray();
                double[] cumulative = new double[ids.length];
                double sum = 0;
                for (int k = 0; k < ids.length; k++) {
                    Generated.Cooperative c = data.cooperatives.get(ids[k]);
                    sum += (c.women() ? WOMEN_WEIGHT : 1) * (data.managerOf.containsKey(c.id()) ? MANAGED_WEIGHT : 1);
                    cumulative[k] = sum;
                }
                byRegion.put(region, ids);
                cumulativeByRegion.put(region, cumulative);
            });
        }

        /** A cooperative of the session's region (all for a national session), created by then, under its maximum. */
        int pick(Session s, long at, Map<Integer, Integer> active, Random random) {
            String key = s.region == null ? "" : s.region;
            int[] ids = byRegion.get(key);
            double[] cumulative = cumulativeByRegion.get(key);
            for (int tries = 0; tries < 10_000; tries++) {
                int k = java.util.Arrays.binarySearch(cumulative, random.nextDouble() * cumulative[cumulative.length - 1]);
                int c = ids[k >= 0 ? k : -k - 1];
                if (data.cooperatives.get(c).createdAtMillis() < at - DAY && active.getOrDefault(c, 0) < s.maxPerCooperative) {
                    return c;
                }
            }
            throw new IllegalStateException("no cooperative can enrol in a session of " + key);
        }
    }

    private static long time(String instant) {
        return java.time.Instant.parse(instant).toEpochMilli();
    }
}
