-- The product card (issue 12): what a catalogue page or a search result shows of each product,
-- stored with its index document, as a search engine stores the fields its hits show. A page then
-- reads one row per product (search_document by doc_id) instead of three (the document, the product
-- with its three descriptions, the cooperative): on the national data set a catalogue page read 41
-- pages from disk at 128 MB of buffer pool, most of them product rows. Written by
-- ma.coopmarket.search.SearchIndex in the product's (or its cooperative's) transaction, as the rest of
-- the row; what changes without a re-index (the exact stock, the version) is not part of the card.
ALTER TABLE search_document ADD COLUMN sku VARCHAR(64);
ALTER TABLE search_document ADD COLUMN name_ar VARCHAR(200);
ALTER TABLE search_document ADD COLUMN name_en VARCHAR(200);
ALTER TABLE search_document ADD COLUMN unit VARCHAR(10);
ALTER TABLE search_document ADD COLUMN unit_quantity DECIMAL(10, 3);
ALTER TABLE search_document ADD COLUMN image_urls VARCHAR(4000);
ALTER TABLE search_document ADD COLUMN cooperative_name_fr VARCHAR(200);
ALTER TABLE search_document ADD COLUMN cooperative_name_ar VARCHAR(200);

-- The documents already written take their card from their product and cooperative (correlated
-- subqueries: the same statement on MySQL, MariaDB and H2).
UPDATE search_document SET
    sku = (SELECT p.sku FROM product p WHERE p.id = search_document.product_id),
    name_ar = (SELECT p.name_ar FROM product p WHERE p.id = search_document.product_id),
    name_en = (SELECT p.name_en FROM product p WHERE p.id = search_document.product_id),
    unit = (SELECT p.unit FROM product p WHERE p.id = search_document.product_id),
    unit_quantity = (SELECT p.unit_quantity FROM product p WHERE p.id = search_document.product_id),
    image_urls = (SELECT p.image_urls FROM product p WHERE p.id = search_document.product_id),
    cooperative_name_fr = (SELECT c.name_fr FROM cooperative c WHERE c.id = search_document.cooperative_id),
    cooperative_name_ar = (SELECT c.name_ar FROM cooperative c WHERE c.id = search_document.cooperative_id);
