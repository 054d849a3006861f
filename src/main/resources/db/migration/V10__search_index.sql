-- The catalogue's word index (issue 12). Portable across MySQL 8, MariaDB 10.11 and H2: plain
-- InnoDB B-tree tables, no FULLTEXT. An InnoDB FULLTEXT index was measured first on the national
-- data set (300,000 products, MariaDB 10.11): 0.4 s for a rare word and 4-8 s for a common one or a
-- word pair, because every match is read and ranked; a posting list in B-tree order answers the first
-- page of a word after reading about as many entries as the page holds. The rows are written by
-- ma.coopmarket.search from the products' texts analysed by Apache Lucene (see the README).

-- One row per indexed product (every product that is not archived; it keeps its doc_id while it is
-- hidden, as a draft or under an archived cooperative, and has postings only while visible): its
-- position in the index (doc_id) and what the catalogue filters and sorts on. Kept narrow, so that
-- the listings' row reads stay in the buffer pool.
CREATE TABLE search_document (
    doc_id            INT            NOT NULL AUTO_INCREMENT,
    product_id        VARCHAR(36)    NOT NULL,
    cooperative_id    VARCHAR(36)    NOT NULL,
    visible           BOOLEAN        NOT NULL,
    in_stock          BOOLEAN        NOT NULL,
    category_code     VARCHAR(40)    NOT NULL,
    region_code       VARCHAR(8)     NOT NULL,
    sector_code       VARCHAR(40)    NOT NULL,
    women             BOOLEAN        NOT NULL,
    price             DECIMAL(12, 2) NOT NULL,
    created_at        DATETIME(6)    NOT NULL,
    name_fr           VARCHAR(200)   NOT NULL,
    labels            VARCHAR(400)   NOT NULL,
    analysis_version  INT            NOT NULL,
    PRIMARY KEY (doc_id),
    CONSTRAINT uk_search_document_product UNIQUE (product_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The terms a document was indexed under, so that re-indexing removes exactly the postings it wrote
-- (without a second index on search_posting); only the writers read it.
CREATE TABLE search_document_terms (
    doc_id  INT   NOT NULL,
    terms   TEXT  NOT NULL,
    PRIMARY KEY (doc_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_search_document_cooperative ON search_document (cooperative_id, visible);
CREATE INDEX ix_search_document_version ON search_document (analysis_version, doc_id);

-- The public catalogue's listings read this table too (it holds what they filter and sort on, kept
-- in the product's transaction): each index walks one filter's products in one sort's order, so a
-- page reads about as many entries as it shows and a count reads the filter's entries only.
CREATE INDEX ix_search_document_category_region_price ON search_document (visible, category_code, region_code, price, doc_id);
CREATE INDEX ix_search_document_category_region_created ON search_document (visible, category_code, region_code, created_at, doc_id);
CREATE INDEX ix_search_document_category_region_name ON search_document (visible, category_code, region_code, name_fr, doc_id);
CREATE INDEX ix_search_document_category_price ON search_document (visible, category_code, price, doc_id);
CREATE INDEX ix_search_document_category_created ON search_document (visible, category_code, created_at, doc_id);
CREATE INDEX ix_search_document_region_price ON search_document (visible, region_code, price, doc_id);
CREATE INDEX ix_search_document_region_created ON search_document (visible, region_code, created_at, doc_id);
CREATE INDEX ix_search_document_price ON search_document (visible, price, doc_id);
CREATE INDEX ix_search_document_created ON search_document (visible, created_at, doc_id);
CREATE INDEX ix_search_document_name ON search_document (visible, name_fr, doc_id);

-- The postings of the visible products (ACTIVE, of a live cooperative): one row per (term, product).
-- The key orders each term's products by what relevance ranks first (in stock, the term in the
-- product's name) and then by doc_id, so a page of one tier is a walk of consecutive entries, and
-- "does this product have that term?" one lookup. Terms are compared byte for byte (utf8mb4_bin):
-- the analysis has already folded them.
CREATE TABLE search_posting (
    term      VARCHAR(64) CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    in_stock  BOOLEAN     NOT NULL,
    in_name   BOOLEAN     NOT NULL,
    doc_id    INT         NOT NULL,
    PRIMARY KEY (term, in_stock, in_name, doc_id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The vocabulary: every term with the word it was seen as (what type-ahead and "did you mean" show),
-- the language that word is in, and how many visible products hold it (refreshed in the background).
CREATE TABLE search_term (
    term     VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    word     VARCHAR(64)  NOT NULL,
    lang     VARCHAR(2)   NOT NULL,
    docs     INT          NOT NULL,
    PRIMARY KEY (term)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- Every word as it was written (folded, not stemmed) with the term it was indexed under: a prefix
-- being typed is compared with these ("datt" is no prefix of the term "date", but of the word "dattes").
CREATE TABLE search_word (
    word_key  VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    term      VARCHAR(64)  CHARACTER SET utf8mb4 COLLATE utf8mb4_bin NOT NULL,
    PRIMARY KEY (word_key, term)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

-- The re-indexing of every product after this migration or a change of the analysis: one row per
-- analysis version once every product has been indexed with it (the backfill then stops looking).
CREATE TABLE search_backfill (
    analysis_version  INT          NOT NULL,
    completed_at      DATETIME(6),
    PRIMARY KEY (analysis_version)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
