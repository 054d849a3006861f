package ma.coopmarket.support;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Programmes, trainings, enrolments and calls for the tests; every call makes its own data. */
public final class TrainingData {

    private TrainingData() {
    }

    public static Map<String, Object> programme(String token) {
        Map<String, Object> body = new HashMap<>();
        body.put("nameFr", "Mourafaka " + token);
        body.put("nameAr", "مرافقة " + token);
        body.put("nameEn", "Mourafaka " + token);
        body.put("descriptionFr", "Accompagnement des coopératives.");
        body.put("organiser", "Office du Développement de la Coopération");
        body.put("financingProgramme", "Intelaka");
        body.put("financingUrl", "https://www.intelaka.ma");
        return body;
    }

    public static String createProgramme() {
        return TestData.asAdmin().contentType(ContentType.JSON).body(programme(TestData.token()))
                .when().post("/api/v1/programmes")
                .then().statusCode(201).extract().path("id");
    }

    /** An on-site training in Souss-Massa, a month ahead, enrolment open for three weeks. */
    public static Map<String, Object> training(String programmeId, int capacity, int maxPerCooperative) {
        Instant start = Instant.now().plus(30, ChronoUnit.DAYS).truncatedTo(ChronoUnit.SECONDS);
        Map<String, Object> body = new HashMap<>();
        body.put("programmeId", programmeId);
        body.put("titleFr", "Vendre en ligne " + TestData.token());
        body.put("titleAr", "البيع عبر الإنترنت");
        body.put("titleEn", "Selling online");
        body.put("topicCode", "ECOMMERCE");
        body.put("mode", "ON_SITE");
        body.put("regionCode", "MA-09");
        body.put("venue", "Maison de la coopérative, Taroudant");
        body.put("language", "ary");
        body.put("startsAt", start.toString());
        body.put("endsAt", start.plus(Duration.ofHours(7)).toString());
        body.put("enrollmentDeadline", start.minus(Duration.ofDays(5)).toString());
        body.put("capacity", capacity);
        body.put("maxPerCooperative", maxPerCooperative);
        return body;
    }

    public static String createTraining(Map<String, Object> body) {
        return TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/trainings")
                .then().statusCode(201).extract().path("id");
    }

    public static String createTraining(int capacity, int maxPerCooperative) {
        return createTraining(training(createProgramme(), capacity, maxPerCooperative));
    }

    /** Moves a training's dates so that it started an hour ago (and ends in an hour), to record attendance. */
    public static void start(String trainingId, Map<String, Object> body) {
        Instant now = Instant.now();
        body.put("startsAt", now.minus(Duration.ofHours(1)).toString());
        body.put("endsAt", now.plus(Duration.ofHours(1)).toString());
        body.put("enrollmentDeadline", now.minus(Duration.ofHours(2)).toString());
        TestData.asAdmin().contentType(ContentType.JSON).body(body)
                .when().put("/api/v1/trainings/{id}", trainingId)
                .then().statusCode(200);
    }

    /** A unique block of Moroccan mobile numbers: phone(base, i). */
    public static int phoneBase() {
        return ThreadLocalRandom.current().nextInt(0, 90_000_000);
    }

    public static String phone(int base, int i) {
        return String.format("+2126%08d", base + i);
    }

    public static String phone() {
        return phone(phoneBase(), 0);
    }

    public static Map<String, Object> participant(String cooperativeId, String fullName, String phone, String gender) {
        Map<String, Object> body = new HashMap<>();
        body.put("cooperativeId", cooperativeId);
        body.put("fullName", fullName);
        body.put("phone", phone);
        body.put("role", "MEMBER");
        body.put("gender", gender);
        return body;
    }

    public static Response enrol(String token, String trainingId, Map<String, Object> participant) {
        return TestData.as(token).contentType(ContentType.JSON).body(participant)
                .when().post("/api/v1/trainings/{id}/enrollments", trainingId);
    }

    /**
     * Enrols like a well-behaved client: a 503 (the training's lock was busy for longer than the
     * lock wait timeout; nothing was changed) is retried after its Retry-After.
     */
    public static Response enrolRetrying(String token, String trainingId, Map<String, Object> participant)
            throws InterruptedException {
        return retrying(() -> enrol(token, trainingId, participant));
    }

    /** Sends a request again after its Retry-After while it gets a 503 (busy, nothing changed), at most 5 times. */
    public static Response retrying(Supplier<Response> request) throws InterruptedException {
        Response response = request.get();
        for (int attempt = 0; attempt < 5 && response.statusCode() == 503; attempt++) {
            Thread.sleep(1000L * Integer.parseInt(response.header("Retry-After")));
            response = request.get();
        }
        return response;
    }

    public static Response changeStatus(String token, String trainingId, String enrollmentId, String status) {
        return TestData.as(token).contentType(ContentType.JSON).body(Map.of("status", status))
                .when().put("/api/v1/trainings/{id}/enrollments/{e}/status", trainingId, enrollmentId);
    }

    public static Map<String, Object> call(int quota, Instant opensAt, Instant closesAt, Map<String, Object> eligibility) {
        Map<String, Object> body = new HashMap<>();
        body.put("titleFr", "Appel " + TestData.token());
        body.put("titleAr", "دعوة");
        body.put("quota", quota);
        body.put("opensAt", opensAt.toString());
        body.put("closesAt", closesAt.toString());
        if (eligibility != null) {
            body.put("eligibility", eligibility);
        }
        return body;
    }

    /** An open call (opened yesterday, closes in a month) of a new programme; returns [programmeId, callId]. */
    public static String[] createOpenCall(int quota, Map<String, Object> eligibility) {
        String programmeId = createProgramme();
        Instant now = Instant.now();
        String callId = TestData.asAdmin().contentType(ContentType.JSON)
                .body(call(quota, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(30)), eligibility))
                .when().post("/api/v1/programmes/{id}/calls", programmeId)
                .then().statusCode(201).extract().path("id");
        return new String[] { programmeId, callId };
    }

    /**
     * Runs the tasks at the same moment on as many threads, released together by a latch, and
     * returns their results in task order.
     */
    public static <T> List<T> inParallel(List<Callable<T>> tasks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(tasks.size());
        try {
            CountDownLatch ready = new CountDownLatch(tasks.size());
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    ready.countDown();
                    go.await();
                    return task.call();
                }));
            }
            ready.await(30, TimeUnit.SECONDS);
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(120, TimeUnit.SECONDS));
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    public static Response get(String token, String path, Object... params) {
        return (token == null ? given() : TestData.as(token)).when().get(path, params);
    }
}
