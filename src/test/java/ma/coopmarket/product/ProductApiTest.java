package ma.coopmarket.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

@QuarkusTest
class ProductApiTest extends ApiTest {

    @Test
    void createsReadsUpdatesAndArchivesAProduct() {
        String coop = TestData.createCooperative(TestData.token());
        var created = TestData.asAdmin().contentType(ContentType.JSON).body(TestData.product("ARGAN-250"))
                .when().post("/api/v1/cooperatives/{id}/products", coop)
                .then().statusCode(201)
                .body("cooperativeId", equalTo(coop))
                .body("cooperative.regionCode", equalTo("MA-09"))
                .body("status", equalTo("ACTIVE"))
                .body("currency", equalTo("MAD"))
                .body("inStock", equalTo(true))
                .body("labels", contains("ORGANIC"))
                .extract();
        String id = created.path("id");
        assertEquals(true, created.header("Location").endsWith("/api/v1/products/" + id));

        Map<String, Object> update = TestData.product("ARGAN-250");
        update.put("stock", 0);
        update.put("nameFr", "Huile d'argan grillée");
        TestData.asAdmin().contentType(ContentType.JSON).body(update)
                .when().put("/api/v1/products/{id}", id)
                .then().statusCode(200)
                .body("nameFr", equalTo("Huile d'argan grillée"))
                .body("stock", equalTo(0))
                .body("inStock", equalTo(false))
                .body("version", equalTo(1));

        TestData.asAdmin().when().delete("/api/v1/products/{id}", id).then().statusCode(204);
        given().when().get("/api/v1/products/{id}", id).then().statusCode(404)
                .contentType("application/problem+json");
        given().when().get("/api/v1/cooperatives/{id}/products", coop)
                .then().statusCode(200).body("items", empty());
    }

    @Test
    void pricesKeepTheirExactDecimalValue() {
        String coop = TestData.createCooperative(TestData.token());
        for (String price : List.of("0.10", "19.99", "1234567.89", "9999999999.99")) {
            // Sent as the contract declares it (a decimal string) and as a JSON number: both are read exactly,
            // and written back as the exact decimal string, two decimals kept.
            for (Object sent : List.of(price, new BigDecimal(price))) {
                Map<String, Object> body = TestData.product("P-" + TestData.token());
                body.put("price", sent);
                String id = TestData.createProduct(coop, body);
                String read = given().when().get("/api/v1/products/{id}", id)
                        .then().statusCode(200).extract().path("price");
                assertEquals(price, read, "price " + sent + " (" + sent.getClass().getSimpleName() + ") read back");
            }
        }
    }

    @Test
    void rejectsPricesWithMoreThanTwoDecimalsAndNonHttpsImages() {
        String coop = TestData.createCooperative(TestData.token());
        Map<String, Object> body = TestData.product("BAD-1");
        body.put("price", new BigDecimal("10.005"));
        body.put("imageUrls", List.of("https://ok.example/a.jpg", "http://insecure.example/b.jpg"));
        body.put("stock", -1);
        TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives/{id}/products", coop)
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", containsInAnyOrder("price", "imageUrls[1]", "stock"));
    }

    @Test
    void rejectsCooperativeIdAndArchivedStatusInTheBody() {
        String coop = TestData.createCooperative(TestData.token());
        Map<String, Object> body = TestData.product("MASS-1");
        body.put("cooperativeId", TestData.createCooperative(TestData.token()));
        TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/cooperatives/{id}/products", coop)
                .then().statusCode(400).body("errors.field", contains("cooperativeId"));

        Map<String, Object> archived = TestData.product("MASS-2");
        archived.put("status", "ARCHIVED");
        TestData.asAdmin().contentType(ContentType.JSON).body(archived)
                .when().post("/api/v1/cooperatives/{id}/products", coop)
                .then().statusCode(400).body("errors.field", contains("status"));
    }

    @Test
    void duplicateSkuIsConflictWithinACooperativeOnly() {
        String coop = TestData.createCooperative(TestData.token());
        TestData.createProduct(coop, TestData.product("SKU-DUP"));
        TestData.asAdmin().contentType(ContentType.JSON).body(TestData.product("SKU-DUP"))
                .when().post("/api/v1/cooperatives/{id}/products", coop)
                .then().statusCode(409).contentType("application/problem+json")
                .body("type", endsWith("/duplicate-sku"));

        String other = TestData.createCooperative(TestData.token());
        TestData.createProduct(other, TestData.product("SKU-DUP"));

        String second = TestData.createProduct(coop, TestData.product("SKU-OTHER"));
        TestData.asAdmin().contentType(ContentType.JSON).body(TestData.product("SKU-DUP"))
                .when().put("/api/v1/products/{id}", second)
                .then().statusCode(409);
    }

