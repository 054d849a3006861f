package ma.coopmarket.photo;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.ByteArrayInputStream;
import javax.imageio.ImageIO;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;

/** The same photos in an S3-compatible bucket (S3Proxy on 127.0.0.1): stored, fetched from it, deleted. */
@QuarkusTest
@TestProfile(S3PhotosProfile.class)
class S3PhotoTest extends ApiTest {

    @Test
    void photosLiveInTheBucketAndLeaveIt() throws Exception {
        String cooperative = TestData.createCooperative(TestData.token());
        String product = TestData.productWith(cooperative, "60.00", 2);
        String admin = TestData.adminToken();
        Response uploaded = given().header("Authorization", "Bearer " + admin)
                .multiPart("file", "photo.jpg", TestImages.withExif(TestImages.jpeg(900, 700)), "image/jpeg")
                .post("/api/v1/products/{id}/photos", product);
        uploaded.then().statusCode(201).body("photos", hasSize(1))
                .body("photos[0].originalUrl", startsWith(S3PhotosProfile.ENDPOINT + "/" + S3PhotosProfile.BUCKET + "/"))
                .body("photos[0].width", equalTo(700)).body("photos[0].variants.width", equalTo(java.util.List.of(200, 600)));

        Response variant = given().get((String) uploaded.path("photos[0].variants[1].webpUrl"));
        variant.then().statusCode(200).header("Cache-Control", "public, max-age=31536000, immutable");
        assertEquals("WEBP", new String(variant.asByteArray(), 8, 4, java.nio.charset.StandardCharsets.US_ASCII));
        byte[] original = given().get((String) uploaded.path("photos[0].originalUrl")).then().statusCode(200)
                .extract().asByteArray();
        assertFalse(TestImages.hasApp1(original), "no EXIF in the bucket either");
        assertEquals(700, ImageIO.read(new ByteArrayInputStream(original)).getWidth());

        given().header("Authorization", "Bearer " + admin)
                .delete("/api/v1/products/{id}/photos/{photoId}", product, (String) uploaded.path("photos[0].id"))
                .then().statusCode(200).body("photos", hasSize(0));
        given().get((String) uploaded.path("photos[0].originalUrl")).then().statusCode(404);
        given().get((String) uploaded.path("photos[0].variants[1].webpUrl")).then().statusCode(404);
    }
}
