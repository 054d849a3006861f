-- Issue 17: accounts the Moroccan way. A customer may register from her phone alone (no e-mail),
-- sign in with a code sent by SMS, recover her password, keep an address book, record her consent
-- to marketing SMS, take her data and delete her account (Law 09-08).

-- The e-mail becomes optional; a phone is someone's sign-in name only once verified by a code
-- (verified_phone is unique, phone stays the contact number and may repeat in older rows).
ALTER TABLE user_account MODIFY email VARCHAR(254) NULL;
-- An account opened by phone has no password until its owner sets one.
ALTER TABLE user_account MODIFY password_hash VARCHAR(100) NULL;
ALTER TABLE user_account ADD COLUMN verified_phone VARCHAR(16) NULL;
ALTER TABLE user_account ADD COLUMN email_verified_at DATETIME(6) NULL;
ALTER TABLE user_account ADD COLUMN deleted_at DATETIME(6) NULL;
CREATE UNIQUE INDEX uk_user_account_verified_phone ON user_account (verified_phone);

-- One-time codes (6 digits, sent by SMS or e-mail): only a salted hash is kept.
CREATE TABLE one_time_code (
    id           VARCHAR(36)  NOT NULL,
    purpose      VARCHAR(30)  NOT NULL,
    destination  VARCHAR(254) NOT NULL,
    account_id   VARCHAR(36),
    code_hash    VARCHAR(64)  NOT NULL,
    attempts     INT          NOT NULL,
    created_at   DATETIME(6)  NOT NULL,
    expires_at   DATETIME(6)  NOT NULL,
    used_at      DATETIME(6),
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_one_time_code_destination ON one_time_code (destination, purpose, created_at);
CREATE INDEX ix_one_time_code_expires ON one_time_code (expires_at);
CREATE INDEX ix_one_time_code_account ON one_time_code (account_id);

CREATE TABLE saved_address (
    id              VARCHAR(36)  NOT NULL,
    account_id      VARCHAR(36)  NOT NULL,
    label           VARCHAR(60),
    recipient_name  VARCHAR(120) NOT NULL,
    phone           VARCHAR(16)  NOT NULL,
    region_code     VARCHAR(8)   NOT NULL,
    city            VARCHAR(120) NOT NULL,
    address_line    VARCHAR(300) NOT NULL,
    landmark        VARCHAR(200),
    is_default      BOOLEAN      NOT NULL,
    created_at      DATETIME(6)  NOT NULL,
    updated_at      DATETIME(6)  NOT NULL,
    version         BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_saved_address_account FOREIGN KEY (account_id) REFERENCES user_account (id),
    CONSTRAINT fk_saved_address_region FOREIGN KEY (region_code) REFERENCES region (code)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_saved_address_account ON saved_address (account_id, created_at);

-- Every consent given or withdrawn, with the text the person saw: the proof the CNDP may ask for.
CREATE TABLE consent_record (
    id           VARCHAR(36)   NOT NULL,
    account_id   VARCHAR(36)   NOT NULL,
    purpose      VARCHAR(30)   NOT NULL,
    granted      BOOLEAN       NOT NULL,
    text_version VARCHAR(20)   NOT NULL,
    language     VARCHAR(2)    NOT NULL,
    consent_text VARCHAR(1000) NOT NULL,
    recorded_at  DATETIME(6)   NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_consent_record_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_consent_record_account ON consent_record (account_id, purpose, recorded_at);

CREATE TABLE sign_in_event (
    id          VARCHAR(36) NOT NULL,
    account_id  VARCHAR(36) NOT NULL,
    method      VARCHAR(20) NOT NULL,
    succeeded   BOOLEAN     NOT NULL,
    client_ip   VARCHAR(45),
    occurred_at DATETIME(6) NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT fk_sign_in_event_account FOREIGN KEY (account_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_sign_in_event_account ON sign_in_event (account_id, occurred_at);

-- Who enrolled a participant in a training (the account's export lists the enrolments it made).
ALTER TABLE training_enrollment ADD COLUMN enrolled_by VARCHAR(36) NULL;
CREATE INDEX ix_enrollment_enrolled_by ON training_enrollment (enrolled_by);

-- A saved address's landmark ("en face de la mosquée") travels with the order.
ALTER TABLE customer_order ADD COLUMN delivery_landmark VARCHAR(200) NULL;

-- An account's deletion forgets the responses kept for its idempotency keys.
CREATE INDEX ix_idempotency_key_caller ON idempotency_key (caller_id);
