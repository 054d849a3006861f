package ma.coopmarket.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

import org.junit.jupiter.api.Test;

import ma.coopmarket.support.TestData;

/**
 * The clients front ends and partners generate from openapi.yaml, besides the Java one
 * ({@link GeneratedClientTest}). The TypeScript client (typescript-fetch, into
 * target/generated-ts by the build) compiles under {@code tsc --strict} and works: clients/typescript
 * compiles it with a test that registers, signs in, browses and searches, places an order of two
 * cooperatives and reads it back, and, as a partner with an API key, upserts a batch and walks the
 * sync feed to its end, against this test app. Needs the machine's node and npm (TypeScript itself
 * comes from the npm registry, pinned in clients/typescript/package-lock.json). The Python client
 * (target/generated-python) byte-compiles with the machine's python3. And the contract itself passes
 * Spectral's {@code spectral:oas} rules without a warning and Redocly's {@code recommended} rules
 * without an error (.spectral.yaml, redocly.yaml).
 */
@QuarkusTest
class GeneratedClientsTest {

    private static final Path CLIENT = Path.of("clients", "typescript");

    @TestHTTPResource("/")
    URL root;

    @Test
    void theGeneratedTypeScriptClientCompilesStrictAndDrivesTheApi() throws Exception {
        assertTrue(Files.isRegularFile(Path.of("target", "generated-ts", "index.ts")),
                "the build generates the TypeScript client into target/generated-ts (openapi-generator, generate-test-sources)");
        installTools();
        run(List.of("node", "node_modules/typescript/bin/tsc", "-p", "tsconfig.json"), Map.of(), 300);
        String out = run(List.of("node", "dist/clients/typescript/test/smoke.js"),
                Map.of("BASE_URL", root.toString().replaceAll("/$", ""), "ADMIN_EMAIL", TestData.ADMIN_EMAIL,
                        "ADMIN_PASSWORD", TestData.ADMIN_PASSWORD), 120);
        assertTrue(out.contains("typescript client: all steps passed"), out);
    }

    @Test
    void theContractPassesSpectralWithoutWarningsAndRedoclyWithoutErrors() throws Exception {
        installTools();
        run(List.of("node", "node_modules/.bin/spectral", "lint", "../../openapi.yaml", "--ruleset", "../../.spectral.yaml",
                "--fail-severity=warn"), Map.of(), 180);
        // No telemetry and no update check: the tests send nothing beyond the loopback.
        run(List.of("node", "node_modules/.bin/redocly", "lint", "../../openapi.yaml", "--config", "../../redocly.yaml"),
                Map.of("REDOCLY_TELEMETRY", "off", "REDOCLY_SUPPRESS_UPDATE_NOTICE", "true"), 180);
    }

    @Test
    void theGeneratedPythonClientCompiles() throws Exception {
        Path client = Path.of("target", "generated-python", "coopmarket_client");
        assertTrue(Files.isRegularFile(client.resolve("api_client.py")),
                "the build generates the Python client into target/generated-python");
        run(List.of("python3", "-m", "compileall", "-q", client.toAbsolutePath().toString()), Map.of(), 120);
    }

    /** TypeScript, Spectral and Redocly as pinned in clients/typescript/package-lock.json. */
    private static synchronized void installTools() throws IOException, InterruptedException {
        if (!Files.isRegularFile(CLIENT.resolve("node_modules/typescript/bin/tsc"))
                || !Files.exists(CLIENT.resolve("node_modules/.bin/spectral"))
                || !Files.exists(CLIENT.resolve("node_modules/.bin/redocly"))) {
            run(List.of("npm", "ci", "--no-audit", "--no-fund"), Map.of(), 600);
        }
    }

    /** Runs a command in clients/typescript; fails the test with its output unless it exits 0. */
    private static String run(List<String> command, Map<String, String> env, int seconds)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).directory(CLIENT.toFile()).redirectErrorStream(true);
        builder.environment().putAll(env);
        Process process;
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new AssertionError(command.get(0) + " is needed by the test command (Node.js 20+ and npm): " + e.getMessage(), e);
        }
        byte[] output = process.getInputStream().readAllBytes();
        boolean done = process.waitFor(seconds, TimeUnit.SECONDS);
        String text = new String(output, StandardCharsets.UTF_8);
        assertTrue(done, String.join(" ", command) + " did not finish in " + seconds + " s:\n" + text);
        assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + text);
        return text;
    }
}
