-- Issue 13: an Idempotency-Key in progress holds a lease, and its claim a token. A request that dies
-- with its instance (or loses the database) left its key IN_PROGRESS for the whole retention (24 h):
-- a retry with the key could never place the order. Once the lease lapses (longer than the work's
-- transaction may run), a retry with the same body takes the key over under a new token; the work of
-- the first claim can no longer record its response (its token is gone), so one of them commits.
-- Keys left in progress before this migration have no lease: the first retry takes them over.
ALTER TABLE idempotency_key ADD COLUMN lease_until DATETIME(6) NULL;
ALTER TABLE idempotency_key ADD COLUMN claim_token VARCHAR(36) NULL;
