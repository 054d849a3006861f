package ma.coopmarket.search;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The search feature's settings (prefix {@code coopmarket.search}). */
@ConfigMapping(prefix = "coopmarket.search")
public interface SearchConfig {

    /** Re-indexes, in the background after start-up, the products not yet indexed with the current analysis. */
    boolean backfill();

    /**
     * Products re-indexed per transaction by the backfill: their postings are written together, so a
     * larger batch re-writes each block of a term fewer times.
     */
    @WithDefault("2000")
    int backfillBatch();

    /** How often the vocabulary's counts are refreshed (read by {@code @Scheduled}; {@code off} never). */
    String vocabularyRefresh();

    /**
     * How often each instance loads the term dictionary again (read by {@code @Scheduled}): the
     * longest a word first written on another instance waits to complete a typed prefix there.
     */
    String dictionaryReload();
}
