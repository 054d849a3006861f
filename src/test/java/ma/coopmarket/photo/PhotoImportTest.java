package ma.coopmarket.photo;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

/**
 * A partner's batch gives photos by URL: fetched once (an image server on 127.0.0.1, allowed for tests
 * by the SSRF guard's allowlist), reported per item, never fetched again; refused targets and bad files
 * are reported, not fatal.
 */
@QuarkusTest
class PhotoImportTest extends ApiTest {

    private static HttpServer images;
    private static final Map<String, AtomicInteger> FETCHES = new ConcurrentHashMap<>();

    @BeforeAll
    static void serveImages() throws IOException {
        images = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        byte[] jpeg = TestImages.jpeg(700, 500);
        images.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            FETCHES.computeIfAbsent(path, k -> new AtomicInteger()).incrementAndGet();
            byte[] body = path.endsWith(".jpg") ? jpeg : path.endsWith(".txt") ? "hello".getBytes() : null;
            if (body == null) {
                exchange.sendResponseHeaders(404, -1);
            } else {
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            }
            exchange.close();
        });
        images.setExecutor(Executors.newFixedThreadPool(2));
        images.start();
    }

    @AfterAll
    static void stop() {
        images.stop(0);
    }

    private static String url(String path) {
        return "http://127.0.0.1:" + images.getAddress().getPort() + path;
    }

    @Test
    void aBatchImportsItsPhotoUrlsOnceAndReportsEach() {
        String cooperative = TestData.createCooperative(TestData.token());
        // The refused target is a closed port on another loopback address: if the guard let it through, no
        // traffic would leave the machine.
        String key = TestData.partnerKey(List.of("CATALOG_READ", "CATALOG_WRITE"), List.of(cooperative));
        String ref = "IMG-" + TestData.token();
        Map<String, Object> item = Map.of("externalRef", ref, "cooperativeId", cooperative,
                "product", TestData.product("S-" + ref),
                "photoUrls", List.of(url("/argan.jpg"), url("/missing.png"), url("/note.txt"),
                        "https://127.0.0.2:1/internal.jpg"));
        Map<String, Object> batch = Map.of("items", List.of(item));
        String id = TestData.withKey(key).contentType(ContentType.JSON).body(batch).post("/api/v1/partner/products/batch")
                .then().statusCode(200)
                .body("items[0].photos.outcome", equalTo(List.of("IMPORTED", "FAILED", "FAILED", "FAILED")))
                .body("items[0].photos[1].detail", equalTo("the server answered 404"))
                .body("items[0].photos[2].detail", org.hamcrest.Matchers.containsString("not a JPEG"))
                .body("items[0].photos[3].detail", org.hamcrest.Matchers.containsString("loopback"))
                .extract().path("items[0].id");
        TestData.withKey(key).get("/api/v1/products/{id}", id).then().statusCode(200)
                .body("photos", hasSize(1)).body("photos[0].width", equalTo(700));

        // The same batch again: the imported URL is not fetched again.
        TestData.withKey(key).contentType(ContentType.JSON).body(batch).post("/api/v1/partner/products/batch")
                .then().statusCode(200).body("items[0].photos[0].outcome", equalTo("UNCHANGED"));
        org.junit.jupiter.api.Assertions.assertEquals(1, FETCHES.get("/argan.jpg").get());
    }
}
