-- SMS channel: the language a cooperative wants its SMS in, a mark on order parts once their
-- expiry warning went out, and the signatures of inbound gateway calls already accepted (so a
-- replayed call is refused).

ALTER TABLE cooperative ADD COLUMN sms_language VARCHAR(2) NOT NULL DEFAULT 'fr';
ALTER TABLE order_part ADD COLUMN expiry_warned_at DATETIME(6);

CREATE TABLE sms_webhook_receipt (
    signature    VARCHAR(64)  NOT NULL,
    received_at  DATETIME(6)  NOT NULL,
    PRIMARY KEY (signature)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_sms_webhook_receipt_time ON sms_webhook_receipt (received_at);
CREATE INDEX ix_cooperative_phone ON cooperative (phone);