    @Test
    void productOfUnknownCooperativeIsNotFound() {
        TestData.asAdmin().contentType(ContentType.JSON).body(TestData.product("X-1"))
                .when().post("/api/v1/cooperatives/{id}/products", "no-such-cooperative")
                .then().statusCode(404).contentType("application/problem+json");
        given().when().get("/api/v1/cooperatives/{id}/products", "no-such-cooperative")
                .then().statusCode(404);
    }

    @Test
    void filtersTheCatalogue() {
        String token = TestData.token();
        Map<String, Object> womenSouss = TestData.cooperative(token + "w");
        String souss = TestData.createCooperative(womenSouss);
        Map<String, Object> menOriental = TestData.cooperative(token + "m");
        menOriental.put("regionCode", "MA-02");
        menOriental.put("sectorCode", "CRAFTS");
        menOriental.put("womenCooperative", false);
        String oriental = TestData.createCooperative(menOriental);

        Map<String, Object> cheap = TestData.product(token + "-CHEAP");
        cheap.put("price", new BigDecimal("30.00"));
        cheap.put("categoryCode", "HONEY");
        cheap.put("nameFr", "Miel de thym " + token);
        cheap.put("nameAr", "عسل الزعتر " + token);
        cheap.put("nameEn", "Thyme honey " + token);
        String cheapId = TestData.createProduct(souss, cheap);
        Map<String, Object> dear = TestData.product(token + "-DEAR");
        dear.put("price", new BigDecimal("1500.00"));
        dear.put("categoryCode", "RUGS");
        dear.put("nameFr", "Tapis berbère " + token);
        dear.put("nameAr", "زربية أمازيغية " + token);
        dear.put("nameEn", "Berber rug " + token);
        dear.put("stock", 0);
        String dearId = TestData.createProduct(oriental, dear);
        Map<String, Object> draft = TestData.product(token + "-DRAFT");
        draft.put("status", "DRAFT");
        TestData.createProduct(souss, draft);

        String base = "/api/v1/products?q=" + token;
        given().when().get(base).then().statusCode(200).body("items.id", containsInAnyOrder(cheapId, dearId));
        given().when().get(base + "&cooperativeId=" + souss).then().body("items.id", contains(cheapId));
        given().when().get(base + "&region=MA-02").then().body("items.id", contains(dearId));
        given().when().get(base + "&sector=CRAFTS").then().body("items.id", contains(dearId));
        given().when().get(base + "&category=HONEY").then().body("items.id", contains(cheapId));
        given().when().get(base + "&minPrice=100").then().body("items.id", contains(dearId));
        given().when().get(base + "&maxPrice=30.00").then().body("items.id", contains(cheapId));
        given().when().get(base + "&inStock=true").then().body("items.id", contains(cheapId));
        given().when().get(base + "&women=true").then().body("items.id", contains(cheapId));
        given().when().get(base + "&sort=price").then().body("items.id", contains(cheapId, dearId));
        given().when().get(base + "&sort=-price").then().body("items.id", contains(dearId, cheapId));
        given().when().get(base + "&minPrice=200&maxPrice=100").then().statusCode(400)
                .body("errors.field", contains("minPrice"));
    }

    @Test
    void textQuerySearchesNamesInThreeLanguagesAndTheSku() {
        String token = TestData.token();
        String coop = TestData.createCooperative(TestData.token());
        Map<String, Object> body = TestData.product("SAF-" + token);
        body.put("nameFr", "Safran de Taliouine pistils séchés");
        body.put("nameAr", "زعفران تالوين الحُر");
        body.put("nameEn", "Taliouine saffron threads");
        String id = TestData.createProduct(coop, body);

        for (String q : List.of("SECHES", "زعفران تالوين الحر", "saffron threads", "saf-" + token)) {
            given().when().get("/api/v1/products?q={q}&cooperativeId={c}", q, coop)
                    .then().statusCode(200).body("items.id", contains(id));
        }
    }

    @Test
    void archivingACooperativeHidesItsProducts() {
        String coop = TestData.createCooperative(TestData.token());
        String id = TestData.createProduct(coop, TestData.product("GONE-1"));
        TestData.asAdmin().when().delete("/api/v1/cooperatives/{id}", coop).then().statusCode(204);
        given().when().get("/api/v1/products/{id}", id).then().statusCode(404);
        given().when().get("/api/v1/products?cooperativeId={c}", coop).then().statusCode(200).body("items", empty());
    }
}
