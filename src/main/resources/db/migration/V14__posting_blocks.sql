-- The word index's postings in blocks (issue 12): one row per term and block of 2,048 consecutive
-- doc_ids, holding that term's products in the block as a sorted array of two-byte entries (the
-- doc_id's place in the block, shifted left by two, with bit 2 set when the product is in stock and
-- bit 1 when the term is in its name); see ma.coopmarket.search.PostingBlocks. A search reads every
-- posting of its words in a few rows per word and intersects them in the app: with one row per
-- posting (V10's search_posting, 12 million rows on the national data set) a search read 1,500 to
-- 45,000 buffer pool pages, most from disk at 128 MB. Besides the words, a document is posted under
-- its filter values (region, category, sector, cooperative, women's cooperative) as terms that start
-- with a control character, which no analysed word contains, so that a filtered search intersects
-- them as it does words.
--
-- The blocks are written by the backfill of analysis version 3, which starts at the next start-up;
-- until it completes the catalogue is served as before the index existed. V10's search_posting is
-- left in place, no longer written, so that instances of the previous release can still answer
-- searches during a rolling deploy (without the edits made through new instances); what they write
-- meanwhile is re-indexed by the backfill, which runs again while documents of an older analysis
-- remain. A later migration drops it.
CREATE TABLE search_block (
    term      VARCHAR(64)      CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    block_no  INT              NOT NULL,
    postings  VARBINARY(4096)  NOT NULL,
    PRIMARY KEY (term, block_no)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
