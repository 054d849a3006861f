package ma.coopmarket.shared.storage;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.core.checksums.RequestChecksumCalculation;
import software.amazon.awssdk.core.checksums.ResponseChecksumValidation;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.S3ClientBuilder;


/**
 * An S3-compatible bucket (AWS S3, MinIO, Ceph) through the AWS SDK: objects are written with
 * {@code Cache-Control: immutable} and fetched by clients from the bucket or a CDN in front of it.
 */
public class S3Store implements ObjectStore {

    private static final String CACHE_CONTROL = "public, max-age=31536000, immutable";

    private final S3Client s3;
    private final String bucket;
    private final String publicUrl;

    public S3Store(PhotoStoreConfig.S3 config) {
        this.bucket = config.bucket().orElseThrow(
                () -> new IllegalStateException("coopmarket.photos.s3.bucket (PHOTOS_S3_BUCKET) is required with the s3 store"));
        S3ClientBuilder builder = S3Client.builder()
                .httpClientBuilder(UrlConnectionHttpClient.builder())
                .region(Region.of(config.region()))
                .forcePathStyle(config.pathStyle())
                // Checksums only where S3 requires them: MinIO, Ceph and older stores refuse the newer trailers.
                .requestChecksumCalculation(RequestChecksumCalculation.WHEN_REQUIRED)
                .responseChecksumValidation(ResponseChecksumValidation.WHEN_REQUIRED);
        config.endpoint().ifPresent(endpoint -> builder.endpointOverride(URI.create(endpoint)));
        builder.credentialsProvider(config.accessKey().isPresent()
                ? StaticCredentialsProvider.create(AwsBasicCredentials.create(config.accessKey().get(),
                        config.secretKey().orElse("")))
                : DefaultCredentialsProvider.builder().build());
        this.s3 = builder.build();
        this.publicUrl = config.publicUrl().orElseGet(() -> config.endpoint()
                .map(endpoint -> endpoint.replaceAll("/+$", "") + "/" + bucket)
                .orElse("https://" + bucket + ".s3." + config.region() + ".amazonaws.com"));
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        s3.putObject(r -> r.bucket(bucket).key(key).contentType(contentType).cacheControl(CACHE_CONTROL),
                RequestBody.fromBytes(bytes));
    }

    @Override
    public void delete(String key) {
        s3.deleteObject(r -> r.bucket(bucket).key(key));
    }

    @Override
    public String folderUrl(String folder) {
        return publicUrl.replaceAll("/+$", "") + "/" + folder + "/";
    }

    @Override
    public Optional<Path> localFile(String key) {
        return Optional.empty();
    }
}
