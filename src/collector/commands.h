#pragma once

#include "collector.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

namespace loket::collector {

enum Exit { Ok = 0, Failed = 1, Usage = 2 };

struct Io
{
    QTextStream &out;
    QTextStream &err;
    QTextStream *in = nullptr; // where a PIN is read from; standard input in the program
};

// Runs `loket-collector ARGS...`; args[0] is the program name. `serve` runs the event loop.
int run(const QStringList &args, Io io);

// The collector in `dataDir`, ready to use, or nothing after saying why on io.err.
std::unique_ptr<Collector> openCollector(const QString &dataDir, Io io);

int exportResponses(Collector &collector, const QStringList &args, Io io);
int report(Collector &collector, Io io);
int unit(Collector &collector, QCommandLineParser &parser, Io io);
int enumerator(Collector &collector, QCommandLineParser &parser, Io io);
int devices(Collector &collector, QCommandLineParser &parser, Io io);
int revoke(Collector &collector, QCommandLineParser &parser, Io io);
int importBundle(Collector &collector, const QStringList &args, Io io);
int backup(const QString &dataDir, const QString &out, Io io);

} // namespace loket::collector
