-- Issue 17: one-time codes travel through the outbox.
-- A message carrying a secret (a one-time code): its body is never listed, never logged, and is
-- wiped once the message is sent or has failed.
ALTER TABLE outbox_message ADD COLUMN secret BOOLEAN NOT NULL DEFAULT FALSE;
