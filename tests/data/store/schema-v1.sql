-- A device database as schema version 1 left it: a queued response with its envelope, and a
-- draft with a plaintext answer. Used to test migration to every later version.
PRAGMA user_version=1;
CREATE TABLE config (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE events (id INTEGER PRIMARY KEY, at TEXT NOT NULL, kind TEXT NOT NULL, detail TEXT NOT NULL);
CREATE TABLE questionnaires (id TEXT NOT NULL, version INTEGER NOT NULL, sha256 TEXT NOT NULL, body BLOB NOT NULL, added_at TEXT NOT NULL, PRIMARY KEY (id, version));
CREATE TABLE responses (id TEXT PRIMARY KEY, questionnaire_id TEXT NOT NULL, questionnaire_version INTEGER NOT NULL, state TEXT NOT NULL CHECK (state IN ('draft','completed','queued','sending','synced','rejected','abandoned')), channel TEXT NOT NULL CHECK (channel IN ('kiosk','field')), unit TEXT NOT NULL DEFAULT '', service TEXT NOT NULL DEFAULT '', enumerator TEXT NOT NULL DEFAULT '', language TEXT NOT NULL, started_at TEXT NOT NULL, completed_at TEXT, updated_at TEXT NOT NULL, reject_code TEXT, reject_reason TEXT, FOREIGN KEY (questionnaire_id, questionnaire_version) REFERENCES questionnaires (id, version));
CREATE INDEX responses_by_state ON responses (state, updated_at);
CREATE TABLE answers (response_id TEXT NOT NULL REFERENCES responses (id) ON DELETE CASCADE, question_id TEXT NOT NULL, value TEXT NOT NULL, PRIMARY KEY (response_id, question_id)) WITHOUT ROWID;
CREATE TABLE paradata (response_id TEXT NOT NULL REFERENCES responses (id) ON DELETE CASCADE, question_id TEXT NOT NULL, first_shown_ms INTEGER, answered_ms INTEGER, changes INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (response_id, question_id)) WITHOUT ROWID;
CREATE TABLE envelopes (response_id TEXT PRIMARY KEY REFERENCES responses (id) ON DELETE CASCADE, sealed BLOB NOT NULL, sha256 TEXT NOT NULL, created_at TEXT NOT NULL);
INSERT INTO config VALUES ('server_public_key', 'AAECAwQFBgcICQoLDA0ODxAREhMUFRYXGBkaGxwdHh8=');
INSERT INTO questionnaires VALUES ('skm-permenpanrb-14-2017', 1, 'fixture', X'7B7D', '2026-01-02T03:04:05.000Z');
INSERT INTO responses VALUES ('7d1c2a5e-0000-4000-8000-000000000001', 'skm-permenpanrb-14-2017', 1, 'queued', 'kiosk', 'dukcapil', 'ktp', '', 'id', '2026-01-02T03:04:05.000Z', '2026-01-02T03:05:05.000Z', '2026-01-02T03:05:05.000Z', NULL, NULL);
INSERT INTO envelopes VALUES ('7d1c2a5e-0000-4000-8000-000000000001', X'00112233', 'fixture', '2026-01-02T03:05:05.000Z');
INSERT INTO responses VALUES ('7d1c2a5e-0000-4000-8000-000000000002', 'skm-permenpanrb-14-2017', 1, 'draft', 'field', 'dukcapil', 'ktp', 'enum-7', 'id', '2026-01-02T04:00:00.000Z', NULL, '2026-01-02T04:00:30.000Z', NULL, NULL);
INSERT INTO answers VALUES ('7d1c2a5e-0000-4000-8000-000000000002', 'u1', '[3]');
INSERT INTO paradata VALUES ('7d1c2a5e-0000-4000-8000-000000000002', 'u1', 1200, 5400, 1);
