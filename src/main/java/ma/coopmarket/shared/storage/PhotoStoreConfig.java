package ma.coopmarket.shared.storage;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where product photos are stored: this machine's file system, or an S3-compatible bucket ({@code coopmarket.photos.*}). */
@ConfigMapping(prefix = "coopmarket.photos")
public interface PhotoStoreConfig {

    /** {@code fs} (the default: served by the API) or {@code s3}. */
    String store();

    /** The file system store's folder. */
    String dir();

    S3 s3();

    /** The bucket. */
    interface S3 {
        /** An S3-compatible endpoint (MinIO, Ceph...); absent for AWS S3 itself. */
        Optional<String> endpoint();

        @WithDefault("us-east-1")
        String region();

        Optional<String> bucket();

        /** Absent: the SDK's default credentials (environment, instance profile...). */
        Optional<String> accessKey();

        Optional<String> secretKey();

        /** Path-style URLs ({@code endpoint/bucket/key}), as MinIO and Ceph expect. */
        @WithDefault("true")
        boolean pathStyle();

        /** Where clients fetch the photos (a CDN in front of the bucket); default: the bucket's own URL. */
        Optional<String> publicUrl();
    }
}
