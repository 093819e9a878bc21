#include "migrations.h"

namespace loket::store {

const std::vector<Migration> &migrations()
{
    static const std::vector<Migration> steps = {
        {1,
         {
             QStringLiteral("CREATE TABLE config (key TEXT PRIMARY KEY, value TEXT NOT NULL)"),
             QStringLiteral("CREATE TABLE events (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                            "kind TEXT NOT NULL, detail TEXT NOT NULL)"),
             QStringLiteral(
                 "CREATE TABLE questionnaires (id TEXT NOT NULL, version INTEGER NOT NULL, "
                 "sha256 TEXT NOT NULL, body BLOB NOT NULL, added_at TEXT NOT NULL, "
                 "PRIMARY KEY (id, version))"),
             QStringLiteral(
                 "CREATE TABLE responses (id TEXT PRIMARY KEY, questionnaire_id TEXT NOT NULL, "
                 "questionnaire_version INTEGER NOT NULL, "
                 "state TEXT NOT NULL CHECK (state IN ('draft','completed','queued','sending',"
                 "'synced','rejected','abandoned')), "
                 "channel TEXT NOT NULL CHECK (channel IN ('kiosk','field')), "
                 "unit TEXT NOT NULL DEFAULT '', service TEXT NOT NULL DEFAULT '', "
                 "enumerator TEXT NOT NULL DEFAULT '', language TEXT NOT NULL, "
                 "started_at TEXT NOT NULL, completed_at TEXT, updated_at TEXT NOT NULL, "
                 "reject_code TEXT, reject_reason TEXT, "
                 "FOREIGN KEY (questionnaire_id, questionnaire_version) "
                 "REFERENCES questionnaires (id, version))"),
             QStringLiteral("CREATE INDEX responses_by_state ON responses (state, updated_at)"),
             QStringLiteral(
                 "CREATE TABLE answers (response_id TEXT NOT NULL REFERENCES responses "
                 "(id) ON DELETE CASCADE, question_id TEXT NOT NULL, value TEXT NOT NULL, "
                 "PRIMARY KEY (response_id, question_id)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE paradata (response_id TEXT NOT NULL REFERENCES responses "
                            "(id) ON DELETE CASCADE, question_id TEXT NOT NULL, "
                            "first_shown_ms INTEGER, answered_ms INTEGER, "
                            "changes INTEGER NOT NULL DEFAULT 0, "
                            "PRIMARY KEY (response_id, question_id)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE envelopes (response_id TEXT PRIMARY KEY REFERENCES "
                            "responses (id) ON DELETE CASCADE, sealed BLOB NOT NULL, "
                            "sha256 TEXT NOT NULL, created_at TEXT NOT NULL)"),
         }},
        // Aggregates, so that the supervisor's figures never need plaintext.
        {2,
         {
             QStringLiteral("CREATE TABLE daily_counts (questionnaire_id TEXT NOT NULL, "
                            "unit TEXT NOT NULL, service TEXT NOT NULL, day TEXT NOT NULL, "
                            "responses INTEGER NOT NULL, "
                            "PRIMARY KEY (questionnaire_id, unit, service, day)) WITHOUT ROWID"),
             QStringLiteral("CREATE TABLE element_tallies (questionnaire_id TEXT NOT NULL, "
                            "questionnaire_version INTEGER NOT NULL, index_id TEXT NOT NULL, "
                            "element_id TEXT NOT NULL, unit TEXT NOT NULL, service TEXT NOT NULL, "
                            "sum REAL NOT NULL, answers INTEGER NOT NULL, "
                            "PRIMARY KEY (questionnaire_id, questionnaire_version, index_id, "
                            "element_id, unit, service)) WITHOUT ROWID"),
         }},
        // The sync engine's record of every attempt (bounded), for the supervisor and support.
        {3,
         {
             QStringLiteral("CREATE TABLE sync_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                            "operation TEXT NOT NULL, items INTEGER NOT NULL, "
                            "http_status INTEGER, outcome TEXT NOT NULL, detail TEXT NOT NULL, "
                            "duration_ms INTEGER NOT NULL)"),
         }},
        // Who did what on the device (supervisor unlocks, failed PINs, actions), bounded.
        {4,
         {
             QStringLiteral("CREATE TABLE audit_log (id INTEGER PRIMARY KEY, at TEXT NOT NULL, "
                            "actor TEXT NOT NULL, action TEXT NOT NULL, detail TEXT NOT NULL)"),
         }},
        // A quarantined response a supervisor chose to keep: off the list, never resent.
        {5,
         {
             QStringLiteral("ALTER TABLE responses ADD COLUMN kept_at TEXT"),
         }},
    };
    return steps;
}

} // namespace loket::store
