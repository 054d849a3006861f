-- Issue 16: product photos. Each photo is stored once per content (its hash names the files: the
-- original re-encoded without metadata, and resized variants in WebP and JPEG); a product lists up to
-- 12, in order, the first being its cover.
CREATE TABLE product_photo (
    id            VARCHAR(36)  NOT NULL,
    product_id    VARCHAR(36)  NOT NULL,
    position      INT          NOT NULL,
    content_hash  VARCHAR(64)  NOT NULL,
    width         INT          NOT NULL,
    height        INT          NOT NULL,
    variant_widths VARCHAR(100) NOT NULL,
    base_url      VARCHAR(500) NOT NULL,
    alt_fr        VARCHAR(300),
    alt_ar        VARCHAR(300),
    alt_en        VARCHAR(300),
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_product_photo_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_product_photo_product ON product_photo (product_id, position);
CREATE INDEX ix_product_photo_hash ON product_photo (content_hash);

-- One row per stored content: attaching a photo and deleting unused files lock it, so that files
-- another upload is about to show are never deleted under it.
CREATE TABLE photo_content (
    content_hash  VARCHAR(64)  NOT NULL,
    created_at    DATETIME(6)  NOT NULL,
    PRIMARY KEY (content_hash)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
