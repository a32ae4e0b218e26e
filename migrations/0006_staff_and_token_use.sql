-- Named staff of the central office, each with a role and their own tokens (hashed, as units' are),
-- and for every token: when it was last used, when it expires, and a note of who holds it.

CREATE TABLE staff (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  role TEXT NOT NULL,           -- admin, reviewer or reader (worker/auth/permissions.ts)
  created_at TEXT NOT NULL,
  created_by TEXT NOT NULL,
  retired_at TEXT               -- a retired person's tokens no longer sign in
);

CREATE TABLE staff_tokens (
  id INTEGER PRIMARY KEY,
  staff_id INTEGER NOT NULL REFERENCES staff (id),
  token_hash TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL,
  expires_at TEXT,
  last_used_at TEXT,
  revoked_at TEXT
);
CREATE INDEX staff_tokens_staff ON staff_tokens (staff_id);

ALTER TABLE unit_tokens ADD COLUMN expires_at TEXT;
ALTER TABLE unit_tokens ADD COLUMN last_used_at TEXT;

-- Deployment switches the administrators set from the central page ('admin_token_retired').
CREATE TABLE settings (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  updated_by TEXT NOT NULL
);
