package ma.coopmarket.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

/**
 * The committed {@code openapi.yaml} is the contract partners generate clients from: it must be
 * exactly what the server serves. After an API change, regenerate it with
 * {@code ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true} and review the diff.
 */
@QuarkusTest
class OpenApiContractTest {

    private static final Path CONTRACT = Path.of("openapi.yaml");

    @Test
    void committedContractMatchesTheServedDocument() throws IOException {
        String served = given().accept("application/yaml").when().get("/q/openapi?format=yaml")
                .then().statusCode(200).extract().body().asString();
        Files.writeString(Path.of("target", "openapi-served.yaml"), served, StandardCharsets.UTF_8);
        if (Boolean.getBoolean("openapi.update")) {
            Files.writeString(CONTRACT, served, StandardCharsets.UTF_8);
        }
        List<String> committed = Files.readAllLines(CONTRACT, StandardCharsets.UTF_8);
        List<String> actual = served.lines().toList();
        for (int i = 0; i < Math.max(committed.size(), actual.size()); i++) {
            String want = i < committed.size() ? committed.get(i) : "<end of file>";
            String got = i < actual.size() ? actual.get(i) : "<end of document>";
            assertEquals(want, got, "openapi.yaml differs from /q/openapi at line " + (i + 1)
                    + "; regenerate it with ./mvnw test -Dtest=OpenApiContractTest -Dopenapi.update=true");
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void everyOperationDeclaresItsSecurityOptionalOnlyWhereItIs() {
        Map<String, Map<String, Object>> paths = given().accept("application/json").when()
                .get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath().getMap("paths");
        int operations = 0;
        for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
            for (String method : List.of("get", "post", "put", "patch", "delete")) {
                Map<String, Object> op = (Map<String, Object>) path.getValue().get(method);
                if (op == null) {
                    continue;
                }
                operations++;
                List<Map<String, Object>> security = (List<Map<String, Object>>) op.get("security");
                String where = method.toUpperCase() + " " + path.getKey();
                assertTrue(security != null && !security.isEmpty(), where + " declares no security");
                if (path.getKey().equals("/api/v1/products") && method.equals("get")) {
                    // A public read that also serves partners and managers: credentials optional, both kinds.
                    assertEquals(List.of(Map.of(), Map.of("bearer", List.of()), Map.of("apiKey", List.of())), security,
                            where);
                }
                if (path.getKey().equals("/api/v1/auth/token")) {
                    assertEquals(List.of(Map.of()), security, where + " takes no credentials");
                }
            }
        }
        assertTrue(operations > 80, "operations read: " + operations);
    }

    @Test
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
