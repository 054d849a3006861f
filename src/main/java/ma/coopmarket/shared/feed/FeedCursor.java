package ma.coopmarket.shared.feed;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import ma.coopmarket.shared.error.InvalidRequestException;

/**
 * A position in a delta feed and the filters of the walk, handed to clients as an opaque token
 * (base64url of a small JSON document). The position is the (change sequence, id) of the last
 * row returned; the next page starts strictly after it. Filters travel in the cursor so that a
 * walk cannot change them half-way.
 */
public record FeedCursor(
        @JsonProperty("f") String feed,
        @JsonProperty("s") long sequence,
        @JsonProperty("i") String id,
        @JsonProperty("u") Instant updatedSince,
        @JsonProperty("c") String cooperativeId,
        @JsonProperty("m") boolean mine) {

    private static final ObjectMapper JSON = JsonMapper.builder().addModule(new JavaTimeModule()).build();

    /** The start of a walk with these filters: before every row. */
    public static FeedCursor start(String feed, FeedParams params) {
        return new FeedCursor(feed, 0, "", params.updatedSince, params.cooperativeId,
                Boolean.TRUE.equals(params.mine));
    }

    /** Where a request starts: its cursor, or the start of a walk with its filters. */
    public static FeedCursor of(String feed, FeedParams params) {
        if (params.cursor == null) {
            return start(feed, params);
        }
        if (params.updatedSince != null || params.cooperativeId != null || params.mine != null) {
            throw new InvalidRequestException("cursor",
                    "carries the filters of its walk; send it alone (with size), without updatedSince, cooperativeId or mine");
        }
        FeedCursor cursor;
        try {
            cursor = JSON.readValue(Base64.getUrlDecoder().decode(params.cursor), FeedCursor.class);
        } catch (IllegalArgumentException | java.io.IOException e) {
            throw new InvalidRequestException("cursor", "is not a cursor issued by this feed");
        }
        if (!feed.equals(cursor.feed) || cursor.id == null) {
            throw new InvalidRequestException("cursor", "is not a cursor issued by this feed");
        }
        return cursor;
    }

    /** The same walk, positioned after the row ({@code sequence}, {@code id}). */
    public FeedCursor after(long sequence, String id) {
        return new FeedCursor(feed, sequence, id, updatedSince, cooperativeId, mine);
    }

    public String encode() {
        try {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString(JSON.writeValueAsString(this).getBytes(StandardCharsets.UTF_8));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("cannot write a feed cursor", e);
        }
    }
}
