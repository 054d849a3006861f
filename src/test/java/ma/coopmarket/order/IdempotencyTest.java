package ma.coopmarket.order;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

@QuarkusTest
class IdempotencyTest extends ApiTest {

    private static Response post(String token, String key, Map<String, Object> body) {
        return TestData.as(token).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .post("/api/v1/orders");
    }

    @Test
    void sameKeyAndBodyReplaysTheFirstResponse() {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 10);
        String token = TestData.customerToken();
        String key = TestData.token();
        Response first = post(token, key, TestData.order(product, 2));
        first.then().statusCode(201);
        assertNull(first.header("Idempotent-Replayed"));

        Response replay = post(token, key, TestData.order(product, 2));
        replay.then().statusCode(201).header("Idempotent-Replayed", "true")
                .header("Location", endsWith("/api/v1/orders/" + first.path("id")));
        assertEquals(first.jsonPath().getMap("$"), replay.jsonPath().getMap("$"));
        assertEquals(8, TestData.stockOf(product));
    }

    @Test
    void sameKeyWithAnotherBodyIs422() {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 10);
        String token = TestData.customerToken();
        String key = TestData.token();
        post(token, key, TestData.order(product, 1)).then().statusCode(201);
        post(token, key, TestData.order(product, 3)).then().statusCode(422).contentType("application/problem+json")
                .body("type", endsWith("/idempotency-key-reused"));
        assertEquals(9, TestData.stockOf(product));
    }

    @Test
    void keysAreScopedToTheCaller() {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 10);
        String key = TestData.token();
        String one = post(TestData.customerToken(), key, TestData.order(product, 1)).then().statusCode(201).extract().path("id");
        String two = post(TestData.customerToken(), key, TestData.order(product, 1)).then().statusCode(201).extract().path("id");
        assertEquals(false, one.equals(two));
        assertEquals(8, TestData.stockOf(product));
    }

    @Test
    void aFailedRequestFreesItsKey() {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 1);
        String token = TestData.customerToken();
        String key = TestData.token();
        post(token, key, TestData.order(product, 2)).then().statusCode(409).body("type", endsWith("/insufficient-stock"));
        Map<String, Object> restock = TestData.product("RESTOCK");
        restock.put("stock", 5);
        TestData.asAdmin().contentType(ContentType.JSON).body(restock).put("/api/v1/products/{id}", product).then().statusCode(200);
        post(token, key, TestData.order(product, 2)).then().statusCode(201).body("parts[0].lines[0].quantity", equalTo(2));
    }

    @Test
    void malformedKeyIs400() {
        String coop = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(coop, "10.00", 1);
        post(TestData.customerToken(), "x".repeat(256), TestData.order(product, 1)).then().statusCode(400)
                .body("errors[0].field", equalTo("Idempotency-Key"));
    }
}
