import type { Database } from 'better-sqlite3';

/** What `PRAGMA user_version` holds once a file carries this shape; bump it with a migration when the shape changes. */
const SCHEMA_VERSION = 1;

const CREATE_EVENTS = `
  CREATE TABLE IF NOT EXISTS events (
    -- AUTOINCREMENT: a position once handed out is never handed out again, even if the last row were removed.
    position    INTEGER PRIMARY KEY AUTOINCREMENT,
    id          TEXT    NOT NULL,
    stream_name TEXT    NOT NULL,
    revision    INTEGER NOT NULL,
    type        TEXT    NOT NULL,
    data        TEXT    NOT NULL,
    metadata    TEXT    NOT NULL,
    UNIQUE (stream_name, revision)
  );
  -- Idempotency by event id needs this index; ids are UUIDv7 (time-ordered), so it grows at its right edge and stays cheap.
  CREATE UNIQUE INDEX IF NOT EXISTS events_by_id ON events (id);
  -- A ledger is append-only: refuse edits made through SQL by mistake (a deliberate tamperer would drop these first).
  CREATE TRIGGER IF NOT EXISTS events_are_not_updated BEFORE UPDATE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only: UPDATE refused'); END;
  CREATE TRIGGER IF NOT EXISTS events_are_not_deleted BEFORE DELETE ON events
    BEGIN SELECT RAISE(ABORT, 'events are append-only: DELETE refused'); END;
`;

/** Creates the schema on a fresh file; a file written by a newer version is refused rather than misread. */
export const ensureSchema = (db: Database): void => {
  // IMMEDIATE: two processes opening one fresh file take turns instead of both creating it.
  db.transaction(() => {
    const version = db.pragma('user_version', { simple: true }) as number;
    if (version === SCHEMA_VERSION) return;
    if (version > SCHEMA_VERSION) {
      throw new Error(`${db.name} holds event store schema ${version}; this version understands up to ${SCHEMA_VERSION}`);
    }
    db.exec(CREATE_EVENTS);
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
  }).immediate();
};
