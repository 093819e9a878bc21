#include "devicecontroller.h"

#include "core/loader.h"
#include "protocol/sealing.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace loket;

TEST_CASE("the app's start-up recovers the store before anything is shown", "[app][store]")
{
    QTemporaryDir dir;
    QFile file(QStringLiteral(":/questionnaires/skm-permenpanrb-14-2017.json"));
    REQUIRE(file.open(QIODevice::ReadOnly));
    const QByteArray body = file.readAll();
    const auto qn = QuestionnaireLoader::loadBytes(body, QStringLiteral("skm")).questionnaire;
    {
        // A kiosk that crashed mid-respondent: one draft left, one response queued.
        auto db = store::Database::open(dir.path());
        REQUIRE(db.ok());
        store::ResponseStore s(*db);
        REQUIRE_FALSE(s.setServerKey(protocol::generateKeyPair().publicKey));
        const auto draft = s.start(*qn, body, {});
        REQUIRE(draft.ok());
        REQUIRE_FALSE(s.saveAnswer(*draft, QStringLiteral("u1"), Value::number(3), {}));
        const auto done = s.start(*qn, body, {});
        REQUIRE_FALSE(s.saveAnswer(*done, QStringLiteral("u1"), Value::number(4), {}));
        REQUIRE_FALSE(s.complete(*done));
    }
    DeviceController device(dir.path(), nullptr);
    QSignalSpy changed(&device, &DeviceController::changed);
    REQUIRE(device.open());
    CHECK(changed.count() >= 1);
    CHECK(device.storageOk());
    CHECK(device.storageHealth() == QStringLiteral("ok"));
    CHECK(device.kioskMode());
    CHECK(device.recoveredDrafts() == 1);
    CHECK(device.drafts() == 0);
    CHECK(device.abandoned() == 1);
    CHECK(device.waiting() == 1);
    CHECK(device.healthy());
    CHECK(device.statusText() ==
          QStringLiteral("Waiting to be sent: 1 · Sent: 0 · Unfinished responses closed after a "
                         "restart: 1"));
}

TEST_CASE("a store that cannot open is reported, not hidden", "[app][store]")
{
    QTemporaryDir dir;
    QFile db(QDir(dir.path()).filePath(QStringLiteral("loket.db")));
    REQUIRE(db.open(QIODevice::WriteOnly));
    QByteArray header(4096, '\0');
    header.replace(0, 16, QByteArray("SQLite format 3\0", 16));
    header[63] = 42; // written by a newer Loket
    db.write(header);
    db.close();
    DeviceController device(dir.path(), nullptr);
    CHECK_FALSE(device.open());
    CHECK_FALSE(device.storageOk());
    CHECK(device.storageError().contains(QStringLiteral("newer version of Loket")));
    CHECK_FALSE(device.healthy());
    CHECK(device.statusText().startsWith(QStringLiteral("Storage unavailable: ")));
}
