-- Orders: one customer order, split into one part per cooperative, each with its own status,
-- subtotal and amount to collect; lines keep a snapshot of price and names; every status change
-- is recorded. Idempotency keys make POST /orders safe to retry across instances.

CREATE TABLE customer_order (
    id                    VARCHAR(36)    NOT NULL,
    reference             VARCHAR(12)    NOT NULL,
    customer_id           VARCHAR(36)    NOT NULL,
    status                VARCHAR(30)    NOT NULL,
    payment_method        VARCHAR(30)    NOT NULL,
    currency              VARCHAR(3)     NOT NULL,
    total                 DECIMAL(14, 2) NOT NULL,
    delivery_name         VARCHAR(120)   NOT NULL,
    delivery_phone        VARCHAR(16)    NOT NULL,
    delivery_city         VARCHAR(120)   NOT NULL,
    delivery_region_code  VARCHAR(8)     NOT NULL,
    delivery_address      VARCHAR(300)   NOT NULL,
    note                  VARCHAR(500),
    created_at            DATETIME(6)    NOT NULL,
    updated_at            DATETIME(6)    NOT NULL,
    version               BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_customer_order_reference UNIQUE (reference),
    CONSTRAINT fk_customer_order_customer FOREIGN KEY (customer_id) REFERENCES user_account (id),
    CONSTRAINT fk_customer_order_region FOREIGN KEY (delivery_region_code) REFERENCES region (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_customer_order_customer ON customer_order (customer_id, created_at);
CREATE INDEX ix_customer_order_created ON customer_order (created_at);

CREATE TABLE order_part (
    id                  VARCHAR(36)    NOT NULL,
    order_id            VARCHAR(36)    NOT NULL,
    cooperative_id      VARCHAR(36)    NOT NULL,
    code                VARCHAR(8)     NOT NULL,
    status              VARCHAR(30)    NOT NULL,
    subtotal            DECIMAL(14, 2) NOT NULL,
    amount_to_collect   DECIMAL(14, 2) NOT NULL,
    expires_at          DATETIME(6)    NOT NULL,
    cash_collected_by   VARCHAR(120),
    cash_collected_at   DATETIME(6),
    refusal_reason      VARCHAR(300),
    created_at          DATETIME(6)    NOT NULL,
    updated_at          DATETIME(6)    NOT NULL,
    version             BIGINT         NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_order_part_code UNIQUE (cooperative_id, code),
    CONSTRAINT fk_order_part_order FOREIGN KEY (order_id) REFERENCES customer_order (id),
    CONSTRAINT fk_order_part_cooperative FOREIGN KEY (cooperative_id) REFERENCES cooperative (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_order_part_order ON order_part (order_id);
CREATE INDEX ix_order_part_cooperative ON order_part (cooperative_id, created_at);
CREATE INDEX ix_order_part_expiry ON order_part (status, expires_at);

CREATE TABLE order_line (
    id          VARCHAR(36)    NOT NULL,
    part_id     VARCHAR(36)    NOT NULL,
    product_id  VARCHAR(36)    NOT NULL,
    sku         VARCHAR(64)    NOT NULL,
    name_fr     VARCHAR(200)   NOT NULL,
    name_ar     VARCHAR(200),
    unit_price  DECIMAL(12, 2) NOT NULL,
    quantity    INT            NOT NULL,
    line_total  DECIMAL(14, 2) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT ck_order_line_quantity CHECK (quantity > 0),
    CONSTRAINT fk_order_line_part FOREIGN KEY (part_id) REFERENCES order_part (id),
    CONSTRAINT fk_order_line_product FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_order_line_part ON order_line (part_id);
CREATE INDEX ix_order_line_product ON order_line (product_id);

CREATE TABLE order_part_transition (
    id           VARCHAR(36)  NOT NULL,
    part_id      VARCHAR(36)  NOT NULL,
    from_status  VARCHAR(30),
    to_status    VARCHAR(30)  NOT NULL,
    actor_kind   VARCHAR(20)  NOT NULL,
    actor_id     VARCHAR(36),
    note         VARCHAR(300),
    created_at   DATETIME(6)  NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_order_part_transition_part FOREIGN KEY (part_id) REFERENCES order_part (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_order_part_transition_part ON order_part_transition (part_id, created_at);

CREATE TABLE idempotency_key (
    id               VARCHAR(64)  NOT NULL,
    caller_id        VARCHAR(36)  NOT NULL,
    idempotency_key  VARCHAR(255) NOT NULL,
    request_hash     VARCHAR(64)  NOT NULL,
    state            VARCHAR(20)  NOT NULL,
    response_status  INT,
    response_body    LONGTEXT,
    created_at       DATETIME(6)  NOT NULL,
    expires_at       DATETIME(6)  NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_idempotency_key_expiry ON idempotency_key (expires_at);
