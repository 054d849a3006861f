package ma.coopmarket.datagen;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import ma.coopmarket.shared.persistence.Ids;
import ma.coopmarket.shared.text.SearchText;

/**
 * The national directory: the live cooperatives spread over the 12 regions in the 2019
 * proportions, exactly 35% of them women's cooperatives, plus a few archived ones (which every
 * read must skip). Rows are inserted in creation order, so their time-ordered ids are too.
 */
final class CooperativeStep implements Step {

    static final double WOMEN_SHARE = 0.35;
    private static final int SEARCH_TEXT_LENGTH = 700;
    private static final long START = Instant.parse("2015-01-01T00:00:00Z").toEpochMilli();

    private final int live;
    private final int archived;

    CooperativeStep(int live, int archived) {
        this.live = live;
        this.archived = archived;
    }

    @Override
    public String name() {
        return "cooperatives";
    }

    private record Draft(long createdAt, String region, boolean women, boolean live, int sequence) {
    }

    @Override
    public void run(Connection connection, Generated data, Random random) throws SQLException {
        Map<String, String[]> regionNames = regionNames(connection);
        List<Draft> drafts = drafts(random);
        drafts.sort(Comparator.comparingLong(Draft::createdAt).thenComparingInt(Draft::sequence));
        try (BatchInsert insert = new BatchInsert(connection, "cooperative", 500, "id", "name_fr", "name_ar",
                "name_en", "registration_number", "legal_form", "region_code", "city", "sector_code", "founded_year",
                "member_count", "women_cooperative", "description_fr", "description_ar", "description_en", "phone",
                "email", "sms_notifications", "status", "search_text", "archived_at", "created_at", "updated_at",
                "version")) {
            for (Draft d : drafts) {
                String id = Ids.of(d.createdAt(), random);
                String sector = Vocabulary.weighted(Vocabulary.SECTOR_WEIGHTS, random);
                List<Vocabulary.City> cities = Vocabulary.CITIES.get(d.region());
                Vocabulary.City city = cities.get(random.nextInt(cities.size()));
                Vocabulary.Root root = Vocabulary.ROOTS.get(random.nextInt(Vocabulary.ROOTS.size()));
                StringBuilder fr = new StringBuilder(d.women() ? "Coopérative féminine " : "Coopérative ").append(root.fr());
                StringBuilder ar = new StringBuilder(d.women() ? "التعاونية النسوية " : "تعاونية ").append(root.ar());
                if ("AGRICULTURE".equals(sector) && random.nextInt(10) < 3) {
                    fr.append(" agricole");
                    ar.append(" الفلاحية");
                } else if ("CRAFTS".equals(sector) && random.nextInt(10) < 3) {
                    fr.append(" artisanale");
                    ar.append(" الحرفية");
                }
                if (random.nextInt(10) < 6) {
                    fr.append(' ').append(city.fr());
                    ar.append(' ').append(city.ar());
                }
                String en = random.nextInt(10) < 4 ? root.fr() + " Cooperative" : null;
                int r = random.nextInt(1000);
                String legalForm = r < 970 ? "COOPERATIVE" : r < 995 ? "UNION" : "FEDERATION";
                int founded = foundedYear(random);
                int members = 7 + (int) Math.min(600, Math.round(-Math.log(1 - random.nextDouble()) * 30));
                String phone = random.nextInt(100) < 85 ? String.format("+2126%08d", random.nextInt(100_000_000)) : null;
                String email = random.nextInt(100) < 40 ? "contact" + d.sequence() + "@coop.example.ma" : null;
                boolean sms = phone != null && random.nextInt(10) < 6;
                int s = random.nextInt(100);
                String status = s < 78 ? "VERIFIED" : s < 95 ? "PENDING" : "SUSPENDED";
                String[] region = regionNames.get(d.region());
                String descriptionFr = fr + ", fondée en " + founded + " à " + city.fr() + " (" + region[0]
                        + "), réunit " + members + " membres.";
                String descriptionAr = ar + "، تأسست سنة " + founded + " ب" + city.ar() + " (" + region[1] + ")، تضم "
                        + members + " عضوا.";
                String descriptionEn = en == null ? null
                        : en + ", founded in " + founded + " in " + city.fr() + ", has " + members + " members.";
                long updatedAt = d.createdAt() + (long) (random.nextDouble() * (Generated.NOW.toEpochMilli() - d.createdAt()) / 4);
                String nameFr = fr.toString();
                String nameAr = ar.toString();
                insert.add(id, nameFr, nameAr, en,
                        String.format("%s-%d-%06d", d.region().substring(3), founded, d.sequence()), legalForm,
                        d.region(), city.fr(), sector, founded, members, d.women(), descriptionFr, descriptionAr,
                        descriptionEn, phone, email, sms, status,
                        SearchText.index(SEARCH_TEXT_LENGTH, nameFr, nameAr, en, city.fr()),
                        d.live() ? null : Generated.datetime(updatedAt), Generated.datetime(d.createdAt()),
                        Generated.datetime(updatedAt), 0L);
                data.cooperatives.add(new Generated.Cooperative(id, d.region(), sector, d.women(), d.live(),
                        d.createdAt(), nameFr, nameAr, city, phone));
            }
        }
    }

