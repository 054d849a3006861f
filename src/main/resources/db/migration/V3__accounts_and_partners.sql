-- Accounts (customers, cooperative managers, admins), refresh tokens, partners and their API keys.
-- Secrets are stored only as hashes: bcrypt for passwords, SHA-256 for random tokens and keys.

CREATE TABLE user_account (
    id                  VARCHAR(36)  NOT NULL,
    email               VARCHAR(254) NOT NULL,
    phone               VARCHAR(16),
    full_name           VARCHAR(200) NOT NULL,
    password_hash       VARCHAR(100) NOT NULL,
    role                VARCHAR(30)  NOT NULL,
    preferred_language  VARCHAR(2)   NOT NULL,
    created_at          DATETIME(6)  NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    version             BIGINT       NOT NULL,
    PRIMARY KEY (id),
    CONSTRAINT uk_user_account_email UNIQUE (email)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_user_account_role ON user_account (role);

CREATE TABLE manager_cooperative (
    user_id         VARCHAR(36) NOT NULL,
    cooperative_id  VARCHAR(36) NOT NULL,
    PRIMARY KEY (user_id, cooperative_id),
    CONSTRAINT fk_manager_cooperative_user FOREIGN KEY (user_id) REFERENCES user_account (id),
    CONSTRAINT fk_manager_cooperative_cooperative FOREIGN KEY (cooperative_id) REFERENCES cooperative (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE refresh_token (
    id          VARCHAR(36) NOT NULL,
    user_id     VARCHAR(36) NOT NULL,
    token_hash  VARCHAR(64) NOT NULL,
    family_id   VARCHAR(36) NOT NULL,
    expires_at  DATETIME(6) NOT NULL,
    created_at  DATETIME(6) NOT NULL,
    revoked_at  DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_refresh_token_hash UNIQUE (token_hash),
    CONSTRAINT fk_refresh_token_user FOREIGN KEY (user_id) REFERENCES user_account (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE INDEX ix_refresh_token_family ON refresh_token (family_id);

CREATE TABLE partner (
    id          VARCHAR(36)  NOT NULL,
    name        VARCHAR(200) NOT NULL,
    permissions VARCHAR(200) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    updated_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL,
    PRIMARY KEY (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE partner_cooperative (
    partner_id      VARCHAR(36) NOT NULL,
    cooperative_id  VARCHAR(36) NOT NULL,
    PRIMARY KEY (partner_id, cooperative_id),
    CONSTRAINT fk_partner_cooperative_partner FOREIGN KEY (partner_id) REFERENCES partner (id),
    CONSTRAINT fk_partner_cooperative_cooperative FOREIGN KEY (cooperative_id) REFERENCES cooperative (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;

CREATE TABLE partner_api_key (
    id            VARCHAR(36) NOT NULL,
    partner_id    VARCHAR(36) NOT NULL,
    prefix        VARCHAR(16) NOT NULL,
    key_hash      VARCHAR(64) NOT NULL,
    created_at    DATETIME(6) NOT NULL,
    last_used_at  DATETIME(6),
    revoked_at    DATETIME(6),
    PRIMARY KEY (id),
    CONSTRAINT uk_partner_api_key_prefix UNIQUE (prefix),
    CONSTRAINT fk_partner_api_key_partner FOREIGN KEY (partner_id) REFERENCES partner (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_unicode_ci;
