package ma.coopmarket.shared.storage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Files in a folder of this machine, served by the API at {@code /api/v1/photos/...}: the quick start
 * and a single machine. A file is written to a temporary name, then moved into place, so that nobody
 * reads half a file.
 */
public class FileSystemStore implements ObjectStore {

    static final String URL_PREFIX = "/api/v1/photos/";

    private final Path root;

    public FileSystemStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        Path target = resolve(key);
        if (Files.exists(target)) {
            return;
        }
        try {
            Files.createDirectories(target.getParent());
            Path temporary = Files.createTempFile(target.getParent(), ".upload-", ".tmp");
            Files.write(temporary, bytes);
            try {
                Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Path file = resolve(key);
            Files.deleteIfExists(file);
            try (var left = Files.list(file.getParent())) {
                if (left.findAny().isEmpty()) {
                    Files.deleteIfExists(file.getParent());
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String folderUrl(String folder) {
        return URL_PREFIX + folder + "/";
    }

    @Override
    public Optional<Path> localFile(String key) {
        Path file = resolve(key);
        return Files.isRegularFile(file) ? Optional.of(file) : Optional.empty();
    }

    private Path resolve(String key) {
        Path file = root.resolve(key).normalize();
        if (!file.startsWith(root)) {
            throw new IllegalArgumentException("key outside the store: " + key);
        }
        return file;
    }
}
