package ma.coopmarket.demo;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.enterprise.event.Observes;

import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.identity.CurrentIdentityAssociation;

import org.jboss.logging.Logger;

import ma.coopmarket.cooperative.CooperativeFields;
import ma.coopmarket.cooperative.CooperativeFilter;
import ma.coopmarket.cooperative.CooperativeService;
import ma.coopmarket.cooperative.LegalForm;
import ma.coopmarket.photo.PhotoFields;
import ma.coopmarket.photo.PhotoImages;
import ma.coopmarket.photo.PhotoService;
import ma.coopmarket.product.ProductFields;
import ma.coopmarket.product.ProductLabel;
import ma.coopmarket.product.ProductService;
import ma.coopmarket.product.ProductStatus;
import ma.coopmarket.product.Unit;
import ma.coopmarket.shared.text.Language;
import ma.coopmarket.shared.web.PageParams;

/**
 * Demo data for the embedded quick start: 60 cooperatives over the 12 regions (a third of them
 * women's) and 300 products. Built into the dev profile only, so it can never load in production;
 * it goes through the services, so demo data obeys the same rules as real data. Seeded: every
 * start gives the same data.
 */
@ApplicationScoped
@IfBuildProfile("dev")
public class DemoDataLoader {

    private static final Logger LOG = Logger.getLogger(DemoDataLoader.class);
    private static final int COOPERATIVES_PER_REGION = 5;
    private static final int PRODUCTS_PER_COOPERATIVE = 5;

    private record Place(String region, String city) {
    }

    private record Name(String fr, String ar) {
    }

    private record Template(String category, String fr, String ar, String en, Unit unit, int quantity, int price,
            boolean craft) {
    }

    private static final List<Place> PLACES = List.of(
            new Place("MA-01", "Chefchaouen"), new Place("MA-02", "Figuig"), new Place("MA-03", "Sefrou"),
            new Place("MA-04", "Khémisset"), new Place("MA-05", "Azilal"), new Place("MA-06", "El Jadida"),
            new Place("MA-07", "Essaouira"), new Place("MA-08", "Zagora"), new Place("MA-09", "Taroudant"),
            new Place("MA-10", "Guelmim"), new Place("MA-11", "Laâyoune"), new Place("MA-12", "Dakhla"));

    private static final List<Name> NAMES = List.of(
            new Name("Tifaout", "تيفاوت"), new Name("Amal", "أمل"), new Name("Al Baraka", "البركة"),
            new Name("Nour", "النور"), new Name("Al Wafae", "الوفاء"), new Name("Tighanimine", "تيغانيمين"),
            new Name("Al Fath", "الفتح"), new Name("Assafa", "الصفاء"), new Name("Al Khair", "الخير"),
            new Name("Tiwizi", "تويزي"), new Name("Annahda", "النهضة"), new Name("Zahrat Al Jabal", "زهرة الجبل"),
            new Name("Argania", "أركانيا"), new Name("Al Bassatine", "البساتين"), new Name("Taytmatine", "تايتماتين"));

    private static final List<Template> TEMPLATES = List.of(
            new Template("ARGAN_OIL", "Huile d'argan alimentaire", "زيت أركان غذائي", "Culinary argan oil", Unit.ML, 250, 120, false),
            new Template("ARGAN_OIL", "Huile d'argan cosmétique", "زيت أركان تجميلي", "Cosmetic argan oil", Unit.ML, 100, 95, false),
            new Template("HONEY", "Miel de thym", "عسل الزعتر", "Thyme honey", Unit.G, 500, 180, false),
            new Template("HONEY", "Miel d'euphorbe", "عسل الدغموس", "Euphorbia honey", Unit.G, 500, 220, false),
            new Template("SAFFRON", "Safran de Taliouine", "زعفران تالوين", "Taliouine saffron", Unit.G, 1, 45, false),
            new Template("DATES", "Dattes Mejhoul", "تمر المجهول", "Medjool dates", Unit.KG, 1, 90, false),
            new Template("COUSCOUS", "Couscous d'orge", "كسكس الشعير", "Barley couscous", Unit.KG, 1, 35, false),
            new Template("AMLOU", "Amlou aux amandes", "أملو باللوز", "Almond amlou", Unit.G, 250, 70, false),
            new Template("OLIVE_OIL", "Huile d'olive vierge extra", "زيت زيتون بكر ممتاز", "Extra virgin olive oil", Unit.L, 1, 85, false),
            new Template("ROSE_WATER", "Eau de rose de Kelâa M'Gouna", "ماء ورد قلعة مكونة", "Kelaa M'Gouna rose water", Unit.ML, 250, 40, false),
            new Template("COSMETICS", "Savon noir à l'eucalyptus", "الصابون البلدي بالكاليبتوس", "Eucalyptus black soap", Unit.G, 200, 30, false),
            new Template("RUGS", "Tapis berbère tissé main", "زربية أمازيغية منسوجة يدويا", "Hand-woven Berber rug", Unit.PIECE, 1, 1200, true),
            new Template("POTTERY", "Tajine en terre cuite", "طاجين من الطين", "Clay tagine", Unit.PIECE, 1, 150, true),
            new Template("BASKETRY", "Panier en doum", "سلة من الدوم", "Doum palm basket", Unit.PIECE, 1, 60, true),
            new Template("TEXTILES", "Coussin brodé", "وسادة مطرزة", "Embroidered cushion", Unit.PIECE, 1, 250, true));

