package ma.coopmarket.shared.storage;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;


/** Chooses the store by configuration ({@code coopmarket.photos.store}: {@code fs} or {@code s3}). */
public class ObjectStores {

    @Produces
    @ApplicationScoped
    ObjectStore store(PhotoStoreConfig config) {
        return switch (config.store()) {
            case "fs" -> new FileSystemStore(Path.of(config.dir()));
            case "s3" -> new S3Store(config.s3());
            default -> throw new IllegalStateException("coopmarket.photos.store must be fs or s3");
        };
    }
}
