package ma.coopmarket.training;

import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.ApiTest;
import ma.coopmarket.support.TestData;
import ma.coopmarket.support.TrainingData;

/**
 * When a row lock cannot be had in time, the client gets a retryable 503 problem, not a 500:
 * another transaction holds the training's row for longer than the lock wait timeout.
 */
@QuarkusTest
@TestProfile(BusyDatabaseTest.ShortLockWait.class)
class BusyDatabaseTest extends ApiTest {

    /** A 2-second lock wait, so that the held lock times out quickly. */
    public static class ShortLockWait implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.datasource.jdbc.new-connection-sql", "SET SESSION innodb_lock_wait_timeout=2");
        }
    }

    @Inject
    AgroalDataSource dataSource;

    @Test
    void aLockWaitTimeoutIsARetryableServiceUnavailableProblem() throws Exception {
        String cooperative = TestData.createCooperative(TestData.token());
        String manager = TestData.managerToken(cooperative);
        String training = TrainingData.createTraining(5, 5);
        Map<String, Object> participant = TrainingData.participant(cooperative, "Samira", TrainingData.phone(), "FEMALE");

        try (Connection holder = dataSource.getConnection()) {
            holder.setAutoCommit(false);
            lockTraining(holder, training);
            Response busy = CompletableFuture.supplyAsync(() -> TrainingData.enrol(manager, training, participant))
                    .get(60, TimeUnit.SECONDS);
            busy.then().statusCode(503).contentType("application/problem+json")
                    .header("Retry-After", equalTo("1"))
                    .body("type", endsWith("/retry-later"));
            holder.rollback();
        }
        // Nothing was changed; the same request now goes through.
        TrainingData.enrol(manager, training, participant).then().statusCode(201).body("arrival", equalTo(1));
    }

    private static void lockTraining(Connection connection, String training) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT id FROM training WHERE id = ? FOR UPDATE")) {
            lock.setString(1, training);
            lock.executeQuery().close();
        }
    }
}
