package ma.coopmarket.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.security.KeyPairGenerator;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.smallrye.jwt.build.Jwt;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

@QuarkusTest
class AuthenticationTest extends ApiTest {

    private static Map<String, Object> registration(String email) {
        return Map.of("email", email, "phone", "+212612345678", "fullName", "سعاد بنعلي",
                "password", TestData.PASSWORD, "preferredLanguage", "ar");
    }

    @Test
    void customerRegistersSignsInAndReadsOwnAccount() {
        String email = TestData.token() + "@Example.MA";
        given().contentType(ContentType.JSON).body(registration(email))
                .when().post("/api/v1/auth/register")
                .then().statusCode(201)
                .body("role", equalTo("CUSTOMER"))
                .body("email", equalTo(email.toLowerCase()))
                .body("fullName", equalTo("سعاد بنعلي"))
                .body(not(containsString("password")))
                .body(not(containsString("$2b$")));

        String token = TestData.signIn(email.toLowerCase(), TestData.PASSWORD);
        TestData.as(token).when().get("/api/v1/me")
                .then().statusCode(200)
                .body("email", equalTo(email.toLowerCase()))
                .body("preferredLanguage", equalTo("ar"))
                .body(not(containsString("passwordHash")));
    }

    @Test
    void registrationChecksPasswordPolicyPhoneAndDuplicates() {
        Map<String, Object> weak = new java.util.HashMap<>(registration(TestData.token() + "@example.ma"));
        weak.put("password", "onlyletters");
        given().contentType(ContentType.JSON).body(weak).when().post("/api/v1/auth/register")
                .then().statusCode(400).body("errors.field", contains("password"));
        weak.put("password", "short1");
        given().contentType(ContentType.JSON).body(weak).when().post("/api/v1/auth/register")
                .then().statusCode(400).body("errors.field", contains("password"));
        weak.put("password", TestData.PASSWORD);
        weak.put("phone", "+33612345678");
        given().contentType(ContentType.JSON).body(weak).when().post("/api/v1/auth/register")
                .then().statusCode(400).body("errors.field", contains("phone"));

        String email = TestData.registerCustomer();
        given().contentType(ContentType.JSON).body(registration(email)).when().post("/api/v1/auth/register")
                .then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    void wrongPasswordAndUnknownEmailGiveTheSame401() {
        String email = TestData.registerCustomer();
        String wrong = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "Wrong-Pass-123"))
                .when().post("/api/v1/auth/token")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"))
                .extract().path("detail");
        given().contentType(ContentType.JSON).body(Map.of("email", "nobody@example.ma", "password", "Wrong-Pass-123"))
                .when().post("/api/v1/auth/token")
                .then().statusCode(401).body("detail", equalTo(wrong));
    }

    @Test
    void refreshRotatesAndASpentTokenRevokesTheFamily() {
        String email = TestData.registerCustomer();
        String first = TestData.tokens(email, TestData.PASSWORD).path("refreshToken");

        var rotated = given().contentType(ContentType.JSON).body(Map.of("refreshToken", first))
                .when().post("/api/v1/auth/refresh")
                .then().statusCode(200).body("accessToken", notNullValue()).extract();
        String second = rotated.path("refreshToken");
        assertNotEquals(first, second);
        TestData.as(rotated.path("accessToken")).when().get("/api/v1/me").then().statusCode(200);

        given().contentType(ContentType.JSON).body(Map.of("refreshToken", first))
                .when().post("/api/v1/auth/refresh")
                .then().statusCode(401).contentType("application/problem+json")
                .body("type", endsWith("/invalid-refresh-token"));
        // The reuse above revoked the whole family, including the token issued in between.
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", second))
                .when().post("/api/v1/auth/refresh")
                .then().statusCode(401);
    }

    @Test
    void logoutRevokesTheRefreshToken() {
        String email = TestData.registerCustomer();
        String refresh = TestData.tokens(email, TestData.PASSWORD).path("refreshToken");
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", refresh))
                .when().post("/api/v1/auth/logout").then().statusCode(204);
        given().contentType(ContentType.JSON).body(Map.of("refreshToken", refresh))
                .when().post("/api/v1/auth/refresh").then().statusCode(401);
    }

    @Test
    void missingTokenIs401() {
        given().when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json")
                .header("WWW-Authenticate", containsString("Bearer"));
    }

    @Test
    void expiredTokenIs401() {
        long now = Instant.now().getEpochSecond();
        String expired = Jwt.subject("someone").groups("CUSTOMER").issuedAt(now - 3600).expiresAt(now - 1800).sign();
        TestData.as(expired).when().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenSignedWithAnotherKeyIs401() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String forged = Jwt.subject("someone").groups("ADMIN").expiresIn(300).sign(generator.generateKeyPair().getPrivate());
        TestData.as(forged).when().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
        TestData.as(forged).contentType(ContentType.JSON).body(TestData.cooperative(TestData.token()))
                .when().post("/api/v1/cooperatives").then().statusCode(401);
    }

    @Test
    void unsignedAlgNoneTokenIs401() {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long exp = Instant.now().getEpochSecond() + 600;
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String payload = b64.encodeToString(("{\"iss\":\"https://api.coopmarket.ma\",\"sub\":\"x\",\"groups\":[\"ADMIN\"],\"exp\":"
                + exp + "}").getBytes(StandardCharsets.UTF_8));
        TestData.as(header + "." + payload + ".").when().get("/api/v1/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void tokenFromAnotherIssuerIs401() {
        String foreign = Jwt.issuer("https://idp.elsewhere.example").subject("someone").groups("ADMIN").expiresIn(300).sign();
        TestData.as(foreign).when().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void garbageTokenIs401() {
        TestData.as("not-a-jwt").when().get("/api/v1/me").then().statusCode(401).contentType("application/problem+json");
    }
}
