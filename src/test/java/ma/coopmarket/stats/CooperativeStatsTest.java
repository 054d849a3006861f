package ma.coopmarket.stats;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

/**
 * Stats come from the data: adding and archiving cooperatives moves the counts by exactly that
 * much. Tests share one database, so this runs in an isolated class and compares before/after.
 */
@QuarkusTest
class CooperativeStatsTest extends ApiTest {

    private static JsonPath stats(String groupBy) {
        return given().when().get("/api/v1/stats/cooperatives?groupBy=" + groupBy)
                .then().statusCode(200).extract().jsonPath();
    }

    private static long count(JsonPath stats, String code, String field) {
        return stats.getLong("groups.find { it.code == '" + code + "' }." + field);
    }

    @Test
    void countsFollowTheDataByRegionAndSector() {
        JsonPath regionBefore = stats("region");
        JsonPath sectorBefore = stats("sector");

        String token = TestData.token();
        for (int i = 0; i < 3; i++) {
            Map<String, Object> body = TestData.cooperative(token + i);
            body.put("regionCode", "MA-12");
            body.put("sectorCode", "TOURISM");
            body.put("womenCooperative", i < 2);
            TestData.createCooperative(body);
        }
        Map<String, Object> archived = TestData.cooperative(token + "x");
        archived.put("regionCode", "MA-12");
        String archivedId = TestData.createCooperative(archived);
        TestData.asAdmin().when().delete("/api/v1/cooperatives/{id}", archivedId).then().statusCode(204);

        JsonPath regionAfter = stats("region");
        assertEquals(3, count(regionAfter, "MA-12", "total") - count(regionBefore, "MA-12", "total"));
        assertEquals(2, count(regionAfter, "MA-12", "women") - count(regionBefore, "MA-12", "women"));
        assertEquals(3, regionAfter.getLong("total") - regionBefore.getLong("total"));
        assertEquals(12, regionAfter.getList("groups").size());
        long sumOfGroups = regionAfter.getList("groups.total", Long.class).stream().mapToLong(Long::longValue).sum();
        assertEquals(regionAfter.getLong("total"), sumOfGroups);

        JsonPath sectorAfter = stats("sector");
        assertEquals(3, count(sectorAfter, "TOURISM", "total") - count(sectorBefore, "TOURISM", "total"));
        assertEquals(2, count(sectorAfter, "TOURISM", "women") - count(sectorBefore, "TOURISM", "women"));
    }

    @Test
    void groupByIsRequiredAndChecked() {
        given().when().get("/api/v1/stats/cooperatives").then().statusCode(400)
                .contentType("application/problem+json").body("errors.field", contains("groupBy"));
        given().when().get("/api/v1/stats/cooperatives?groupBy=city").then().statusCode(400)
                .body("errors.field", contains("groupBy"));
        given().when().get("/api/v1/stats/cooperatives?groupBy=region").then().statusCode(200)
                .body("groups", hasSize(12));
    }
}
