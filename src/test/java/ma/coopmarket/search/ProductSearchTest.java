package ma.coopmarket.search;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

/**
 * Catalogue search on the word index, against MariaDB: what a Moroccan shopper types in Arabic,
 * French and English, relevance, prefixes, facets, corrections, type-ahead, freshness after an edit,
 * and bad input. Each test searches within its own new cooperative ({@code cooperativeId}), so the
 * other tests' products never interfere.
 */
@QuarkusTest
class ProductSearchTest extends ApiTest {

    @Inject
    Vocabulary vocabulary;


    private static Map<String, Object> product(String nameFr, String nameAr, String nameEn, String category, int stock) {
        Map<String, Object> body = TestData.product("S-" + TestData.token());
        body.put("nameFr", nameFr);
        body.put("nameAr", nameAr);
        body.put("nameEn", nameEn);
        body.put("categoryCode", category);
        body.put("stock", stock);
        body.put("labels", List.of());
        return body;
    }

    /** A made-up word no other test uses, of consonants only, so no stemmer rule touches it. */
    private static String word() {
        String letters = "bcdfghjklmnpqrtvwz";
        StringBuilder w = new StringBuilder("k");
        for (int i = 0; i < 7; i++) {
            w.append(letters.charAt(ThreadLocalRandom.current().nextInt(letters.length())));
        }
        return w.toString();
    }

    private static List<String> search(String coop, String q) {
        return given().queryParam("cooperativeId", coop).queryParam("q", q).queryParam("size", 50)
                .when().get("/api/v1/products").then().statusCode(200).extract().path("items.id");
    }

    @Test
    void findsArabicWithOrWithoutTheArticleAndWithHamzaVariants() {
        String coop = TestData.createCooperative(TestData.token());
        String argan = TestData.createProduct(coop, product("Huile d'argan alimentaire", "زيت أركان غذائي",
                "Culinary argan oil", "ARGAN_OIL", 10));
        String honey = TestData.createProduct(coop, product("Miel de thym", "عسل الزعتر", "Thyme honey", "HONEY", 10));
        String dates = TestData.createProduct(coop, product("Dattes Mejhoul", "تمر المجهول", "Medjool dates", "DATES", 10));

        assertEquals(List.of(argan), search(coop, "زيت الأركان"));
        assertEquals(List.of(argan), search(coop, "الأركان"));
        assertEquals(List.of(argan), search(coop, "اركان"));
        assertEquals(List.of(honey), search(coop, "العسل"));
        assertEquals(List.of(honey), search(coop, "بالعسل"), "the proclitic بال is removed");
        assertEquals(List.of(honey), search(coop, "والعسل"), "the proclitic وال is removed");
        assertEquals(List.of(dates), search(coop, "التمر"));
        assertEquals(List.of(dates), search(coop, "تمر مجهول"));
    }

    @Test
    void findsFrenchWithElisionAccentsAndPluralsAndEnglishPlurals() {
        String coop = TestData.createCooperative(TestData.token());
        String argan = TestData.createProduct(coop, product("Huile d'argan alimentaire", "زيت أركان غذائي",
                "Culinary argan oil", "ARGAN_OIL", 10));
        String dates = TestData.createProduct(coop, product("Dattes Mejhoul", "تمر المجهول", "Medjool dates", "DATES", 10));
        String cream = TestData.createProduct(coop, product("Crème à l'argan", "كريم بالأركان", "Argan cream",
                "COSMETICS", 10));
        String rug = TestData.createProduct(coop, product("Tapis berbère tissé main", "زربية أمازيغية",
                "Hand-woven Berber rug", "RUGS", 10));

        assertEquals(List.of(argan), search(coop, "huile argan"));
        assertEquals(List.of(argan), search(coop, "argan huile"), "any order");
        assertEquals(List.of(argan), search(coop, "HUILES d'Argan"));
        assertEquals(List.of(dates), search(coop, "datte mejhoul"));
        assertEquals(List.of(dates), search(coop, "dates"), "the English plural finds the French name too");
        assertEquals(List.of(cream), search(coop, "creme"));
        assertEquals(List.of(rug), search(coop, "berbere tisse"));
        assertEquals(List.of(rug), search(coop, "rugs"));
        assertEquals(List.of(), search(coop, "huile miel"), "every word must match");
    }

