package ma.coopmarket.shared.storage;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Where immutable files live (product photos): named by their content, so that a key is written once
 * and its URL can be cached for ever. The file system by default, or an S3-compatible bucket.
 */
public interface ObjectStore {

    /** Stores the bytes under the key (a key already stored holds the same bytes: nothing to do). */
    void put(String key, byte[] bytes, String contentType);

    /** Deletes the key (nothing if absent). */
    void delete(String key);

    /** The URL clients fetch a key at, given the URL of its folder: see {@link #folderUrl(String)}. */
    String folderUrl(String folder);

    /** The file behind a key, for a store whose files the API serves itself; empty otherwise or if absent. */
    Optional<Path> localFile(String key);
}
