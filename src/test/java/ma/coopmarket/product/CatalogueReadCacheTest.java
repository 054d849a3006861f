package ma.coopmarket.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;

import jakarta.inject.Inject;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.Test;

import ma.coopmarket.shared.readcache.CatalogueVersion;
import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

/**
 * Public catalogue reads are served from memory until the catalogue changes: this instance's own
 * writes show at once, another instance's once the change sequence is read again.
 */
@QuarkusTest
class CatalogueReadCacheTest extends ApiTest {

    @Inject
    DataSource dataSource;

    @Inject
    CatalogueVersion version;

    private static String catalogueOf(String coop) {
        return "/api/v1/products?cooperativeId=" + coop + "&inStock=true&sort=price";
    }

    @Test
    void ownWritesShowAtOnceInProductsAndPages() {
        String coop = TestData.createCooperative(TestData.token());
        String id = TestData.productWith(coop, "30.00", 2);
        given().get("/api/v1/products/{id}", id).then().statusCode(200).body("stock", equalTo(2));
        given().get(catalogueOf(coop)).then().statusCode(200).body("items.id", hasItem(id));

        TestData.placeOrder(TestData.customerToken(), TestData.order(id, 2)).then().statusCode(201);

        given().get("/api/v1/products/{id}", id).then().statusCode(200)
                .body("stock", equalTo(0)).body("inStock", equalTo(false));
        given().get(catalogueOf(coop)).then().statusCode(200).body("items.id", not(hasItem(id)))
                .body("totalElements", equalTo(0));

        Map<String, Object> renamed = TestData.product("RENAMED-" + TestData.token());
        renamed.put("nameFr", "Miel d'euphorbe");
        TestData.asAdmin().contentType(ContentType.JSON).body(renamed).put("/api/v1/products/{id}", id)
                .then().statusCode(200);
        given().get("/api/v1/products/{id}", id).then().statusCode(200)
                .body("nameFr", equalTo("Miel d'euphorbe")).body("stock", equalTo(40));
        given().get(catalogueOf(coop)).then().statusCode(200).body("items[0].nameFr", equalTo("Miel d'euphorbe"));

        TestData.asAdmin().delete("/api/v1/products/{id}", id).then().statusCode(204);
        given().get("/api/v1/products/{id}", id).then().statusCode(404);
        given().get(catalogueOf(coop)).then().statusCode(200).body("totalElements", equalTo(0));
    }

    @Test
    void aCachedPageIsWrittenAgainByteForByte() {
        String coop = TestData.createCooperative(TestData.token());
        TestData.productWith(coop, "12.00", 3);
        TestData.productWith(coop, "14.00", 3);
        String first = given().get(catalogueOf(coop) + "&size=1").then().statusCode(200)
                .body("nextCursor", org.hamcrest.Matchers.notNullValue())
                .body("items[0].price", equalTo("12.00")).extract().asString();
        String again = given().get(catalogueOf(coop) + "&size=1").then().statusCode(200).extract().asString();
        assertEquals(first, again);
        String second = given().get(catalogueOf(coop) + "&size=1&page=1").then().statusCode(200)
                .body("items[0].price", equalTo("14.00")).extract().asString();
        assertNotEquals(first, second);
    }

    @Test
    void anotherInstancesWriteShowsOnceTheSequenceIsReadAgain() throws SQLException {
        String coop = TestData.createCooperative(TestData.token());
        String id = TestData.productWith(coop, "45.00", 7);
        given().get("/api/v1/products/{id}", id).then().statusCode(200).body("nameFr", not(equalTo("زيت الأركان")));

        // What another instance's transaction does: change the row and its index document, take the next
        // sequence number, commit.
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement product = c.prepareStatement(
                    "update product set name_fr = ?, version = version + 1 where id = ?");
                    PreparedStatement document = c.prepareStatement(
                            "update search_document set name_fr = ? where product_id = ?");
                    PreparedStatement sequence = c.prepareStatement(
                            "update change_sequence set current_seq = current_seq + 1"
                                    + " where feed in ('catalogue', 'listing')")) {
                product.setString(1, "زيت الأركان");
                product.setString(2, id);
                assertEquals(1, product.executeUpdate());
                document.setString(1, "زيت الأركان");
                document.setString(2, id);
                assertEquals(1, document.executeUpdate());
                assertEquals(2, sequence.executeUpdate());
            }
            c.commit();
        }
        // Until this instance reads the sequence again it serves what it holds, without asking the database.
        given().get("/api/v1/products/{id}", id).then().statusCode(200).body("nameFr", not(equalTo("زيت الأركان")));

        version.poll();
        given().get("/api/v1/products/{id}", id).then().statusCode(200)
                .body("nameFr", equalTo("زيت الأركان")).header("ETag", equalTo("\"1-0\""));
        given().get(catalogueOf(coop)).then().statusCode(200).body("items[0].nameFr", equalTo("زيت الأركان"));
    }

    @Test
    void aStockMoveThatChangesNoCardKeepsTheCachedPages() {
        String coop = TestData.createCooperative(TestData.token());
        String id = TestData.productWith(coop, "30.00", 5);
        given().get(catalogueOf(coop)).then().statusCode(200).body("items.id", hasItem(id));
        long catalogue = version.current();
        long listing = version.listing();

        TestData.placeOrder(TestData.customerToken(), TestData.order(id, 1)).then().statusCode(201);
        assertTrue(version.current() > catalogue, "the product changed: its own reads are stale");
        assertEquals(listing, version.listing(), "no page shows the stock, and the product is still in stock");
        given().get("/api/v1/products/{id}", id).then().statusCode(200).body("stock", equalTo(4));
        given().get(catalogueOf(coop)).then().statusCode(200).body("items.id", hasItem(id))
                .body("items[0].inStock", equalTo(true));

        TestData.placeOrder(TestData.customerToken(), TestData.order(id, 4)).then().statusCode(201);
        assertTrue(version.listing() > listing, "sold out: the product leaves the in-stock pages");
        given().get(catalogueOf(coop)).then().statusCode(200).body("items.id", not(hasItem(id)))
                .body("totalElements", equalTo(0));
    }

    @Test
    void aCachedDraftIsStillHiddenFromThePublic() {
        String coop = TestData.createCooperative(TestData.token());
        Map<String, Object> draft = TestData.product("DRAFT-" + TestData.token());
        draft.put("status", "DRAFT");
        String id = TestData.createProduct(coop, draft);
        String manager = TestData.managerToken(coop);

        TestData.as(manager).get("/api/v1/products/{id}", id).then().statusCode(200).body("status", equalTo("DRAFT"));
        given().get("/api/v1/products/{id}", id).then().statusCode(404);
        TestData.as(TestData.managerToken(TestData.createCooperative(TestData.token()))).get("/api/v1/products/{id}", id).then().statusCode(404);
        TestData.as(manager).get("/api/v1/products/{id}", id).then().statusCode(200);
    }
}
