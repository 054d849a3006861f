-- Read paths at national scale (issue 8; V4-V7 are taken by parallel work). Catalogue pages are read
-- in two steps: first the ids of one page, then those rows. These indexes let the first step, and
-- the count of the whole result, run on the index alone, so a page walks a few index entries in
-- sort order instead of reading and sorting product rows. Each holds its sort column followed by
-- id (every sort breaks ties by id, so the index order is the listing's order and no sort is
-- needed), then cooperative_id, which the join to the cooperative needs.

-- Sort by newest, and text search: q is a substring match on search_text, checked on the index
-- while walking it from the newest end, so a common word finds its first page within a few
-- hundred entries, and a search's count reads the index alone. For cooperative_id to fit, the
-- key must stay within InnoDB's 3072 bytes: search_text becomes 680 characters (2720 bytes in
-- utf8mb4). Nothing is lost: the texts it folds (three names of 200 and a SKU of 64, with their
-- separators) come to 673 characters at most.
UPDATE product SET search_text = SUBSTRING(search_text, 1, 680) WHERE CHAR_LENGTH(search_text) > 680;
ALTER TABLE product MODIFY search_text VARCHAR(680) NOT NULL;
DROP INDEX ix_product_status_created ON product;
CREATE INDEX ix_product_status_created ON product (status, created_at, id, cooperative_id, search_text);

-- Sort by price (and keyset cursors over it).
DROP INDEX ix_product_status_price ON product;
CREATE INDEX ix_product_status_price ON product (status, price, id, cooperative_id);

-- Filter by category (with or without inStock), sorted by price or by newest. The new indexes are
-- created before the old one is dropped: the category foreign key needs one at all times.
CREATE INDEX ix_product_category_price ON product (category_code, status, price, id, stock, cooperative_id);
CREATE INDEX ix_product_category_created ON product (category_code, status, created_at, id, stock, cooperative_id);
DROP INDEX ix_product_category ON product;

-- Counting a listing narrowed by the cooperative (region, sector, women's): from the matching
-- cooperatives to their products, on the index alone.
CREATE INDEX ix_product_cooperative ON product (cooperative_id, status, category_code, stock, price);

-- Directory: by region (sorted by name), by region and sector (and women's), and the statistics by
-- region or sector, each answered from the index.
CREATE INDEX ix_cooperative_region_name ON cooperative (region_code, archived_at, name_fr);
DROP INDEX ix_cooperative_region ON cooperative;
CREATE INDEX ix_cooperative_region_sector ON cooperative (region_code, sector_code, women_cooperative, archived_at, name_fr);
CREATE INDEX ix_cooperative_stats_region ON cooperative (archived_at, region_code, women_cooperative);
CREATE INDEX ix_cooperative_stats_sector ON cooperative (archived_at, sector_code, women_cooperative);
