-- The transactional outbox: messages (SMS, webhook deliveries) written in the same transaction
-- as the event that causes them, then delivered by a dispatcher that any number of instances
-- may run: each claims a batch with SELECT ... FOR UPDATE SKIP LOCKED and a lease, and a crashed
-- instance's claims are taken over once the lease has passed.

CREATE TABLE outbox_message (
    id               VARCHAR(36)   NOT NULL,
    channel          VARCHAR(20)   NOT NULL,
    destination      VARCHAR(500)  NOT NULL,
    event_type       VARCHAR(60)   NOT NULL,
    aggregate_id     VARCHAR(36),
    payload          LONGTEXT      NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    attempts         INT           NOT NULL,
    next_attempt_at  DATETIME(6)   NOT NULL,
    lease_owner      VARCHAR(64),
    lease_until      DATETIME(6),
    last_error       VARCHAR(500),
    provider_ref     VARCHAR(120),
    created_at       DATETIME(6)   NOT NULL,
    updated_at       DATETIME(6)   NOT NULL,
    sent_at          DATETIME(6),
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_outbox_due ON outbox_message (status, next_attempt_at);
CREATE INDEX ix_outbox_channel_status ON outbox_message (channel, status, created_at);
CREATE INDEX ix_outbox_destination ON outbox_message (destination, created_at);
CREATE INDEX ix_outbox_aggregate ON outbox_message (aggregate_id);
