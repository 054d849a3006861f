package ma.coopmarket.shared;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

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
    void swaggerUiIsServed() {
        given().when().get("/q/swagger-ui/").then().statusCode(200);
    }
}
