package ma.coopmarket.datagen;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * French and Arabic words the generated data is made of: the regions' cities, cooperative names,
 * sector shares, and product templates per category, so that text search in both languages finds
 * realistic spreads of matches (argan oil is common, Zanafi kilims are rare).
 */
final class Vocabulary {

    private Vocabulary() {
    }

    record City(String fr, String ar) {
    }

    record Root(String fr, String ar) {
    }

    /** A product line: names in three languages, its unit, the quantities it comes in and a base price. */
    record Template(String category, String fr, String ar, String en, String unit, int[] quantities,
            double basePrice, double referenceQuantity) {
    }

    /** The 2019 counts per region (domain.md); the generator spreads the national total in these proportions. */
    static final Map<String, Integer> REGION_COUNTS = Map.ofEntries(
            Map.entry("MA-06", 3091), Map.entry("MA-03", 3050), Map.entry("MA-02", 3027), Map.entry("MA-04", 2653),
            Map.entry("MA-07", 2558), Map.entry("MA-09", 2501), Map.entry("MA-01", 2270), Map.entry("MA-10", 2194),
            Map.entry("MA-11", 2013), Map.entry("MA-08", 1814), Map.entry("MA-05", 1747), Map.entry("MA-12", 342));

    /** Inhabitants per region in thousands (2014 census): where customers live and have orders delivered. */
    static final Map<String, Integer> REGION_POPULATION = Map.ofEntries(
            Map.entry("MA-01", 3557), Map.entry("MA-02", 2314), Map.entry("MA-03", 4237), Map.entry("MA-04", 4581),
            Map.entry("MA-05", 2521), Map.entry("MA-06", 6862), Map.entry("MA-07", 4521), Map.entry("MA-08", 1635),
            Map.entry("MA-09", 2677), Map.entry("MA-10", 434), Map.entry("MA-11", 368), Map.entry("MA-12", 143));

    /** Street and neighbourhood names for delivery addresses (common all over the country). */
    static final List<String> STREETS = List.of("rue Al Massira", "avenue Mohammed V", "avenue Hassan II",
            "rue Ibn Battouta", "boulevard Zerktouni", "rue Oued Sebou", "avenue des FAR", "rue Al Qods",
            "rue Moulay Ismail", "rue Tarik Ibn Ziad", "avenue Allal El Fassi", "rue Imam Malik",
            "boulevard Abdelkrim El Khattabi", "rue Al Andalous", "avenue Annakhil", "rue Ibn Sina", "rue Al Wahda",
            "avenue Moulay Youssef", "rue Al Moutanabbi", "rue Ibn Khaldoun");

    static final List<String> QUARTERS = List.of("quartier Hay Mohammadi", "Hay Salam", "quartier Industriel",
            "Hay Al Qods", "quartier Dakhla", "Hay Riad", "quartier Al Houda", "Hay Nahda", "Médina",
            "quartier Administratif", "Hay Al Wifaq", "lotissement Al Amal", "Hay Hassani", "quartier Al Massira",
            "Hay Al Fath", "quartier Nouveau", "Hay Essalam", "lotissement Annour");

