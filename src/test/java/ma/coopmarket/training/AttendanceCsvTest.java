package ma.coopmarket.training;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;
import ma.coopmarket.support.TrainingData;

/** The organisers' attendance list: UTF-8 with BOM, Arabic names byte for byte, safe in a spreadsheet. */
@QuarkusTest
class AttendanceCsvTest extends ApiTest {

    private static final byte[] BOM = { (byte) 0xEF, (byte) 0xBB, (byte) 0xBF };

    private static List<CSVRecord> parse(byte[] body, char delimiter) throws IOException {
        String text = new String(body, BOM.length, body.length - BOM.length, StandardCharsets.UTF_8);
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).get().parse(new StringReader(text)).getRecords();
    }

    @Test
    void attendanceListIsUtf8WithBomAndKeepsArabicNamesByteForByte() throws IOException {
        Map<String, Object> cooperative = TestData.cooperative(TestData.token());
        cooperative.put("nameAr", "تعاونية أركان تيزنيت");
        String cooperativeId = TestData.createCooperative(cooperative);
        String manager = TestData.managerToken(cooperativeId);
        String training = TrainingData.createTraining(2, 10);
        int phones = TrainingData.phoneBase();
        String arabic = "فاطمة الزهراء أيت باها";
        String withComma = "Aït Ouahmane, \"Lalla\" Mina";
        String formula = "=HYPERLINK(\"http://evil.example\")";
        TrainingData.enrol(manager, training, TrainingData.participant(cooperativeId, arabic,
                TrainingData.phone(phones, 0), "FEMALE")).then().statusCode(201);
        TrainingData.enrol(manager, training, TrainingData.participant(cooperativeId, withComma,
                TrainingData.phone(phones, 1), "FEMALE")).then().statusCode(201);
        // Waitlisted: not on the attendance list.
        TrainingData.enrol(manager, training, TrainingData.participant(cooperativeId, formula,
                TrainingData.phone(phones, 2), "MALE")).then().statusCode(201);

        Response response = TestData.asAdmin().when().get("/api/v1/trainings/{id}/attendance", training);
        response.then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Type", containsString("charset=UTF-8"))
                .header("Content-Disposition", containsString("attendance-" + training + ".csv"));
        byte[] body = response.asByteArray();
        assertArrayEquals(BOM, Arrays.copyOf(body, 3), "UTF-8 byte order mark");
        byte[] arabicBytes = arabic.getBytes(StandardCharsets.UTF_8);
        assertTrue(indexOf(body, arabicBytes) > 0, "the Arabic name's UTF-8 bytes are in the file as sent");
        assertTrue(indexOf(body, "تعاونية أركان تيزنيت".getBytes(StandardCharsets.UTF_8)) > 0);

        List<CSVRecord> rows = parse(body, ',');
        assertEquals(List.of("arrival", "status", "fullName", "phone", "gender", "role", "cooperativeId",
                "cooperativeNameFr", "cooperativeNameAr", "regionCode", "signature"), rows.get(0).toList());
        assertEquals(3, rows.size(), "header and the two participants holding a seat");
        assertEquals(arabic, rows.get(1).get(2));
        assertEquals("'" + TrainingData.phone(phones, 0), rows.get(1).get(3));
        assertEquals("CONFIRMED", rows.get(1).get(1));
        assertEquals("تعاونية أركان تيزنيت", rows.get(1).get(8));
        assertEquals(withComma, rows.get(2).get(2));
    }

    @Test
    void formulaCellsAreNeutralisedAndSemicolonsAreOffered() throws IOException {
        String cooperativeId = TestData.createCooperative(TestData.token());
        String manager = TestData.managerToken(cooperativeId);
        String training = TrainingData.createTraining(5, 10);
        TrainingData.enrol(manager, training, TrainingData.participant(cooperativeId, "=1+2;@SUM(A1)",
                TrainingData.phone(), "MALE")).then().statusCode(201);
        byte[] body = TestData.asAdmin().when().get("/api/v1/trainings/{id}/attendance?separator=semicolon", training)
                .then().statusCode(200).extract().asByteArray();
        List<CSVRecord> rows = parse(body, ';');
        assertEquals(11, rows.get(0).size());
        assertEquals("'=1+2;@SUM(A1)", rows.get(1).get(2));

        TestData.asAdmin().when().get("/api/v1/trainings/{id}/attendance?separator=tab", training)
                .then().statusCode(400).contentType("application/problem+json");
    }

    @Test
    void onlyOrganisersDownloadTheList() {
        String cooperativeId = TestData.createCooperative(TestData.token());
        String training = TrainingData.createTraining(5, 10);
        io.restassured.RestAssured.given().when().get("/api/v1/trainings/{id}/attendance", training)
                .then().statusCode(401).contentType("application/problem+json");
        TestData.as(TestData.customerToken()).when().get("/api/v1/trainings/{id}/attendance", training)
                .then().statusCode(403).contentType("application/problem+json");
        TestData.as(TestData.managerToken(cooperativeId)).when().get("/api/v1/trainings/{id}/attendance", training)
                .then().statusCode(403);
        TestData.asAdmin().when().get("/api/v1/trainings/{id}/attendance", "missing")
                .then().statusCode(404).contentType("application/problem+json");
    }

    private static int indexOf(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i <= haystack.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
