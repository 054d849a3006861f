package ma.coopmarket.datagen;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import ma.coopmarket.shared.persistence.Ids;
import ma.coopmarket.shared.persistence.StringListConverter;
import ma.coopmarket.shared.text.SearchText;

/**
 * The catalogue: {@code total} products over the cooperatives, many for producers and crafts
 * cooperatives and few or none for housing or transport ones, with regional specialities (argan
 * in Souss, dates in Drâa). Names in French and Arabic (English for most), about 92% ACTIVE, 5%
 * DRAFT, 3% ARCHIVED, 15% out of stock. Inserted in creation order.
 */
final class ProductStep implements Step {

    /** As Product.SEARCH_TEXT_LENGTH (package-private there): the product.search_text column since V8. */
    private static final int SEARCH_TEXT_LENGTH = 680;
    private static final int MAX_PER_COOPERATIVE = 400;
    private static final Set<String> FOOD = Set.of("ARGAN_OIL", "HONEY", "SAFFRON", "DATES", "COUSCOUS", "AMLOU",
            "OLIVE_OIL", "ROSE_WATER", "OTHER");
    private static final Set<String> CRAFT = Set.of("RUGS", "POTTERY", "BASKETRY", "TEXTILES");
    private static final Map<String, String[]> BLURBS = Map.ofEntries(
            Map.entry("ARGAN_OIL", new String[] { "Pressée à froid à partir d'amandons concassés à la main.",
                "معصور على البارد من لوز الأركان المكسر يدويا." }),
            Map.entry("HONEY", new String[] { "Miel pur récolté dans les ruches traditionnelles de la coopérative.",
                "عسل حر مجني من خلايا التعاونية التقليدية." }),
            Map.entry("SAFFRON", new String[] { "Pistils cueillis à l'aube et séchés à l'ombre.",
                "خيوط مقطوفة عند الفجر ومجففة في الظل." }),
            Map.entry("DATES", new String[] { "Dattes de la palmeraie, triées à la main.",
                "تمور الواحة، منتقاة يدويا." }),
            Map.entry("COUSCOUS", new String[] { "Roulé à la main et séché au soleil.", "مفتول يدويا ومجفف تحت الشمس." }),
            Map.entry("AMLOU", new String[] { "Amandes grillées, huile d'argan et miel.", "لوز محمص وزيت أركان وعسل." }),
            Map.entry("OLIVE_OIL", new String[] { "Olives récoltées à maturité, première pression à froid.",
                "زيتون مقطوف عند النضج، عصرة أولى على البارد." }),
            Map.entry("ROSE_WATER", new String[] { "Distillée à partir de roses de la vallée du Dadès.",
                "مقطر من ورود وادي دادس." }),
            Map.entry("COSMETICS", new String[] { "Préparé selon les recettes traditionnelles du hammam.",
                "محضر وفق الوصفات التقليدية للحمام." }),
            Map.entry("RUGS", new String[] { "Tissé à la main en laine naturelle par les artisanes.",
                "منسوج يدويا من الصوف الطبيعي من طرف الصانعات." }),
            Map.entry("POTTERY", new String[] { "Façonné et cuit au four traditionnel.", "مشكل ومطهو في الفرن التقليدي." }),
            Map.entry("BASKETRY", new String[] { "Tressé à la main en fibres naturelles.", "مضفور يدويا من ألياف طبيعية." }),
            Map.entry("TEXTILES", new String[] { "Brodé à la main selon les motifs de la région.",
                "مطرز يدويا حسب زخارف المنطقة." }),
            Map.entry("OTHER", new String[] { "Produit du terroir de la coopérative.", "منتوج محلي من التعاونية." }));
    private static final String[][] SIZES = { { "", "" }, { " petit modèle", " صغير" }, { " grand modèle", " كبير" } };

    private final int total;
    private final StringListConverter lists = new StringListConverter();

    ProductStep(int total) {
        this.total = total;
    }

    @Override
    public String name() {
        return "products";
    }

    private record Draft(long createdAt, int cooperative, int ordinal) {
    }