    static final Map<String, List<City>> CITIES = Map.ofEntries(
            Map.entry("MA-01", cities("Tanger", "طنجة", "Tétouan", "تطوان", "Chefchaouen", "شفشاون",
                    "Al Hoceïma", "الحسيمة", "Larache", "العرائش", "Ouazzane", "وزان")),
            Map.entry("MA-02", cities("Oujda", "وجدة", "Nador", "الناظور", "Berkane", "بركان", "Figuig", "فكيك",
                    "Taourirt", "تاوريرت", "Jerada", "جرادة")),
            Map.entry("MA-03", cities("Fès", "فاس", "Meknès", "مكناس", "Sefrou", "صفرو", "Ifrane", "إفران",
                    "Taza", "تازة", "Taounate", "تاونات", "El Hajeb", "الحاجب")),
            Map.entry("MA-04", cities("Rabat", "الرباط", "Salé", "سلا", "Kénitra", "القنيطرة", "Khémisset", "الخميسات",
                    "Sidi Kacem", "سيدي قاسم", "Sidi Slimane", "سيدي سليمان")),
            Map.entry("MA-05", cities("Béni Mellal", "بني ملال", "Khénifra", "خنيفرة", "Azilal", "أزيلال",
                    "Khouribga", "خريبكة", "Fquih Ben Salah", "الفقيه بن صالح")),
            Map.entry("MA-06", cities("Casablanca", "الدار البيضاء", "Settat", "سطات", "El Jadida", "الجديدة",
                    "Berrechid", "برشيد", "Mohammedia", "المحمدية", "Sidi Bennour", "سيدي بنور")),
            Map.entry("MA-07", cities("Marrakech", "مراكش", "Safi", "آسفي", "Essaouira", "الصويرة", "Chichaoua", "شيشاوة",
                    "El Kelâa des Sraghna", "قلعة السراغنة", "Al Haouz", "الحوز")),
            Map.entry("MA-08", cities("Errachidia", "الرشيدية", "Ouarzazate", "ورزازات", "Zagora", "زاكورة",
                    "Tinghir", "تنغير", "Midelt", "ميدلت", "Kelâa M'Gouna", "قلعة مكونة")),
            Map.entry("MA-09", cities("Agadir", "أكادير", "Taroudant", "تارودانت", "Tiznit", "تيزنيت", "Taliouine", "تالوين",
                    "Inezgane", "إنزكان", "Aït Baha", "آيت باها", "Tata", "طاطا")),
            Map.entry("MA-10", cities("Guelmim", "كلميم", "Tan-Tan", "طانطان", "Sidi Ifni", "سيدي إفني", "Assa", "آسا")),
            Map.entry("MA-11", cities("Laâyoune", "العيون", "Boujdour", "بوجدور", "Es-Semara", "السمارة",
                    "Tarfaya", "طرفاية")),
            Map.entry("MA-12", cities("Dakhla", "الداخلة", "Aousserd", "أوسرد", "Bir Gandouz", "بئر كندوز")));

    static final List<Root> ROOTS = List.of(
            new Root("Tifaout", "تيفاوت"), new Root("Al Amal", "الأمل"), new Root("Al Baraka", "البركة"),
            new Root("Nour", "النور"), new Root("Al Wafae", "الوفاء"), new Root("Tighanimine", "تيغانيمين"),
            new Root("Al Fath", "الفتح"), new Root("Assafa", "الصفاء"), new Root("Al Khair", "الخير"),
            new Root("Tiwizi", "تويزي"), new Root("Annahda", "النهضة"), new Root("Zahrat Al Jabal", "زهرة الجبل"),
            new Root("Argania", "أركانيا"), new Root("Al Bassatine", "البساتين"), new Root("Taytmatine", "تايتماتين"),
            new Root("Al Inbiat", "الانبعاث"), new Root("Assalam", "السلام"), new Root("Al Mostakbal", "المستقبل"),
            new Root("Al Ikhlas", "الإخلاص"), new Root("Tamount", "تامونت"), new Root("Ajddig", "أجديك"),
            new Root("Tafoukt", "تافوكت"), new Root("Al Hana", "الهناء"), new Root("Ennakhil", "النخيل"),
            new Root("Al Warda", "الوردة"), new Root("Zaytouna", "الزيتونة"), new Root("Al Mourouj", "المروج"),
            new Root("Aït Baamrane", "آيت باعمران"), new Root("Tafraout", "تافراوت"), new Root("Al Amane", "الأمان"),
            new Root("Attawfik", "التوفيق"), new Root("Al Oumnia", "الأمنية"), new Root("Tiguemmi", "تيكمي"),
            new Root("Assaada", "السعادة"), new Root("Al Karama", "الكرامة"), new Root("Al Massira", "المسيرة"),
            new Root("Imilchil", "إملشيل"), new Root("Al Hidaya", "الهداية"), new Root("Al Jawda", "الجودة"),
            new Root("Tanmia", "التنمية"));

