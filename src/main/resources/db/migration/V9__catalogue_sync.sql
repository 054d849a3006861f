-- Partner catalogue sync: products keyed by a partner's own reference, a change sequence that
-- orders the delta feed by commit, and partners' webhook endpoints with their delivery attempts
-- (the deliveries themselves are outbox messages, channel WEBHOOK).

-- A product pushed by a partner keeps the partner's reference, unique per partner. Products
-- created through the catalogue API have neither (unique indexes allow several NULLs).
ALTER TABLE product ADD COLUMN partner_id VARCHAR(36);
ALTER TABLE product ADD COLUMN external_ref VARCHAR(100);
CREATE UNIQUE INDEX uk_product_external_ref ON product (partner_id, external_ref);
ALTER TABLE product ADD CONSTRAINT fk_product_partner FOREIGN KEY (partner_id) REFERENCES partner (id);

-- change_seq: the value of change_sequence taken by the last transaction that changed the row,
-- just before it committed, while holding the sequence row's lock: so sequence order is commit
-- order, and a reader that sees a row with sequence n also sees every row stamped below n.
-- Rows that exist before this migration start at 0, below every later change.
ALTER TABLE product ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0;
CREATE INDEX ix_product_change ON product (change_seq, id);
ALTER TABLE cooperative ADD COLUMN change_seq BIGINT NOT NULL DEFAULT 0;
CREATE INDEX ix_cooperative_change ON cooperative (change_seq, id);

CREATE TABLE change_sequence (
    feed         VARCHAR(20)  NOT NULL,
    current_seq  BIGINT       NOT NULL,
    PRIMARY KEY (feed)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

INSERT INTO change_sequence (feed, current_seq) VALUES ('catalogue', 0);

-- A partner's webhook endpoint. The signing secret is kept as is: signing needs it.
CREATE TABLE webhook_endpoint (
    id                    VARCHAR(36)   NOT NULL,
    partner_id            VARCHAR(36)   NOT NULL,
    url                   VARCHAR(500)  NOT NULL,
    description           VARCHAR(200),
    events                VARCHAR(400)  NOT NULL,
    secret                VARCHAR(100)  NOT NULL,
    status                VARCHAR(20)   NOT NULL,
    consecutive_failures  INT           NOT NULL,
    failing_since         DATETIME(6),
    disabled_at           DATETIME(6),
    disabled_reason       VARCHAR(500),
    created_at            DATETIME(6)   NOT NULL,
    updated_at            DATETIME(6)   NOT NULL,
    version               BIGINT        NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_webhook_endpoint_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_webhook_endpoint_partner ON webhook_endpoint (partner_id, created_at);

-- Each HTTP attempt of a delivery, for the partner's delivery log.
CREATE TABLE webhook_attempt (
    id               VARCHAR(36)   NOT NULL,
    delivery_id      VARCHAR(36)   NOT NULL,
    endpoint_id      VARCHAR(36)   NOT NULL,
    attempted_at     DATETIME(6)   NOT NULL,
    duration_ms      INT           NOT NULL,
    response_status  INT,
    succeeded        BOOLEAN       NOT NULL,
    error            VARCHAR(500),
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_webhook_attempt_delivery ON webhook_attempt (delivery_id, attempted_at);
