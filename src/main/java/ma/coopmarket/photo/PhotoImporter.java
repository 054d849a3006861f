package ma.coopmarket.photo;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.narayana.jta.QuarkusTransaction;

import ma.coopmarket.product.PhotoImports;
import ma.coopmarket.shared.error.ApiException;
import ma.coopmarket.shared.lifecycle.Lazy;
import ma.coopmarket.webhook.WebhookTargetGuard;

/**
 * Fetches the photos a partner's batch gives by URL: each URL once per product (one imported before
 * is UNCHANGED), through the webhooks' SSRF guard (public https hosts only), with no redirect
 * followed, 10 s to answer and 10 MB at most, then processed and stored like an upload.
 */
@ApplicationScoped
public class PhotoImporter implements PhotoImports {

    private static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final PhotoService photos;
    private final ProductPhotoRepository repository;
    private final WebhookTargetGuard guard;
    private final Lazy<HttpClient> http = Lazy.of(() -> HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build());

    public PhotoImporter(PhotoService photos, ProductPhotoRepository repository, WebhookTargetGuard guard) {
        this.photos = photos;
        this.repository = repository;
        this.guard = guard;
    }

    @Override
    public Map<Integer, List<Result>> importAll(List<Request> requests) {
        Map<Integer, List<Result>> results = new HashMap<>();
        int budget = MAX_PER_BATCH;
        for (Request request : requests) {
            Set<String> known = QuarkusTransaction.requiringNew().call(() -> repository.sourceUrlsOf(request.productId()));
            List<Result> outcomes = new ArrayList<>();
            for (String url : request.urls()) {
                if (known.contains(url)) {
                    outcomes.add(new Result(url, Outcome.UNCHANGED, null));
                } else if (budget == 0) {
                    outcomes.add(new Result(url, Outcome.SKIPPED,
                            "a batch fetches at most " + MAX_PER_BATCH + " photos; send this one in a later batch"));
                } else {
                    budget--;
                    outcomes.add(importOne(request.productId(), url));
                    known.add(url);
                }
            }
            results.put(request.index(), outcomes);
        }
        return results;
    }

    private Result importOne(String productId, String url) {
        Optional<String> refusal = guard.refusal(url);
        if (refusal.isPresent()) {
            return new Result(url, Outcome.FAILED, "the URL " + refusal.get());
        }
        try {
            HttpResponse<InputStream> response = http.get().send(HttpRequest.newBuilder(URI.create(url)).timeout(TIMEOUT)
                    .header("Accept", "image/jpeg, image/png, image/webp").GET().build(),
                    HttpResponse.BodyHandlers.ofInputStream());
            byte[] bytes;
            try (InputStream body = response.body()) {
                if (response.statusCode() != 200) {
                    return new Result(url, Outcome.FAILED, "the server answered " + response.statusCode());
                }
                bytes = body.readNBytes((int) PhotoService.MAX_BYTES + 1);
            }
            if (bytes.length > PhotoService.MAX_BYTES) {
                return new Result(url, Outcome.FAILED, "over 10 MB");
            }
            photos.attach(productId, photos.prepare(bytes), null, url);
            return new Result(url, Outcome.IMPORTED, null);
        } catch (ApiException e) {
            boolean full = "too-many-photos".equals(e.slug());
            return new Result(url, full ? Outcome.SKIPPED : Outcome.FAILED, e.getMessage());
        } catch (IOException e) {
            return new Result(url, Outcome.FAILED, "could not be fetched: " + e.getClass().getSimpleName());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Result(url, Outcome.FAILED, "interrupted");
        }
    }
}