    @Override
    public void run(Connection connection, Generated data, Random random) throws SQLException {
        List<Draft> drafts = drafts(data.cooperatives, random);
        drafts.sort(Comparator.comparingLong(Draft::createdAt).thenComparingInt(Draft::cooperative)
                .thenComparingInt(Draft::ordinal));
        try (BatchInsert insert = new BatchInsert(connection, "product", 500, "id", "cooperative_id", "sku", "name_fr",
                "name_ar", "name_en", "description_fr", "description_ar", "description_en", "category_code", "price",
                "unit", "unit_quantity", "stock", "status", "image_urls", "labels", "search_text", "archived_at",
                "created_at", "updated_at", "version")) {
            for (Draft d : drafts) {
                Generated.Cooperative c = data.cooperatives.get(d.cooperative());
                String id = Ids.of(d.createdAt(), random);
                String category = Vocabulary.weighted(categories(c), random);
                List<Vocabulary.Template> lines = Vocabulary.TEMPLATES.stream()
                        .filter(t -> t.category().equals(category)).toList();
                Vocabulary.Template t = lines.get(random.nextInt(lines.size()));
                int quantity = t.quantities()[random.nextInt(t.quantities().length)];
                List<String> labels = labels(category, c.regionCode(), random);
                boolean organic = labels.contains("ORGANIC");
                String[] size = "PIECE".equals(t.unit()) ? SIZES[random.nextInt(SIZES.length)] : SIZES[0];
                String amountFr = "PIECE".equals(t.unit()) ? "" : " " + quantity + " " + Vocabulary.UNIT_FR.get(t.unit());
                String amountAr = "PIECE".equals(t.unit()) ? "" : " " + quantity + " " + Vocabulary.UNIT_AR.get(t.unit());
                String brand = random.nextInt(4) == 0 ? c.nameFr().replaceFirst("^Coopérative (féminine )?", "") : null;
                String nameFr = t.fr() + size[0] + amountFr + (organic ? " bio" : "") + (brand == null ? "" : " – " + brand);
                String nameAr = t.ar() + size[1] + amountAr + (organic ? " عضوي" : "");
                String nameEn = random.nextInt(10) < 7
                        ? (organic ? "Organic " + Character.toLowerCase(t.en().charAt(0)) + t.en().substring(1) : t.en())
                                + amountFr
                        : null;
                String sku = category.substring(0, 3) + "-" + String.format("%04d", d.ordinal() + 1);
                String[] blurb = BLURBS.getOrDefault(category, BLURBS.get("OTHER"));
                String descriptionFr = nameFr + " de la " + c.nameFr().substring(0, 1).toLowerCase()
                        + c.nameFr().substring(1) + ", " + c.city().fr() + ". " + blurb[0];
                String descriptionAr = nameAr + " من " + c.nameAr() + "، " + c.city().ar() + ". " + blurb[1];
                String descriptionEn = nameEn == null ? null : nameEn + " from a cooperative in " + c.city().fr() + ".";
                BigDecimal price = price(t, quantity, random);
                int stock = random.nextInt(100) < 15 ? 0 : 1 + (int) Math.min(500, Math.round(-Math.log(1 - random.nextDouble()) * 40));
                int s = random.nextInt(100);
                String status = s < 92 ? "ACTIVE" : s < 97 ? "DRAFT" : "ARCHIVED";
                long updatedAt = d.createdAt() + (long) (random.nextDouble() * (Generated.NOW.toEpochMilli() - d.createdAt()) / 3);
                List<String> images = new ArrayList<>();
                for (int k = 1, n = 1 + random.nextInt(3); k <= n; k++) {
                    images.add("https://images.coopmarket.example/p/" + id + "/" + k + ".jpg");
                }
                insert.add(id, c.id(), sku, nameFr, nameAr, nameEn, descriptionFr, descriptionAr, descriptionEn,
                        category, price, t.unit(), BigDecimal.valueOf(quantity), stock, status,
                        lists.convertToDatabaseColumn(images), lists.convertToDatabaseColumn(labels),
                        SearchText.index(SEARCH_TEXT_LENGTH, nameFr, nameAr, nameEn, sku),
                        "ARCHIVED".equals(status) ? Generated.datetime(updatedAt) : null,
                        Generated.datetime(d.createdAt()), Generated.datetime(updatedAt), 0L);
                data.products.add(new Generated.Product(id, d.cooperative(), price.toPlainString(), stock,
                        "ACTIVE".equals(status) && c.live(), sku, nameFr, nameAr, d.createdAt()));
            }
        }
    }

