package ma.coopmarket.photo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

/** Photos on the file system store: upload, EXIF, variants, serving, order, alt texts, deletion, limits, bad input. */
@QuarkusTest
class PhotoTest extends ApiTest {

    private String cooperative;
    private String manager;

    private String product() {
        if (cooperative == null) {
            cooperative = TestData.createCooperative(TestData.token());
            manager = TestData.managerToken(cooperative);
        }
        return TestData.productWith(cooperative, "95.00", 4);
    }

    private Response upload(String product, byte[] bytes, String declaredType) {
        return bearer(manager).multiPart("file", "photo", bytes, declaredType)
                .multiPart("altFr", "Huile d'argan", "text/plain; charset=UTF-8")
                .multiPart("altAr", "زيت الأركان", "text/plain; charset=UTF-8")
                .post("/api/v1/products/{id}/photos", product);
    }

    private static io.restassured.specification.RequestSpecification bearer(String token) {
        return given().header("Authorization", "Bearer " + token);
    }

    private static byte[] fetch(String url) {
        return given().get(url).then().statusCode(200).extract().asByteArray();
    }

    @Test
    void aPhoneJpegIsTurnedUprightStrippedOfGpsAndResized() throws Exception {
        String product = product();
        byte[] phone = TestImages.withExif(TestImages.jpeg(1600, 800));
        assertTrue(TestImages.hasApp1(phone));
        Response uploaded = upload(product, phone, "image/jpeg");
        uploaded.then().statusCode(201)
                .body("photos", hasSize(1))
                .body("photos[0].cover", equalTo(true))
                .body("photos[0].width", equalTo(800)).body("photos[0].height", equalTo(1600))
                .body("photos[0].altAr", equalTo("زيت الأركان"))
                .body("photos[0].variants.width", equalTo(List.of(200, 600)))
                .body("photos[0].variants[1].height", equalTo(1200));
        byte[] original = fetch(uploaded.path("photos[0].originalUrl"));
        assertFalse(TestImages.hasApp1(original), "no EXIF (GPS position) left in the stored original");
        assertFalse(new String(original, java.nio.charset.StandardCharsets.ISO_8859_1).contains("Exif"));
        BufferedImage upright = ImageIO.read(new ByteArrayInputStream(original));
        assertNotNull(upright, "not an image: " + original.length + " bytes: "
                + new String(original, 0, Math.min(80, original.length), java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals(800, upright.getWidth());
        assertEquals(1600, upright.getHeight());

        String webpUrl = uploaded.path("photos[0].variants[0].webpUrl");
        Response webp = given().get(webpUrl);
        webp.then().statusCode(200).contentType("image/webp")
                .header("Cache-Control", "public, max-age=31536000, immutable").header("ETag", notNullValue());
        byte[] body = webp.asByteArray();
        assertEquals("RIFF", new String(body, 0, 4, java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals("WEBP", new String(body, 8, 4, java.nio.charset.StandardCharsets.US_ASCII));
        given().header("If-None-Match", webp.header("ETag")).get(webpUrl).then().statusCode(304);
        BufferedImage small = ImageIO.read(new ByteArrayInputStream(fetch(uploaded.path("photos[0].variants[0].jpegUrl"))));
        assertEquals(200, small.getWidth());
        assertEquals(400, small.getHeight());

        // The product's own JSON lists it, for everyone.
        given().get("/api/v1/products/{id}", product).then().statusCode(200)
                .body("photos[0].originalUrl", equalTo(uploaded.path("photos[0].originalUrl")));
    }

    @Test
    void photosAreOrderedDescribedAndDeletedWithTheirFiles() {
        String product = product();
        upload(product, TestImages.jpeg(300, 200), "image/jpeg").then().statusCode(201);
        Response second = upload(product, TestImages.png(250, 250), "image/png");
        second.then().statusCode(201).body("photos", hasSize(2)).body("photos[1].cover", equalTo(false));
        String first = second.path("photos[0].id");
        String other = second.path("photos[1].id");
        String otherFile = second.path("photos[1].variants[0].webpUrl");

        TestData.as(manager).contentType(ContentType.JSON).body(Map.of("photoIds", List.of(other, first)))
                .put("/api/v1/products/{id}/photos/order", product).then().statusCode(200)
                .body("photos[0].id", equalTo(other)).body("photos[0].cover", equalTo(true))
                .body("photos[1].position", equalTo(1));
        TestData.as(manager).contentType(ContentType.JSON).body(Map.of("photoIds", List.of(other)))
                .put("/api/v1/products/{id}/photos/order", product).then().statusCode(400);
        TestData.as(manager).contentType(ContentType.JSON).body(Map.of("altEn", "Argan oil", "altFr", ""))
                .patch("/api/v1/products/{id}/photos/{photoId}", product, other).then().statusCode(200)
                .body("photos[0].altEn", equalTo("Argan oil")).body("photos[0].altAr", equalTo("زيت الأركان"))
                .body("photos[0].altFr", equalTo(null));

        fetch(otherFile);
        TestData.as(manager).delete("/api/v1/products/{id}/photos/{photoId}", product, other).then().statusCode(200)
                .body("photos", hasSize(1)).body("photos[0].id", equalTo(first)).body("photos[0].cover", equalTo(true));
        given().get(otherFile).then().statusCode(404);
        TestData.as(manager).delete("/api/v1/products/{id}/photos/{photoId}", product, other).then().statusCode(404);
    }

    @Test
    void onlyThoseWhoManageTheProductMayChangeItsPhotos() {
        String product = product();
        given().multiPart("file", "photo", TestImages.jpeg(300, 200), "image/jpeg")
                .post("/api/v1/products/{id}/photos", product).then().statusCode(401);
        bearer(TestData.customerToken()).multiPart("file", "photo", TestImages.jpeg(300, 200), "image/jpeg")
                .post("/api/v1/products/{id}/photos", product).then().statusCode(403);
        String otherManager = TestData.managerToken(TestData.createCooperative(TestData.token()));
        bearer(otherManager).multiPart("file", "photo", TestImages.jpeg(300, 200), "image/jpeg")
                .post("/api/v1/products/{id}/photos", product).then().statusCode(404);
        String key = TestData.partnerKey(List.of("CATALOG_WRITE"), List.of(cooperative));
        given().header("X-API-Key", key).multiPart("file", "photo", TestImages.jpeg(300, 200), "image/jpeg")
                .post("/api/v1/products/{id}/photos", product).then().statusCode(201);
        bearer(TestData.adminToken()).multiPart("file", "photo", TestImages.jpeg(300, 200), "image/jpeg")
                .post("/api/v1/products/{id}/photos", product).then().statusCode(201);
    }

    @Test
    void badFilesAreRefusedClearlyAndNothingIsStored() throws Exception {
        String product = product();
        byte[] jpeg = TestImages.jpeg(400, 300);
        upload(product, "not an image at all".getBytes(), "image/jpeg").then().statusCode(415)
                .contentType("application/problem+json").body("type", containsString("unsupported-image"));
        upload(product, Arrays.copyOf(jpeg, jpeg.length / 2), "image/jpeg").then().statusCode(422)
                .body("type", containsString("unreadable-image"));
        byte[] corrupt = Arrays.copyOf(jpeg, jpeg.length);
        for (int i = 200; i < corrupt.length - 2; i++) {
            corrupt[i] = (byte) 0x5A;
        }
        upload(product, corrupt, "image/jpeg").then().statusCode(422).body("type", containsString("unreadable-image"));
        byte[] polyglot = java.nio.ByteBuffer.allocate(jpeg.length + 40).put(jpeg)
                .put("<html><script>alert(1)</script></html>".getBytes()).array();
        upload(product, polyglot, "image/jpeg").then().statusCode(422).body("type", containsString("unreadable-image"));
        upload(product, TestImages.hugePngHeader(), "image/png").then().statusCode(422)
                .body("type", containsString("image-too-large"));
        upload(product, TestImages.jpeg(1100, 100), "image/jpeg").then().statusCode(422)
                .body("type", containsString("unsupported-image"));
        TestData.as(manager).contentType(ContentType.JSON).body(Map.of("file", "x"))
                .post("/api/v1/products/{id}/photos", product).then().statusCode(415);
        // A PNG declared as JPEG is read as what it is.
        upload(product, TestImages.png(300, 300), "image/jpeg").then().statusCode(201);
        byte[] big = new byte[10 * 1024 * 1024 + 10];
        System.arraycopy(jpeg, 0, big, 0, jpeg.length);
        upload(product, big, "image/jpeg").then().statusCode(413);
        given().get("/api/v1/products/{id}", product).then().statusCode(200).body("photos", hasSize(1));
    }

    @Test
    void twelvePhotosAtMostEvenUnderParallelUploads() throws Exception {
        String product = product();
        for (int i = 0; i < 9; i++) {
            upload(product, TestImages.jpeg(120 + i, 100), "image/jpeg").then().statusCode(201);
        }
        ExecutorService pool = Executors.newFixedThreadPool(6);
        List<Integer> statuses = new ArrayList<>();
        try {
            List<Callable<Integer>> uploads = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                byte[] image = TestImages.jpeg(140 + i, 100);
                uploads.add(() -> upload(product, image, "image/jpeg").statusCode());
            }
            for (Future<Integer> f : pool.invokeAll(uploads)) {
                statuses.add(f.get());
            }
        } finally {
            pool.shutdown();
        }
        assertEquals(3, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
        assertEquals(3, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        List<Integer> positions = given().get("/api/v1/products/{id}", product).then().statusCode(200)
                .body("photos", hasSize(12)).extract().path("photos.position");
        assertEquals(java.util.stream.IntStream.range(0, 12).boxed().toList(), positions);
    }
}