    /** Approximate sector shares of Moroccan cooperatives (agriculture dominates, then crafts and housing). */
    static final Map<String, Integer> SECTOR_WEIGHTS = Map.ofEntries(
            Map.entry("AGRICULTURE", 630), Map.entry("CRAFTS", 150), Map.entry("HOUSING", 70),
            Map.entry("FORESTRY", 30), Map.entry("FISHING", 20), Map.entry("LABOUR", 20), Map.entry("TRANSPORT", 15),
            Map.entry("LITERACY", 10), Map.entry("TOURISM", 10), Map.entry("RETAIL", 10), Map.entry("ART_CULTURE", 10),
            Map.entry("QUARRYING", 10), Map.entry("MINING", 5), Map.entry("ECOMMERCE", 5), Map.entry("WASTE", 5));

    /** Mean catalogue size per sector: producers sell many lines, housing or transport cooperatives few. */
    static final Map<String, Double> PRODUCTS_PER_COOPERATIVE = Map.ofEntries(
            Map.entry("AGRICULTURE", 14.0), Map.entry("CRAFTS", 16.0), Map.entry("FORESTRY", 8.0),
            Map.entry("FISHING", 5.0), Map.entry("ART_CULTURE", 6.0), Map.entry("ECOMMERCE", 12.0),
            Map.entry("RETAIL", 6.0), Map.entry("TOURISM", 3.0));

    static final double DEFAULT_PRODUCTS_PER_COOPERATIVE = 1.0;

    /** Categories a cooperative of a sector sells, with weights. */
    static final Map<String, Map<String, Integer>> SECTOR_CATEGORIES = Map.ofEntries(
            Map.entry("AGRICULTURE", Map.of("ARGAN_OIL", 14, "HONEY", 14, "SAFFRON", 5, "DATES", 10, "COUSCOUS", 12,
                    "AMLOU", 7, "OLIVE_OIL", 14, "ROSE_WATER", 5, "COSMETICS", 8, "OTHER", 11)),
            Map.entry("CRAFTS", Map.of("RUGS", 30, "POTTERY", 25, "BASKETRY", 20, "TEXTILES", 25)),
            Map.entry("FORESTRY", Map.of("HONEY", 30, "ARGAN_OIL", 30, "OTHER", 40)),
            Map.entry("ECOMMERCE", Map.of("ARGAN_OIL", 20, "HONEY", 15, "COSMETICS", 20, "RUGS", 15, "TEXTILES", 15,
                    "AMLOU", 15)),
            Map.entry("RETAIL", Map.of("COUSCOUS", 20, "OLIVE_OIL", 20, "DATES", 20, "HONEY", 20, "OTHER", 20)),
            Map.entry("ART_CULTURE", Map.of("TEXTILES", 40, "POTTERY", 40, "RUGS", 20)));

    static final Map<String, Integer> OTHER_SECTOR_CATEGORIES = Map.of("OTHER", 60, "BASKETRY", 20, "TEXTILES", 20);

    /** Regional specialities: argan and saffron in Souss, dates and roses in Drâa, olives in the north-east. */
    static final Map<String, Map<String, Integer>> REGION_BIAS = Map.ofEntries(
            Map.entry("MA-09", Map.of("ARGAN_OIL", 4, "SAFFRON", 4, "AMLOU", 3)),
            Map.entry("MA-07", Map.of("ARGAN_OIL", 3, "POTTERY", 2)),
            Map.entry("MA-08", Map.of("DATES", 5, "ROSE_WATER", 5)),
            Map.entry("MA-03", Map.of("OLIVE_OIL", 3, "TEXTILES", 2, "POTTERY", 2)),
            Map.entry("MA-02", Map.of("OLIVE_OIL", 3)),
            Map.entry("MA-01", Map.of("HONEY", 2, "TEXTILES", 2)),
            Map.entry("MA-10", Map.of("ARGAN_OIL", 2, "DATES", 2)),
            Map.entry("MA-05", Map.of("OLIVE_OIL", 2, "HONEY", 2)));

