package ma.coopmarket.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Header;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

@QuarkusTest
class PagingTest extends ApiTest {

    @Test
    void pagesCarryTotalsAndRfc8288Links() {
        String token = TestData.token();
        for (int i = 0; i < 5; i++) {
            TestData.createCooperative(token + i);
        }
        var response = given().when().get("/api/v1/cooperatives?q={q}&page=1&size=2", token)
                .then().statusCode(200)
                .body("items", hasSize(2))
                .body("page", equalTo(1))
                .body("size", equalTo(2))
                .body("totalElements", equalTo(5))
                .body("totalPages", equalTo(3))
                .extract();
        Map<String, String> links = response.headers().getList("Link").stream().map(Header::getValue)
                .collect(Collectors.toMap(l -> l.replaceAll(".*rel=\"([a-z]+)\".*", "$1"), l -> l));
        assertEquals(List.of("first", "last", "next", "prev"), links.keySet().stream().sorted().toList());
        assertTrue(links.get("next").contains("page=2") && links.get("next").contains("size=2"), links.get("next"));
        assertTrue(links.get("prev").contains("page=0"), links.get("prev"));
        assertTrue(links.get("last").contains("page=2"), links.get("last"));
        assertTrue(links.get("first").contains("q=" + token), links.get("first"));

        given().when().get("/api/v1/cooperatives?q={q}&page=2&size=2", token)
                .then().body("items", hasSize(1));
    }

    @Test
    void emptyResultIsAnEmptyPage() {
        var response = given().when().get("/api/v1/products?q={q}", "nothing-" + TestData.token())
                .then().statusCode(200)
                .body("items", empty())
                .body("totalElements", equalTo(0))
                .body("totalPages", equalTo(0))
                .extract();
        List<String> rels = response.headers().getList("Link").stream().map(Header::getValue)
                .map(l -> l.replaceAll(".*rel=\"([a-z]+)\".*", "$1")).sorted().toList();
        assertEquals(List.of("first", "last"), rels);
    }

    @Test
    void sizeAboveTheMaximumIsRefusedNotTruncated() {
        given().when().get("/api/v1/products?size=101")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", contains("size"));
        given().when().get("/api/v1/cooperatives?size=0")
                .then().statusCode(400).body("errors.field", contains("size"));
        given().when().get("/api/v1/cooperatives?page=-1")
                .then().statusCode(400).body("errors.field", contains("page"));
        given().when().get("/api/v1/cooperatives?page=abc")
                .then().statusCode(400).contentType("application/problem+json");
        given().when().get("/api/v1/cooperatives?size=100").then().statusCode(200);
    }
}
