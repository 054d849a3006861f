package ma.coopmarket.sms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;
import ma.coopmarket.support.TrainingData;

/** Training participants hear by SMS of their place: confirmed, waitlisted, promoted, session cancelled. */
@QuarkusTest
class TrainingSmsTest extends ApiTest {

    private static List<String> events(String phone) {
        return TestData.asAdmin().get("/api/v1/admin/messages?channel=SMS&destination={p}&size=100", phone)
                .then().statusCode(200).extract().jsonPath().getList("items.eventType");
    }

    @Test
    void participantsAreToldOfEachChangeOfTheirPlace() {
        String cooperative = SmsSupport.cooperativeWithSms(SmsSupport.uniquePhone(), "ar", true);
        String manager = TestData.managerToken(cooperative);
        String training = TrainingData.createTraining(1, 5);
        String first = SmsSupport.uniquePhone();
        String second = SmsSupport.uniquePhone();
        String firstId = TrainingData.enrol(manager, training, TrainingData.participant(cooperative, "فاطمة", first, "FEMALE"))
                .then().statusCode(201).extract().path("id");
        TrainingData.enrol(manager, training, TrainingData.participant(cooperative, "Khadija", second, "FEMALE"))
                .then().statusCode(201);
        assertEquals(List.of("ENROLLMENT_CONFIRMED"), events(first));
        assertEquals(List.of("ENROLLMENT_WAITLISTED"), events(second));
        String text = TestData.asAdmin().get("/api/v1/admin/messages?destination={p}", first).then().extract()
                .path("items[0].payload");
        assertTrue(text.contains("تم تأكيد مكانكم"), text);

        TestData.as(manager).body(Map.of("status", "CANCELLED"))
                .put("/api/v1/trainings/{t}/enrollments/{e}/status", training, firstId).then().statusCode(200);
        assertTrue(events(second).contains("ENROLLMENT_PROMOTED"), events(second).toString());

        TestData.asAdmin().body(Map.of("status", "CANCELLED")).put("/api/v1/trainings/{id}/status", training)
                .then().statusCode(200);
        assertTrue(events(second).contains("ENROLLMENT_SESSION_CANCELLED"), events(second).toString());
        assertEquals(List.of("ENROLLMENT_CONFIRMED"), events(first), "a participant who left hears nothing more");
    }
}