    static final List<Template> TEMPLATES = List.of(
            t("ARGAN_OIL", "Huile d'argan alimentaire", "زيت أركان غذائي", "Culinary argan oil", "ML", 120, 250, 100, 250, 500, 1000),
            t("ARGAN_OIL", "Huile d'argan cosmétique", "زيت أركان تجميلي", "Cosmetic argan oil", "ML", 95, 100, 50, 100, 250),
            t("ARGAN_OIL", "Huile d'argan grillée", "زيت أركان محمص", "Roasted argan oil", "ML", 130, 250, 250, 500),
            t("HONEY", "Miel de thym", "عسل الزعتر", "Thyme honey", "G", 180, 500, 250, 500, 1000),
            t("HONEY", "Miel d'euphorbe", "عسل الدغموس", "Euphorbia honey", "G", 220, 500, 250, 500, 1000),
            t("HONEY", "Miel d'oranger", "عسل زهر البرتقال", "Orange blossom honey", "G", 120, 500, 250, 500, 1000),
            t("HONEY", "Miel de jujubier", "عسل السدر", "Jujube honey", "G", 300, 500, 250, 500),
            t("HONEY", "Miel de caroubier", "عسل الخروب", "Carob honey", "G", 160, 500, 500, 1000),
            t("SAFFRON", "Safran de Taliouine", "زعفران تالوين", "Taliouine saffron", "G", 45, 1, 1, 2, 5, 10),
            t("SAFFRON", "Pistils de safran", "خيوط الزعفران", "Saffron threads", "G", 40, 1, 1, 2, 5),
            t("DATES", "Dattes Mejhoul", "تمر المجهول", "Medjool dates", "KG", 90, 1, 1, 2, 5),
            t("DATES", "Dattes Boufeggous", "تمر بوفقوس", "Boufeggous dates", "KG", 60, 1, 1, 2, 5),
            t("DATES", "Dattes Aziza", "تمر عزيزة", "Aziza dates", "KG", 70, 1, 1, 2),
            t("DATES", "Pâte de dattes", "معجون التمر", "Date paste", "G", 35, 500, 250, 500),
            t("COUSCOUS", "Couscous d'orge", "كسكس الشعير", "Barley couscous", "KG", 35, 1, 1, 2, 5),
            t("COUSCOUS", "Couscous de blé dur", "كسكس القمح الصلب", "Durum wheat couscous", "KG", 30, 1, 1, 2, 5),
            t("COUSCOUS", "Couscous au maïs", "كسكس الذرة", "Corn couscous", "KG", 32, 1, 1, 2),
            t("COUSCOUS", "Belboula", "بلبولة", "Cracked barley", "KG", 28, 1, 1, 2),
            t("AMLOU", "Amlou aux amandes", "أملو باللوز", "Almond amlou", "G", 70, 250, 250, 500),
            t("AMLOU", "Amlou aux cacahuètes", "أملو بالكاوكاو", "Peanut amlou", "G", 45, 250, 250, 500),
            t("OLIVE_OIL", "Huile d'olive vierge extra", "زيت زيتون بكر ممتاز", "Extra virgin olive oil", "L", 85, 1, 1, 2, 5),
            t("OLIVE_OIL", "Huile d'olive Picholine", "زيت زيتون البيشولين", "Picholine olive oil", "L", 75, 1, 1, 5),
            t("OLIVE_OIL", "Olives noires beldi", "زيتون أسود بلدي", "Beldi black olives", "KG", 40, 1, 1, 2),
            t("ROSE_WATER", "Eau de rose", "ماء الورد", "Rose water", "ML", 40, 250, 100, 250, 500),
            t("ROSE_WATER", "Boutons de rose séchés", "براعم الورد المجففة", "Dried rose buds", "G", 50, 100, 100, 250),
            t("ROSE_WATER", "Huile de rose", "زيت الورد", "Rose oil", "ML", 150, 30, 30),
            t("COSMETICS", "Savon noir à l'eucalyptus", "الصابون البلدي بالكاليبتوس", "Eucalyptus black soap", "G", 30, 200, 200, 500),
            t("COSMETICS", "Ghassoul de l'Atlas", "غاسول الأطلس", "Atlas ghassoul clay", "G", 25, 250, 250, 500),
            t("COSMETICS", "Crème à l'argan", "كريم بالأركان", "Argan cream", "ML", 80, 50, 50, 100),
            t("COSMETICS", "Henné naturel", "حناء طبيعية", "Natural henna", "G", 20, 100, 100, 250),
            t("RUGS", "Tapis berbère tissé main", "زربية أمازيغية منسوجة يدويا", "Hand-woven Berber rug", "PIECE", 1500, 1, 1),
            t("RUGS", "Tapis Boucherouite", "زربية البوشرويط", "Boucherouite rug", "PIECE", 900, 1, 1),
            t("RUGS", "Kilim Zanafi", "حنبل زنافي", "Zanafi kilim", "PIECE", 2200, 1, 1),
            t("RUGS", "Tapis Beni Ouarain", "زربية بني وراين", "Beni Ouarain rug", "PIECE", 4500, 1, 1),
            t("POTTERY", "Tajine en terre cuite", "طاجين من الطين", "Clay tagine", "PIECE", 150, 1, 1),
            t("POTTERY", "Poterie de Safi", "فخار آسفي", "Safi pottery", "PIECE", 220, 1, 1),
            t("POTTERY", "Zellige artisanal", "زليج تقليدي", "Handmade zellige", "PIECE", 60, 1, 1),
            t("POTTERY", "Bol en céramique émaillée", "زبدية خزفية مزججة", "Glazed ceramic bowl", "PIECE", 90, 1, 1),
            t("BASKETRY", "Panier en doum", "سلة من الدوم", "Doum palm basket", "PIECE", 60, 1, 1),
            t("BASKETRY", "Couffin en osier", "قفة من الخيزران", "Wicker basket", "PIECE", 80, 1, 1),
            t("BASKETRY", "Chapeau de paille", "قبعة من القش", "Straw hat", "PIECE", 50, 1, 1),
            t("BASKETRY", "Natte en jonc", "حصير من السمار", "Rush mat", "PIECE", 250, 1, 1),
            t("TEXTILES", "Coussin brodé", "وسادة مطرزة", "Embroidered cushion", "PIECE", 250, 1, 1),
            t("TEXTILES", "Nappe brodée de Fès", "مفرش مطرز فاسي", "Fez embroidered tablecloth", "PIECE", 450, 1, 1),
            t("TEXTILES", "Caftan brodé main", "قفطان مطرز يدويا", "Hand-embroidered caftan", "PIECE", 1800, 1, 1),
            t("TEXTILES", "Babouches en cuir", "بلغة جلدية", "Leather babouches", "PIECE", 180, 1, 1),
            t("OTHER", "Caroube en poudre", "مسحوق الخروب", "Carob powder", "G", 30, 500, 500, 1000),
            t("OTHER", "Figues de Barbarie", "التين الشوكي", "Prickly pears", "KG", 25, 1, 1, 5),
            t("OTHER", "Plantes aromatiques séchées", "أعشاب عطرية مجففة", "Dried aromatic herbs", "G", 30, 100, 100, 250),
            t("OTHER", "Lentilles beldi", "عدس بلدي", "Beldi lentils", "KG", 25, 1, 1, 2),
            t("OTHER", "Poisson séché", "سمك مجفف", "Dried fish", "KG", 120, 1, 1),
            t("OTHER", "Câpres au vinaigre", "القبار المخلل", "Pickled capers", "G", 35, 250, 250, 500));