    @Test
    void findsByCooperativeNameTownRegionCategoryLabelAndSku() {
        String name = word();
        Map<String, Object> cooperative = TestData.cooperative(TestData.token());
        cooperative.put("nameFr", "Coopérative " + name);
        cooperative.put("city", "Taliouine");
        String coop = TestData.createCooperative(cooperative);
        Map<String, Object> body = product("Pistils", "خيوط", "Threads", "SAFFRON", 10);
        body.put("labels", List.of("ORGANIC"));
        body.put("sku", "SAF-" + name.toUpperCase());
        String saffron = TestData.createProduct(coop, body);

        assertEquals(List.of(saffron), search(coop, name));
        assertEquals(List.of(saffron), search(coop, "taliouine"));
        assertEquals(List.of(saffron), search(coop, "souss"), "region Souss-Massa");
        assertEquals(List.of(saffron), search(coop, "safran"), "category name");
        assertEquals(List.of(saffron), search(coop, "الزعفران"), "category name in Arabic");
        assertEquals(List.of(saffron), search(coop, "bio"), "label ORGANIC");
        assertEquals(List.of(saffron), search(coop, "SAF-" + name), "SKU");
    }

    @Test
    void ranksInStockThenWholeWordThenNameWithTiesInCreationOrder() {
        String coop = TestData.createCooperative(TestData.token());
        String w = word();
        Map<String, Object> inDescription = product("Savon noir", "صابون", "Black soap", "COSMETICS", 5);
        inDescription.put("descriptionFr", "Au " + w + " de la vallée");
        String descriptionOnly = TestData.createProduct(coop, inDescription);
        String soldOut = TestData.createProduct(coop, product("Huile " + w, "زيت", "Oil", "ARGAN_OIL", 0));
        String prefixOnly = TestData.createProduct(coop, product("Huile " + w + "ia", "زيت", "Oil", "ARGAN_OIL", 5));
        String first = TestData.createProduct(coop, product("Huile " + w + " pure", "زيت", "Oil", "ARGAN_OIL", 5));
        String second = TestData.createProduct(coop, product(w + " grillé", "زيت", "Oil", "ARGAN_OIL", 5));

        // In stock with the word whole in the name (7, in creation order), in stock with the word whole in
        // the description (6), in stock in the name as a prefix only (5), then out of stock (3).
        assertEquals(List.of(first, second, descriptionOnly, prefixOnly, soldOut), search(coop, w));
        assertEquals(search(coop, w), given().queryParam("cooperativeId", coop).queryParam("q", w)
                .queryParam("sort", "relevance").when().get("/api/v1/products").then().statusCode(200)
                .extract().path("items.id"), "relevance is the default with q");
        // Other orders still apply to the same matches.
        List<String> byPrice = given().queryParam("cooperativeId", coop).queryParam("q", w).queryParam("sort", "price")
                .when().get("/api/v1/products").then().statusCode(200).extract().path("items.id");
        assertEquals(5, byPrice.size());
    }

    @Test
    void theLastWordMatchesAsAPrefixWhileTyping() {
        String coop = TestData.createCooperative(TestData.token());
        String w = word();
        String product = TestData.createProduct(coop, product("Miel " + w, "عسل", "Honey", "HONEY", 5));

        assertEquals(List.of(product), search(coop, "miel " + w.substring(0, 4)));
        assertEquals(List.of(product), search(coop, w.substring(0, 3)));
        assertEquals(List.of(), search(coop, w.substring(0, 4) + " miel"), "only the last word is a prefix");
    }

