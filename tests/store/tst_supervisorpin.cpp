// The supervisor PIN: stored only as Argon2id, locked out after five wrong PINs for a time that
// grows and survives a restart, every attempt in the audit log. The clock is injected.
#include "storetestutil.h"

#include "store/fieldstaff.h"
#include "store/supervisorpin.h"

#include <QDir>

#include <catch2/catch.hpp>

using namespace loket;
using loket::test::StoreFixture;
using store::SupervisorPin;
using Outcome = SupervisorPin::Outcome;

namespace {

struct Clock
{
    QDateTime now = QDateTime(QDate(2026, 11, 26), QTime(9, 0), Qt::UTC);
    SupervisorPin::Clock fn()
    {
        return [this] { return now; };
    }
};

QString rawConfig(store::Database &db, const QString &key)
{
    auto q = db.run(QStringLiteral("SELECT value FROM config WHERE key = ?"), {key});
    REQUIRE(q.ok());
    return q.value->next() ? q.value->value(0).toString() : QString();
}

} // namespace

TEST_CASE("the PIN is kept as an Argon2id hash, never as itself", "[store][pin]")
{
    StoreFixture f;
    Clock clock;
    SupervisorPin pin(f.db, clock.fn());
    CHECK_FALSE(pin.isSet());
    CHECK(pin.unlock(QStringLiteral("2468")).outcome == Outcome::NotSet);
    for (const char *bad : {"123", "1234567890123", "12a4", "", " 1234"})
        CHECK(pin.set(QLatin1String(bad)));
    const auto setError = pin.set(QStringLiteral("24681357"));
    INFO((setError ? setError->message.toStdString() : std::string()));
    REQUIRE_FALSE(setError);
    CHECK(pin.isSet());

    const QString hash = rawConfig(*f.db, QStringLiteral("supervisor_pin_hash"));
    CHECK(hash.startsWith(QLatin1String("$argon2id$")));
    CHECK_FALSE(hash.contains(QLatin1String("24681357")));
    // Salted: the same PIN hashes differently each time.
    REQUIRE_FALSE(pin.set(QStringLiteral("24681357")));
    CHECK(rawConfig(*f.db, QStringLiteral("supervisor_pin_hash")) != hash);
    // Nothing in the file holds the PIN's digits in the clear.
    f.db.reset();
    f.store.reset();
    QFile file(QDir(f.dir.path()).filePath(QStringLiteral("loket.db")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    CHECK_FALSE(file.readAll().contains("24681357"));
}

TEST_CASE("a PIN left in plain text by an older version is hashed and removed", "[store][pin]")
{
    StoreFixture f;
    REQUIRE_FALSE(f.store->setConfig(QStringLiteral("kiosk_pin"), QStringLiteral("2468")));
    SupervisorPin pin(f.db);
    CHECK(pin.isSet());
    CHECK(rawConfig(*f.db, QStringLiteral("kiosk_pin")).isEmpty());
    CHECK(pin.unlock(QStringLiteral("2468")).outcome == Outcome::Unlocked);
}

TEST_CASE("five wrong PINs lock the panel, for longer each time, across restarts", "[store][pin]")
{
    StoreFixture f;
    Clock clock;
    REQUIRE_FALSE(SupervisorPin(f.db, clock.fn()).set(QStringLiteral("2468")));

    for (int i = 1; i <= 4; ++i) {
        const auto a = SupervisorPin(f.db, clock.fn()).unlock(QStringLiteral("1111"));
        CHECK(a.outcome == Outcome::Wrong);
        CHECK(a.attemptsLeft == 5 - i);
        clock.now = clock.now.addSecs(2);
    }
    auto fifth = SupervisorPin(f.db, clock.fn()).unlock(QStringLiteral("1111"));
    REQUIRE(fifth.outcome == Outcome::LockedOut);
    CHECK(fifth.lockedUntil == clock.now.addSecs(30));

    // Even the right PIN is refused while locked out, and the refusal is not a new failure.
    clock.now = clock.now.addSecs(29);
    f.reopen(); // a restart changes nothing
    CHECK(SupervisorPin(f.db, clock.fn()).unlock(QStringLiteral("2468")).outcome ==
          Outcome::LockedOut);
    clock.now = clock.now.addSecs(2);
    CHECK_FALSE(SupervisorPin(f.db, clock.fn()).lockedUntil().isValid());

    // The next wrong PIN locks at once, for twice as long; then four times.
    auto sixth = SupervisorPin(f.db, clock.fn()).unlock(QStringLiteral("1111"));
    CHECK(sixth.outcome == Outcome::LockedOut);
    CHECK(sixth.lockedUntil == clock.now.addSecs(60));
    clock.now = clock.now.addSecs(61);
    auto seventh = SupervisorPin(f.db, clock.fn()).unlock(QStringLiteral("1111"));
    CHECK(seventh.lockedUntil == clock.now.addSecs(120));

    // The right PIN after the lockout unlocks and starts the count again.
    clock.now = clock.now.addSecs(121);
    CHECK(SupervisorPin(f.db, clock.fn()).unlock(QStringLiteral("2468")).outcome ==
          Outcome::Unlocked);
    CHECK(SupervisorPin(f.db, clock.fn()).unlock(QStringLiteral("1111")).attemptsLeft == 4);
}

TEST_CASE("lockouts grow from 30 s to at most an hour", "[store][pin]")
{
    using std::chrono::seconds;
    CHECK(SupervisorPin::lockoutAfter(4) == seconds(0));
    CHECK(SupervisorPin::lockoutAfter(5) == seconds(30));
    CHECK(SupervisorPin::lockoutAfter(6) == seconds(60));
    CHECK(SupervisorPin::lockoutAfter(9) == seconds(480));
    CHECK(SupervisorPin::lockoutAfter(12) == seconds(3600));
    CHECK(SupervisorPin::lockoutAfter(500) == seconds(3600));
}

TEST_CASE("every PIN attempt is in the audit log, which stays bounded", "[store][pin]")
{
    StoreFixture f;
    Clock clock;
    SupervisorPin pin(f.db, clock.fn());
    REQUIRE_FALSE(pin.set(QStringLiteral("2468")));
    pin.unlock(QStringLiteral("1111"));
    clock.now = clock.now.addSecs(5);
    pin.unlock(QStringLiteral("2468"));
    store::AuditLog audit(f.db);
    const auto entries = audit.recent(10);
    REQUIRE(entries.ok());
    REQUIRE(entries->size() == 3);
    CHECK(entries->at(0).action == QLatin1String("unlock"));
    CHECK(entries->at(0).at == clock.now);
    CHECK(entries->at(1).action == QLatin1String("unlock.failed"));
    CHECK(entries->at(1).detail == QLatin1String("failure 1"));
    CHECK(entries->at(2).action == QLatin1String("pin.set"));
    for (const auto &e : *entries) {
        CHECK(e.actor == QLatin1String("supervisor"));
        CHECK_FALSE(e.detail.contains(QLatin1String("2468")));
    }

    for (int i = 0; i < store::AuditLog::Capacity + 20; ++i)
        REQUIRE_FALSE(audit.record(QStringLiteral("device"), QStringLiteral("test")));
    auto q = f.db->run(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    REQUIRE((q.ok() && q.value->next()));
    CHECK(q.value->value(0).toInt() == store::AuditLog::Capacity);
}

TEST_CASE("enumerators added on the device sign in with their own PIN and lockout",
          "[store][pin][field]")
{
    StoreFixture f;
    Clock clock;
    store::FieldStaff staff(f.db, clock.fn());
    CHECK(staff.list().isEmpty());
    CHECK(staff.add(QStringLiteral("bad id"), {}, QStringLiteral("1234")));
    CHECK(staff.add(QStringLiteral("E07"), {}, QStringLiteral("12")));
    REQUIRE_FALSE(staff.add(QStringLiteral("E07"), QStringLiteral("Budi"), QStringLiteral("7391")));
    REQUIRE_FALSE(staff.add(QStringLiteral("E08"), QString(), QStringLiteral("8402")));
    const auto people = staff.list();
    REQUIRE(people.size() == 2);
    CHECK(people.at(0).name == QLatin1String("Budi"));
    CHECK(people.at(1).name == QLatin1String("E08")); // no name: the id stands in

    // Each enumerator's failures are their own, and the supervisor's are untouched.
    auto budi = staff.pin(QStringLiteral("E07"));
    for (int i = 0; i < SupervisorPin::FreeAttempts; ++i)
        budi.unlock(QStringLiteral("0000"));
    CHECK(budi.unlock(QStringLiteral("7391")).outcome == Outcome::LockedOut);
    CHECK(staff.pin(QStringLiteral("E08")).unlock(QStringLiteral("8402")).outcome ==
          Outcome::Unlocked);
    SupervisorPin supervisor(f.db, clock.fn());
    REQUIRE_FALSE(supervisor.set(QStringLiteral("2468")));
    CHECK(supervisor.unlock(QStringLiteral("2468")).outcome == Outcome::Unlocked);
    clock.now = clock.now.addSecs(31);
    CHECK(staff.pin(QStringLiteral("E07")).unlock(QStringLiteral("7391")).outcome ==
          Outcome::Unlocked);

    // The audit log names who tried.
    const auto log = store::AuditLog(f.db).recent(50);
    REQUIRE(log.ok());
    CHECK(std::any_of(log->begin(), log->end(), [](const store::AuditEntry &e) {
        return e.actor == QLatin1String("enumerator:E07") && e.action == QLatin1String("lockout");
    }));
    CHECK(std::any_of(log->begin(), log->end(), [](const store::AuditEntry &e) {
        return e.action == QLatin1String("enumerator.add") && e.detail == QLatin1String("E08");
    }));
}