    private final CooperativeService cooperatives;
    private final ProductService products;
    private final PhotoService photos;
    private final Map<Template, PhotoImages.Processed> demoPhotos = new HashMap<>();

    private final CurrentIdentityAssociation identity;

    public DemoDataLoader(CooperativeService cooperatives, ProductService products, PhotoService photos,
            CurrentIdentityAssociation identity) {
        this.cooperatives = cooperatives;
        this.photos = photos;
        this.products = products;
        this.identity = identity;
    }

    /** Loads as an admin: the services apply the same access rules as to any request. */
    @ActivateRequestContext
    void load(@Observes StartupEvent event) {
        DemoAdmin.actAs(identity);
        if (cooperatives.list(new CooperativeFilter(), new PageParams(0, 1)).totalElements() > 0) {
            return;
        }
        Random random = new Random(2020_10_15L);
        int n = 0;
        for (Place place : PLACES) {
            for (int i = 0; i < COOPERATIVES_PER_REGION; i++, n++) {
                boolean women = n % 3 == 0;
                boolean crafts = n % 3 == 1;
                Name name = NAMES.get(random.nextInt(NAMES.size()));
                String suffix = " " + place.city() + " " + (i + 1);
                String id = cooperatives.create(new CooperativeFields(
                        (women ? "Coopérative féminine " : "Coopérative ") + name.fr() + suffix,
                        (women ? "التعاونية النسوية " : "تعاونية ") + name.ar() + " " + (i + 1),
                        name.fr() + " Cooperative" + suffix,
                        String.format("%s-%d-%04d", place.region(), 2005 + random.nextInt(18), n + 1),
                        LegalForm.COOPERATIVE, place.region(), place.city(), crafts ? "CRAFTS" : "AGRICULTURE",
                        2000 + random.nextInt(24), 7 + random.nextInt(80), women,
                        "Coopérative de " + place.city() + ", produits du terroir.",
                        "تعاونية من " + place.city() + "، منتجات محلية.",
                        "Cooperative from " + place.city() + ", local products.",
                        String.format("+2126%08d", random.nextInt(100_000_000)),
                        "contact" + (n + 1) + "@coop.example.ma", n % 2 == 0, n % 4 == 0 ? Language.ar : Language.fr)).id();
                addProducts(id, crafts, random);
            }
        }
        LOG.infof("Demo data loaded: %d cooperatives, %d products", n, n * PRODUCTS_PER_COOPERATIVE);
    }

    private void addProducts(String cooperativeId, boolean crafts, Random random) {
        List<Template> fitting = TEMPLATES.stream().filter(t -> t.craft() == crafts).toList();
        for (int j = 0; j < PRODUCTS_PER_COOPERATIVE; j++) {
            Template t = fitting.get((j + random.nextInt(fitting.size())) % fitting.size());
            BigDecimal price = BigDecimal.valueOf(t.price() * (80 + random.nextInt(41)) / 100.0)
                    .setScale(0, RoundingMode.HALF_UP).add(new BigDecimal("0.50"));
            String productId = products.create(cooperativeId, new ProductFields("SKU-" + (j + 1), t.fr(), t.ar(), t.en(),
                    t.fr() + " de la coopérative.", t.ar() + " من التعاونية.", t.en() + " from the cooperative.",
                    t.category(), price, t.unit(), BigDecimal.valueOf(t.quantity()), random.nextInt(6) == 0 ? 0 : 5 + random.nextInt(60),
                    ProductStatus.ACTIVE, List.of(),
                    random.nextBoolean() ? List.of(ProductLabel.ORGANIC) : List.of(ProductLabel.HANDMADE))).id();
            // One placeholder photo per kind of product, processed once, shown by every product of that kind.
            photos.attach(productId, demoPhotos.computeIfAbsent(t, k -> photos.prepare(DemoPhotos.card(k.en(), k.category()))),
                    new PhotoFields(t.fr(), t.ar(), t.en()));
        }
    }
}