    static final Map<String, String> UNIT_FR = Map.of("ML", "ml", "G", "g", "KG", "kg", "L", "l", "PIECE", "");
    static final Map<String, String> UNIT_AR = Map.of("ML", "مل", "G", "غ", "KG", "كلغ", "L", "لتر", "PIECE", "");

    /** Picks a key with probability proportional to its weight. */
    static String weighted(Map<String, Integer> weights, Random random) {
        int total = weights.values().stream().mapToInt(Integer::intValue).sum();
        int r = random.nextInt(total);
        // Iterate in a fixed order: Map.of has none, and the result must not depend on the JVM's hashing.
        for (String key : weights.keySet().stream().sorted().toList()) {
            r -= weights.get(key);
            if (r < 0) {
                return key;
            }
        }
        throw new IllegalStateException("weights");
    }

    private static List<City> cities(String... names) {
        java.util.ArrayList<City> list = new java.util.ArrayList<>();
        for (int i = 0; i < names.length; i += 2) {
            list.add(new City(names[i], names[i + 1]));
        }
        return List.copyOf(list);
    }

    private static Template t(String category, String fr, String ar, String en, String unit, double basePrice,
            double referenceQuantity, int... quantities) {
        return new Template(category, fr, ar, en, unit, quantities, basePrice, referenceQuantity);
    }
}
