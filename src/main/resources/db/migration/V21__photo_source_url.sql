-- Issue 16: a photo given by URL in a partner's batch remembers it, so that the URL is not fetched again.
ALTER TABLE product_photo ADD COLUMN source_url VARCHAR(500) NULL;