    /** Regions, women's flags and creation times, before any name is drawn. */
    private List<Draft> drafts(Random random) {
        Map<String, Integer> perRegion = apportion(live);
        int women = (int) Math.round(live * WOMEN_SHARE);
        List<Boolean> flags = new ArrayList<>(Collections.nCopies(women, true));
        flags.addAll(Collections.nCopies(live - women, false));
        Collections.shuffle(flags, random);
        List<Draft> drafts = new ArrayList<>(live + archived);
        int sequence = 0;
        for (String region : perRegion.keySet().stream().sorted().toList()) {
            for (int i = 0; i < perRegion.get(region); i++, sequence++) {
                drafts.add(new Draft(createdAt(random), region, flags.get(sequence), true, sequence + 1));
            }
        }
        for (int i = 0; i < archived; i++, sequence++) {
            String region = Vocabulary.weighted(Vocabulary.REGION_COUNTS, random);
            drafts.add(new Draft(createdAt(random), region, random.nextDouble() < WOMEN_SHARE, false, sequence + 1));
        }
        return drafts;
    }

    /** Splits {@code total} over the regions in the 2019 proportions (largest remainder). */
    static Map<String, Integer> apportion(int total) {
        int sum = Vocabulary.REGION_COUNTS.values().stream().mapToInt(Integer::intValue).sum();
        Map<String, Integer> result = new HashMap<>();
        List<String> byRemainder = new ArrayList<>(Vocabulary.REGION_COUNTS.keySet());
        int given = 0;
        for (String region : byRemainder) {
            int share = (int) ((long) total * Vocabulary.REGION_COUNTS.get(region) / sum);
            result.put(region, share);
            given += share;
        }
        byRemainder.sort(Comparator.comparingLong((String region) -> -((long) total * Vocabulary.REGION_COUNTS.get(region) % sum))
                .thenComparing(Comparator.naturalOrder()));
        for (int i = 0; given < total; i++, given++) {
            result.merge(byRemainder.get(i), 1, Integer::sum);
        }
        return result;
    }

    private static long createdAt(Random random) {
        return START + (long) (random.nextDouble() * (Generated.NOW.toEpochMilli() - START - 7L * 86_400_000L));
    }

    /** Most cooperatives were founded after the 2014 law; a few go back decades. */
    private static int foundedYear(Random random) {
        return random.nextInt(10) < 7 ? 2014 + random.nextInt(11) : 1975 + random.nextInt(39);
    }

    private static Map<String, String[]> regionNames(Connection connection) throws SQLException {
        Map<String, String[]> names = new HashMap<>();
        try (Statement st = connection.createStatement();
                ResultSet rs = st.executeQuery("SELECT code, name_fr, name_ar FROM region")) {
            while (rs.next()) {
                names.put(rs.getString(1), new String[] { rs.getString(2), rs.getString(3) });
            }
        }
        return names;
    }
}