    /** How many products each cooperative has (skewed by sector), scaled to exactly {@code total}. */
    private List<Draft> drafts(List<Generated.Cooperative> cooperatives, Random random) {
        double[] weights = new double[cooperatives.size()];
        double sum = 0;
        for (int i = 0; i < weights.length; i++) {
            double mean = Vocabulary.PRODUCTS_PER_COOPERATIVE.getOrDefault(cooperatives.get(i).sectorCode(),
                    Vocabulary.DEFAULT_PRODUCTS_PER_COOPERATIVE);
            weights[i] = mean * -Math.log(1 - random.nextDouble());
            sum += weights[i];
        }
        int[] counts = new int[weights.length];
        double[] remainders = new double[weights.length];
        int given = 0;
        for (int i = 0; i < weights.length; i++) {
            double exact = weights[i] * total / sum;
            counts[i] = Math.min(MAX_PER_COOPERATIVE, (int) exact);
            remainders[i] = exact - (int) exact;
            given += counts[i];
        }
        Integer[] order = new Integer[weights.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> -remainders[i]).thenComparingInt(i -> i));
        for (int k = 0; given < total; k = (k + 1) % order.length) {
            if (counts[order[k]] < MAX_PER_COOPERATIVE) {
                counts[order[k]]++;
                given++;
            }
        }
        List<Draft> drafts = new ArrayList<>(total);
        long now = Generated.NOW.toEpochMilli();
        for (int i = 0; i < counts.length; i++) {
            long from = cooperatives.get(i).createdAtMillis() + 86_400_000L;
            for (int j = 0; j < counts[i]; j++) {
                drafts.add(new Draft(from + (long) (random.nextDouble() * Math.max(1, now - from)), i, j));
            }
        }
        return drafts;
    }

    private static Map<String, Integer> categories(Generated.Cooperative c) {
        Map<String, Integer> base = Vocabulary.SECTOR_CATEGORIES.getOrDefault(c.sectorCode(),
                Vocabulary.OTHER_SECTOR_CATEGORIES);
        Map<String, Integer> bias = Vocabulary.REGION_BIAS.getOrDefault(c.regionCode(), Map.of());
        Map<String, Integer> weights = new HashMap<>();
        base.forEach((category, w) -> weights.put(category, w * bias.getOrDefault(category, 1)));
        return weights;
    }

    private static List<String> labels(String category, String region, Random random) {
        List<String> labels = new ArrayList<>();
        boolean food = FOOD.contains(category);
        if (food && random.nextInt(4) == 0) {
            labels.add("ORGANIC");
        }
        if (("ARGAN_OIL".equals(category) && "MA-09".equals(region) || "SAFFRON".equals(category)
                || "DATES".equals(category) && "MA-08".equals(region)) && random.nextInt(10) < 3) {
            labels.add("PGI");
        }
        if (food && random.nextInt(5) == 0) {
            labels.add("ONSSA_APPROVED");
        }
        if (food && random.nextInt(10) == 0) {
            labels.add("HALAL");
        }
        if (CRAFT.contains(category) && random.nextInt(10) < 8) {
            labels.add("HANDMADE");
        }
        if (random.nextInt(25) == 0) {
            labels.add("FAIR_TRADE");
        }
        if (food && random.nextInt(20) == 0) {
            labels.add("LABEL_AGRICOLE");
        }
        return labels;
    }

    private static BigDecimal price(Vocabulary.Template t, int quantity, Random random) {
        double raw = t.basePrice() * Math.pow(quantity / t.referenceQuantity(), 0.9) * (0.8 + random.nextDouble() * 0.5);
        BigDecimal halves = BigDecimal.valueOf(Math.max(5, raw) * 2).setScale(0, RoundingMode.HALF_UP);
        return halves.divide(BigDecimal.valueOf(2)).setScale(2, RoundingMode.UNNECESSARY);
    }
}
