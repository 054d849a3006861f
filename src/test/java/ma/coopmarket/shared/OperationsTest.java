package ma.coopmarket.shared;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

@QuarkusTest
class OperationsTest {

    @Test
    void livenessAndReadinessIncludingTheDatabase() {
        given().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().when().get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body(containsString("Database connections health check"));
    }

    @Test
    void metricsInPrometheusFormat() {
        given().when().get("/api/v1/regions").then().statusCode(200);
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("# TYPE http_server_requests_seconds"))
                .body(containsString("uri=\"/api/v1/regions\""));
    }

    @Test
    void everyDocumentedOutboxMetricExistsFromStartUp() {
        // Counters at 0 before any message failed or was sent: an alert on their rate sees the first one.
        given().when().get("/q/metrics").then().statusCode(200)
                .body(containsString("coopmarket_outbox_failed_total{channel=\"SMS\"}"))
                .body(containsString("coopmarket_outbox_sent_total{channel=\"SMS\"}"))
                .body(containsString("coopmarket_outbox_failed_total{channel=\"WEBHOOK\"}"))
                .body(containsString("coopmarket_outbox_sent_total{channel=\"WEBHOOK\"}"))
                .body(containsString("coopmarket_outbox_pending"));
    }
}
