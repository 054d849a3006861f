package ma.coopmarket.product;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

/** Keyset paging of the catalogue: a cursor reads on exactly where the page numbers would. */
@QuarkusTest
class CataloguePagingTest extends ApiTest {

    @Test
    void cursorsWalkTheSameItemsAsPageNumbersInEverySort() {
        String token = TestData.token();
        String coop = TestData.createCooperative(token);
        for (int i = 0; i < 7; i++) {
            Map<String, Object> body = TestData.product(token + "-" + i);
            // Two products share each price, so ties are broken by id across page boundaries.
            body.put("price", new BigDecimal(10 + i / 2));
            TestData.createProduct(coop, body);
        }
        for (String sort : List.of("newest", "price", "-price", "name")) {
            List<String> byPage = new ArrayList<>();
            for (int page = 0; page < 3; page++) {
                byPage.addAll(given().when().get("/api/v1/products?cooperativeId={c}&sort={s}&size=3&page={p}",
                        coop, sort, page).then().statusCode(200).extract().path("items.id"));
            }
            List<String> byCursor = new ArrayList<>();
            String cursor = null;
            for (int page = 0; page < 3; page++) {
                var response = given().queryParam("cooperativeId", coop).queryParam("sort", sort)
                        .queryParam("size", 3).queryParam("page", page)
                        .queryParams(cursor == null ? Map.of() : Map.of("cursor", cursor))
                        .when().get("/api/v1/products").then().statusCode(200).extract();
                byCursor.addAll(response.path("items.id"));
                cursor = response.path("nextCursor");
                if (page < 2) {
                    assertNotNull(cursor, sort + ": a full page that is not the last has a nextCursor");
                }
            }
            assertEquals(7, byPage.size(), sort);
            assertEquals(byPage, byCursor, sort);
            assertEquals(null, cursor, sort + ": the last page has no nextCursor");
        }
    }

    @Test
    void theNextLinkCarriesTheCursor() {
        String token = TestData.token();
        String coop = TestData.createCooperative(token);
        for (int i = 0; i < 3; i++) {
            TestData.createProduct(coop, TestData.product(token + "-" + i));
        }
        var response = given().when().get("/api/v1/products?cooperativeId={c}&size=2", coop)
                .then().statusCode(200).extract();
        String cursor = response.path("nextCursor");
        String next = response.headers().getList("Link").stream().map(Header::getValue)
                .filter(l -> l.contains("rel=\"next\"")).findFirst().orElseThrow();
        assertTrue(next.contains("cursor=" + cursor) && next.contains("page=1"), next);
        String first = response.headers().getList("Link").stream().map(Header::getValue)
                .filter(l -> l.contains("rel=\"first\"")).findFirst().orElseThrow();
        assertTrue(!first.contains("cursor="), first);

        given().when().get("/api/v1/products?cooperativeId={c}&size=2&page=1&cursor={k}", coop, cursor)
                .then().statusCode(200).body("items", hasSize(1)).body("page", org.hamcrest.Matchers.equalTo(1))
                .body("nextCursor", nullValue());
    }

    @Test
    void aCursorOfAnotherSortOrGarbageIsABadRequest() {
        String token = TestData.token();
        String coop = TestData.createCooperative(token);
        for (int i = 0; i < 2; i++) {
            TestData.createProduct(coop, TestData.product(token + "-" + i));
        }
        String cursor = given().when().get("/api/v1/products?cooperativeId={c}&size=1&sort=price", coop)
                .then().statusCode(200).extract().path("nextCursor");
        given().when().get("/api/v1/products?cooperativeId={c}&size=1&sort=name&cursor={k}", coop, cursor)
                .then().statusCode(400).contentType("application/problem+json").body("errors.field", contains("cursor"));
        given().when().get("/api/v1/products?cursor={k}", "not a cursor")
                .then().statusCode(400).body("errors.field", contains("cursor"));
    }
}
