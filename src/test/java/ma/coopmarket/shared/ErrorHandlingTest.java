package ma.coopmarket.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

/** Every error class is RFC 9457 problem+json, and no Java detail ever leaks. */
@QuarkusTest
class ErrorHandlingTest extends ApiTest {

    private static ValidatableResponse assertProblem(ValidatableResponse response, int status) {
        return response.statusCode(status)
                .contentType("application/problem+json")
                .body("status", equalTo(status))
                .body("type", notNullValue())
                .body("title", notNullValue())
                .body("detail", notNullValue())
                .body("instance", notNullValue())
                .body(not(containsString("Exception")))
                .body(not(containsString("java.")))
                .body(not(containsString("\tat ")));
    }

    @Test
    void problemsFollowAcceptLanguage() {
        java.util.Map<String, Object> body = java.util.Map.of("email", "salma@example.ma", "phone", "+212612345678",
                "fullName", " ", "password", "short", "preferredLanguage", "ar");
        // Arabic: title, detail, a field message of CoopMarket's own (password) and one of Hibernate Validator's (fullName).
        given().header("Accept-Language", "ar-MA,ar;q=0.9,fr;q=0.8").contentType(ContentType.JSON).body(body)
                .post("/api/v1/auth/register").then().statusCode(400).contentType("application/problem+json")
                .header("Content-Language", "ar")
                .body("title", equalTo("فشل التحقق"))
                .body("detail", equalTo("يحتوي الطلب على 2 حقول غير صالحة."))
                .body("errors.find { it.field == 'password' }.message", equalTo("يجب أن يتكون من 10 إلى 128 حرفًا"))
                .body("errors.find { it.field == 'fullName' }.message", equalTo("لا يمكن أن تكون فارغة"));
        given().header("Accept-Language", "fr").contentType(ContentType.JSON).body(body)
                .post("/api/v1/auth/register").then().statusCode(400).header("Content-Language", "fr")
                .body("title", equalTo("Validation échouée"))
                .body("errors.find { it.field == 'password' }.message", equalTo("doit compter de 10 à 128 caractères"));
        // Absent or unsupported: English, as before.
        given().header("Accept-Language", "de").contentType(ContentType.JSON).body(body)
                .post("/api/v1/auth/register").then().statusCode(400).header("Content-Language", "en")
                .body("title", equalTo("Validation failed"))
                .body("errors.find { it.field == 'password' }.message", equalTo("must be 10 to 128 characters"));
        given().header("Accept-Language", "ar").get("/api/v1/nowhere").then().statusCode(404)
                .header("Content-Language", "ar").body("title", equalTo("المورد غير موجود"));
    }

    @Test
    void unknownRouteIsNotFound() {
        assertProblem(given().when().get("/api/v1/nowhere").then(), 404)
                .body("instance", equalTo("/api/v1/nowhere"));
        assertProblem(given().when().get("/totally/elsewhere").then(), 404);
    }

    @Test
    void wrongMethodIsMethodNotAllowed() {
        assertProblem(TestData.asAdmin().when().patch("/api/v1/regions").then(), 405);
    }

    @Test
    void wrongMediaTypeIsUnsupported() {
        assertProblem(TestData.asAdmin().contentType(ContentType.TEXT).body("code=X")
                .when().post("/api/v1/sectors").then(), 415);
    }

    @Test
    void malformedJsonIsBadRequest() {
        assertProblem(TestData.asAdmin().contentType(ContentType.JSON).body("{\"code\": \"ABC\",")
                .when().post("/api/v1/sectors").then(), 400)
                .body("type", endsWith("/malformed-body"));
    }

    @Test
    void wrongJsonTypeNamesTheField() {
        assertProblem(TestData.asAdmin().contentType(ContentType.JSON)
                .body("{\"nameFr\":\"x\",\"memberCount\":\"many\"}")
                .when().post("/api/v1/cooperatives").then(), 400)
                .body("errors.field", contains("memberCount"));
    }

    @Test
    void missingBodyIsAValidationError() {
        assertProblem(TestData.asAdmin().contentType(ContentType.JSON).when().post("/api/v1/cooperatives").then(), 400)
                .body("errors.field", contains("body"));
    }

    @Test
    void badQueryParameterTypesAreBadRequestsNotNotFound() {
        assertProblem(given().when().get("/api/v1/products?inStock=maybe").then(), 400)
                .body("errors.field", contains("inStock"));
        assertProblem(given().when().get("/api/v1/products?minPrice=cheap").then(), 400)
                .body("errors.field", contains("minPrice"));
        assertProblem(given().when().get("/api/v1/products?size=ten").then(), 400)
                .body("errors.field", contains("size"));
    }

    @Test
    void aPriceFilterHasAPricesDigitsWhateverItsNotation() {
        // A price has at most 10 digits before the point and 2 after; an exponent far out either way is
        // refused before the filter reaches a statement (written out, it would be a billion digits).
        for (String price : new String[] { "1E+999999999", "1E-999999999", "12345678901", "10.555" }) {
            assertProblem(given().queryParam("maxPrice", price).when().get("/api/v1/products").then(), 400)
                    .body("errors.field", contains("maxPrice"));
            assertProblem(given().queryParam("minPrice", price).queryParam("q", "argan").when().get("/api/v1/products")
                    .then(), 400).body("errors.field", contains("minPrice"));
        }
        given().queryParam("minPrice", "9999999999.99").when().get("/api/v1/products").then().statusCode(200);
    }
}
