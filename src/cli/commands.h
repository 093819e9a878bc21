#pragma once

#include "store/database.h"

#include <QStringList>
#include <QTextStream>

namespace loket::cli {

// Exit codes shared by every command.
enum Exit { Ok = 0, Failed = 1, Usage = 2 };

struct Io
{
    QTextStream &out;
    QTextStream &err;
};

int validate(const QStringList &args, Io io);
int score(const QStringList &args, Io io);
// Commands on the device database in `dataDir`.
int status(const QString &dataDir, const QStringList &args, Io io);
int seed(const QString &dataDir, const QStringList &args, Io io);
int setServerKey(const QString &dataDir, const QStringList &args, Io io);
int config(const QString &dataDir, const QStringList &args, Io io);
int enroll(const QString &dataDir, const QStringList &args, Io io);
int syncCommand(const QString &dataDir, const QStringList &args, Io io);
int exportBundle(const QString &dataDir, const QStringList &args, Io io);

// Runs `loket-cli ARGS...`; args[0] is the program name.
int run(const QStringList &args, Io io);

// The device database in `dataDir`, or nothing after saying why on io.err.
std::shared_ptr<store::Database> openDatabase(const QString &dataDir, Io io);

// A questionnaire path, or the id of a bundled one.
QString resolveQuestionnaire(const QString &pathOrId);

} // namespace loket::cli
