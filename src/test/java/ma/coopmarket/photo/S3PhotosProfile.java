package ma.coopmarket.photo;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/**
 * Photos in an S3-compatible store: S3Proxy (from Maven Central) on 127.0.0.1, in memory, started once
 * for the tests of this profile. Objects are public, as a bucket behind a CDN would serve them.
 */
public class S3PhotosProfile implements QuarkusTestProfile {

    static final String BUCKET = "coopmarket-photos";
    static final String ENDPOINT = start();

    private static String start() {
        try {
            int port;
            try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
                port = socket.getLocalPort();
            }
            TransientNio2BlobStore blobs = new TransientNio2BlobStore();
            blobs.createContainer(BUCKET);
            S3Proxy proxy = S3Proxy.builder().blobStore(blobs).endpoint(URI.create("http://127.0.0.1:" + port))
                    .awsAuthentication(AuthenticationType.NONE, "", "").build();
            proxy.start();
            while (!"STARTED".equals(proxy.getState())) {
                Thread.sleep(10);
            }
            return "http://127.0.0.1:" + port;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException("S3Proxy did not start", e);
        }
    }

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("coopmarket.photos.store", "s3",
                "coopmarket.photos.s3.endpoint", ENDPOINT,
                "coopmarket.photos.s3.bucket", BUCKET,
                "coopmarket.photos.s3.access-key", "test-access",
                "coopmarket.photos.s3.secret-key", "test-secret");
    }
}