    @Test
    void pagesByRelevanceCursorWithoutGapsOrRepeats() {
        String coop = TestData.createCooperative(TestData.token());
        String w = word();
        List<String> all = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            all.add(TestData.createProduct(coop, product("Panier " + w, "سلة", "Basket", "BASKETRY", i % 2 == 0 ? 3 : 0)));
        }
        List<String> walked = new ArrayList<>();
        String cursor = null;
        for (int page = 0; page < 3; page++) {
            var response = given().queryParam("cooperativeId", coop).queryParam("q", w).queryParam("size", 3)
                    .queryParam("page", page).queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                    .when().get("/api/v1/products").then().statusCode(200).extract();
            walked.addAll(response.path("items.id"));
            cursor = response.path("nextCursor");
        }
        assertEquals(null, cursor);
        assertEquals(search(coop, w), walked);
        assertEquals(7, walked.stream().distinct().count());
        List<String> byOffset = new ArrayList<>();
        for (int page = 0; page < 3; page++) {
            byOffset.addAll(given().queryParam("cooperativeId", coop).queryParam("q", w).queryParam("size", 3)
                    .queryParam("page", page).when().get("/api/v1/products").then().statusCode(200)
                    .extract().path("items.id"));
        }
        assertEquals(walked, byOffset);
    }

    @Test
    void listingsAndSearchesShowAProductsCardAsItsOwnPageShowsIt() {
        String coop = TestData.createCooperative(TestData.token());
        String w = word();
        Map<String, Object> body = product("Tapis " + w, "زربية " + w, "Rug " + w, "RUGS", 4);
        body.put("descriptionFr", "Laine de mouton, teintures naturelles");
        body.put("descriptionAr", "صوف الغنم، أصباغ طبيعية");
        body.put("labels", List.of("HANDMADE"));
        body.put("price", new BigDecimal("1450.50"));
        String id = TestData.createProduct(coop, body);
        Map<String, Object> own = given().when().get("/api/v1/products/" + id).then().statusCode(200)
                .extract().jsonPath().getMap("$");
        // The card is the product without what only its own page shows.
        Map<String, Object> card = new java.util.LinkedHashMap<>(own);
        for (String detail : List.of("descriptionFr", "descriptionAr", "descriptionEn", "stock", "photos", "updatedAt", "version")) {
            card.remove(detail);
        }

        for (Map<String, Object> query : List.of(Map.<String, Object>of("q", w), Map.<String, Object>of("q", w,
                "sort", "price"), Map.<String, Object>of("category", "RUGS", "sort", "newest"))) {
            List<Map<String, Object>> items = given().queryParam("cooperativeId", coop).queryParams(query)
                    .when().get("/api/v1/products").then().statusCode(200).extract().jsonPath().getList("items");
            assertEquals(List.of(card), items, "as listed with " + query);
        }
    }

    @Test
    void aNewWordCompletesAtOnceBeforeAndAfterTheDictionaryIsLoadedAgain() {
        vocabulary.reload(); // the dictionary in memory is in use, and does not know the word below
        String coop = TestData.createCooperative(TestData.token());
        String w = word();
        String product = TestData.createProduct(coop, product("Amlou " + w, "أملو", "Amlou " + w, "AMLOU", 5));

        for (int round = 0; round < 2; round++) {
            given().queryParam("q", "amlou " + w.substring(0, 6)).when().get("/api/v1/products/suggestions")
                    .then().statusCode(200).body("suggestions", hasItem("amlou " + w));
            assertEquals(List.of(product), search(coop, w.substring(0, 5)), "a prefix of the new word");
            assertEquals(List.of(product), search(coop, w), "the new word whole");
            vocabulary.reload(); // counted words only: the new one is still this instance's own
        }
        vocabulary.refreshCounts(); // now counted, and in the dictionary
        given().queryParam("q", w.substring(0, 6)).when().get("/api/v1/products/suggestions")
                .then().statusCode(200).body("suggestions", hasItem(w));
    }

    @Test
    void totalsAreCountedUpToAHundredPastThePageThenGivenAsALowerBound() {
        String coop = TestData.createCooperative(TestData.token());
        String w = word();
        for (int i = 0; i < 103; i++) {
            TestData.createProduct(coop, product("Bol " + w, "زلافة", "Bowl", "POTTERY", 2));
        }
        // size 1: once the page is known and 100 more are counted, the total is a lower bound that still
        // announces the next page (the count stops at the end of a block of postings, so it may say more).
        given().queryParam("cooperativeId", coop).queryParam("q", w).queryParam("size", 1).when()
                .get("/api/v1/products").then().statusCode(200)
                .body("totalElements", org.hamcrest.Matchers.allOf(org.hamcrest.Matchers.greaterThanOrEqualTo(101),
                        org.hamcrest.Matchers.lessThanOrEqualTo(103)))
                .body("totalIsLowerBound", equalTo(true)).body("nextCursor", org.hamcrest.Matchers.notNullValue());
        // size 50, page 1: 50 + 50 + 100 are never reached, so all 103, exactly.
        given().queryParam("cooperativeId", coop).queryParam("q", w).queryParam("size", 50).queryParam("page", 1)
                .when().get("/api/v1/products").then().statusCode(200).body("totalElements", equalTo(103))
                .body("totalIsLowerBound", equalTo(false)).body("items.size()", equalTo(50));
        // A price range is checked on the matches up to 1 + 100 past the page, then the total is a lower
        // bound that still announces the next page.
        given().queryParam("cooperativeId", coop).queryParam("q", w).queryParam("size", 1)
                .queryParam("maxPrice", "1000").when().get("/api/v1/products").then().statusCode(200)
                .body("totalElements", equalTo(101)).body("totalIsLowerBound", equalTo(true))
                .body("totalPages", equalTo(101)).body("nextCursor", org.hamcrest.Matchers.notNullValue());
        // size 50, page 1: checked up to 50 + 50 + 100, so all 103, exactly.
        given().queryParam("cooperativeId", coop).queryParam("q", w).queryParam("size", 50).queryParam("page", 1)
                .queryParam("maxPrice", "1000").when().get("/api/v1/products").then().statusCode(200)
                .body("totalElements", equalTo(103)).body("totalIsLowerBound", equalTo(false))
                .body("items.size()", equalTo(50));
        given().queryParam("cooperativeId", coop).queryParam("q", w).queryParam("minPrice", "100000").when()
                .get("/api/v1/products").then().statusCode(200).body("totalElements", equalTo(0));
    }

    @Test
    void facetsCountTheWholeResultAndSumToTheTotal() {
        String coop = TestData.createCooperative(TestData.token());
        String w = word();
        TestData.createProduct(coop, product("Huile " + w, "زيت", "Oil", "ARGAN_OIL", 5));
        TestData.createProduct(coop, product("Crème " + w, "كريم", "Cream", "COSMETICS", 5));
        Map<String, Object> organic = product("Savon " + w, "صابون", "Soap", "COSMETICS", 5);
        organic.put("labels", List.of("ORGANIC", "HANDMADE"));
        TestData.createProduct(coop, organic);

        var page = given().queryParam("cooperativeId", coop).queryParam("q", w).queryParam("size", 1)
                .queryParam("facets", "category,region,label")
                .when().get("/api/v1/products").then().statusCode(200).extract().jsonPath();
        assertEquals(3, page.getLong("totalElements"));
        Map<String, Object> categories = page.getMap("facets.category");
        assertEquals(Map.of("ARGAN_OIL", 1, "COSMETICS", 2), intValues(categories));
        assertEquals(Map.of("MA-09", 3), intValues(page.getMap("facets.region")));
        assertEquals(Map.of("ORGANIC", 1, "HANDMADE", 1), intValues(page.getMap("facets.label")));
        long sum = categories.values().stream().mapToLong(v -> ((Number) v).longValue()).sum();
        assertEquals(page.getLong("totalElements"), sum);

        // Without q, over the catalogue filters alone.
        var catalogue = given().queryParam("cooperativeId", coop).queryParam("facets", "category")
                .when().get("/api/v1/products").then().statusCode(200).extract().jsonPath();
        assertEquals(catalogue.getLong("totalElements"), intValues(catalogue.getMap("facets.category")).values()
                .stream().mapToLong(Integer::longValue).sum());
    }

    private static Map<String, Integer> intValues(Map<String, Object> map) {
        Map<String, Integer> out = new java.util.TreeMap<>();
        map.forEach((k, v) -> out.put(k, ((Number) v).intValue()));
        return out;
    }

    @Test
    void anEditIsSearchableInTheResponseThatFollowsIt() {
        String coop = TestData.createCooperative(TestData.token());
        String before = word();
        String after = word();
        Map<String, Object> body = product("Tajine " + before, "طاجين", "Tagine", "POTTERY", 5);
        String id = TestData.createProduct(coop, body);
        assertEquals(List.of(id), search(coop, before));

        body.put("nameFr", "Tajine " + after);
        TestData.asAdmin().contentType(ContentType.JSON).body(body).when().put("/api/v1/products/{id}", id)
                .then().statusCode(200);
        assertEquals(List.of(id), search(coop, after));
        assertEquals(List.of(), search(coop, before));

        TestData.asAdmin().when().delete("/api/v1/products/{id}", id).then().statusCode(204);
        assertEquals(List.of(), search(coop, after), "an archived product leaves the search");
    }

    @Test
    void aCooperativeRenameOrArchiveReachesItsProducts() {
        Map<String, Object> cooperative = TestData.cooperative(TestData.token());
        String coop = TestData.createCooperative(cooperative);
        String product = TestData.createProduct(coop, product("Couscous d'orge", "كسكس", "Couscous", "COUSCOUS", 5));
        String renamed = word();
        cooperative.put("nameFr", "Coopérative " + renamed);
        TestData.asAdmin().contentType(ContentType.JSON).body(cooperative).when().put("/api/v1/cooperatives/{id}", coop)
                .then().statusCode(200);
        assertEquals(List.of(product), given().queryParam("q", renamed + " couscous").when().get("/api/v1/products")
                .then().statusCode(200).extract().path("items.id"));

        TestData.asAdmin().when().delete("/api/v1/cooperatives/{id}", coop).then().statusCode(204);
        assertEquals(List.of(), given().queryParam("q", renamed).when().get("/api/v1/products")
                .then().statusCode(200).extract().path("items.id"));
    }

    @Test
    void aProductThatSellsOutMovesBelowTheOnesInStock() {
        String coop = TestData.createCooperative(TestData.token());
        String w = word();
        String last = TestData.createProduct(coop, product("Amlou " + w, "أملو", "Amlou", "AMLOU", 2));
        String other = TestData.createProduct(coop, product("Amlou " + w + " fin", "أملو", "Amlou", "AMLOU", 2));
        assertEquals(List.of(last, other), search(coop, w));
        TestData.placeOrder(TestData.customerToken(), TestData.order(last, 2)).then().statusCode(201);
        assertEquals(List.of(other, last), search(coop, w));
    }

    @Test
    void suggestsCompletionsAndCorrectsMisspeltWords() {
        String coop = TestData.createCooperative(TestData.token());
        String w = word();
        TestData.createProduct(coop, product("Miel " + w, "عسل", "Honey " + w, "HONEY", 5));
        vocabulary.refreshCounts();

        given().queryParam("q", "miel " + w.substring(0, 5)).when().get("/api/v1/products/suggestions")
                .then().statusCode(200).body("suggestions", hasItem("miel " + w));
        given().queryParam("q", "الزعف").when().get("/api/v1/products/suggestions")
                .then().statusCode(200).body("q", equalTo("الزعف"));

        String misspelt = w.substring(0, 4) + "a" + w.substring(5);
        given().queryParam("cooperativeId", coop).queryParam("q", misspelt + " miel").when().get("/api/v1/products")
                .then().statusCode(200).body("totalElements", equalTo(0))
                .body("suggestedQuery", equalTo(w + " miel"));
        given().queryParam("cooperativeId", coop).queryParam("q", w).when().get("/api/v1/products")
                .then().statusCode(200).body("suggestedQuery", nullValue());
    }

    @Test
    void operatorsAreLiteralAndStopWordsAloneFindNothing() {
        String coop = TestData.createCooperative(TestData.token());
        String w = word();
        String product = TestData.createProduct(coop, product("Huile " + w, "زيت", "Oil", "ARGAN_OIL", 5));
        assertEquals(List.of(product), search(coop, "+huile -" + w + "*"));
        assertEquals(List.of(product), search(coop, "\"huile\" (" + w + ")"));
        assertEquals(List.of(), search(coop, "huile -miel"), "- is no NOT: miel must match");
        given().queryParam("q", "de la the في").when().get("/api/v1/products").then().statusCode(200)
                .body("totalElements", equalTo(0)).body("suggestedQuery", nullValue());
        given().queryParam("q", "*** %% __").when().get("/api/v1/products").then().statusCode(200)
                .body("totalElements", equalTo(0));
    }

    @Test
    void rejectsTooLongQueriesAndBadFacetsOrSorts() {
        given().queryParam("q", "a".repeat(101)).when().get("/api/v1/products").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", hasItem("q"));
        given().queryParam("q", "argan").queryParam("facets", "colour").when().get("/api/v1/products")
                .then().statusCode(400).body("errors.field", hasItem("facets"));
        given().queryParam("q", "argan").queryParam("sort", "best").when().get("/api/v1/products")
                .then().statusCode(400).body("errors.field", hasItem("sort"));
        given().when().get("/api/v1/products/suggestions").then().statusCode(400)
                .body("errors.field", hasItem("q"));
        given().queryParam("q", "argan").queryParam("cursor", "bm90LWEtY3Vyc29y").when().get("/api/v1/products")
                .then().statusCode(400).body("errors.field", hasItem("cursor"));
    }

    @Test
    void searchesTheRealCatalogueAcrossCooperatives() {
        String w = word();
        String a = TestData.createProduct(TestData.createCooperative(TestData.token()),
                product("Huile " + w, "زيت", "Oil", "ARGAN_OIL", 5));
        String b = TestData.createProduct(TestData.createCooperative(TestData.token()),
                product("Miel " + w, "عسل", "Honey", "HONEY", 5));
        var page = given().queryParam("q", w).when().get("/api/v1/products").then().statusCode(200).extract();
        assertEquals(List.of(a, b), page.path("items.id"));
        List<String> links = page.headers().getValues("Link");
        assertTrue(links.stream().anyMatch(l -> l.contains("rel=\"first\"")), links.toString());
        BigDecimal price = new BigDecimal(page.path("items[0].price").toString());
        assertEquals(0, new BigDecimal("120.50").compareTo(price));
    }

    @Test
    void severalWordsRankByTierAndPageByCursorInTheSameOrder() {
        String coop = TestData.createCooperative(TestData.token());
        String a = word();
        String b = word();
        String bothInName = TestData.createProduct(coop, product("Tapis " + a + " " + b, "زربية", "Rug", "RUGS", 3));
        Map<String, Object> inDescription = product("Tapis " + a, "زربية", "Rug", "RUGS", 3);
        inDescription.put("descriptionFr", "Laine " + b);
        String oneInDescription = TestData.createProduct(coop, inDescription);
        String prefixOnly = TestData.createProduct(coop, product("Tapis " + a + " " + b + "qv", "زربية", "Rug", "RUGS",
                3));
        String soldOut = TestData.createProduct(coop, product("Tapis " + b + " " + a, "زربية", "Rug", "RUGS", 0));
        TestData.createProduct(coop, product("Tapis " + a, "زربية", "Rug", "RUGS", 3));
        TestData.createProduct(coop, product("Tapis " + a + " " + a.substring(0, 5) + "q", "زربية", "Rug", "RUGS", 3));

        // 7: in stock, b whole, both in the name; 6: b in the description; 5: b only as a prefix (of b+"qv":
        // no doubled last letter, which the French stemmer would fold, so that its stem can never be b's);
        // 3: sold out. The two products without b do not match.
        List<String> expected = List.of(bothInName, oneInDescription, prefixOnly, soldOut);
        assertEquals(expected, search(coop, a + " " + b));
        // In the other order only the last word is a prefix: "b" alone no longer matches b+"qv".
        assertEquals(List.of(bothInName, oneInDescription, soldOut), search(coop, b + " " + a), "the words in any order");
        // The same sequence two at a time by cursor, with the total of the whole search on every page.
        List<String> paged = new ArrayList<>();
        String cursor = null;
        for (int i = 0; i < 4; i++) {
            var response = given().queryParam("cooperativeId", coop).queryParam("q", a + " " + b).queryParam("size", 2)
                    .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor)).when().get("/api/v1/products")
                    .then().statusCode(200).body("totalElements", equalTo(4)).extract();
            paged.addAll(response.path("items.id"));
            cursor = response.path("nextCursor");
            if (cursor == null) {
                break;
            }
        }
        assertEquals(expected, paged);
        // A filter posted as a term (the stock flag, the category) narrows the same ranking.
        assertEquals(List.of(bothInName, oneInDescription, prefixOnly), given().queryParam("cooperativeId", coop)
                .queryParam("q", a + " " + b).queryParam("inStock", true).queryParam("category", "RUGS").when()
                .get("/api/v1/products").then().statusCode(200).extract().path("items.id"));
        assertEquals(List.of(bothInName, oneInDescription, prefixOnly), given().queryParam("cooperativeId",
                coop.toUpperCase()).queryParam("q", a + " " + b).queryParam("inStock", true).queryParam("category", "rugs")
                .when().get("/api/v1/products").then().statusCode(200).extract().path("items.id"),
                "filter values compare without case, as the catalogue's do");
        assertEquals(List.of(), given().queryParam("cooperativeId", coop).queryParam("q", a + " " + b)
                .queryParam("category", "POTTERY").when().get("/api/v1/products").then().statusCode(200)
                .extract().path("items.id"));
    }
}
