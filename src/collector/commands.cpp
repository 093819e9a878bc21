#include "commands.h"

#include "server.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QHostAddress>
#include <QSslCertificate>
#include <QSslKey>

namespace loket::collector {

namespace {

const char *const kUsage = R"(Usage: loket-collector COMMAND --data-dir DIR [OPTIONS]

Commands:
  init                          create the database and the X25519 keypair; publish the
                                bundled questionnaires
  serve --listen HOST:PORT [--tls-cert F --tls-key F] [--rate R] [--allow-plain-http]
                                serve the API (PORT 0 picks a free port)
  enroll-code --unit U [--uses N]
                                print a one-time enrollment code for unit U
  unit --unit U [--name NAME] [--services A,B] [--quota SERVICE=N]... [--enumerators X,Y]
                                create or change a unit's configuration
  enumerator --unit U --id E [--name NAME] [--pin-stdin | --remove]
                                add, rename or remove a field enumerator of unit U; with
                                --pin-stdin the PIN (4-12 digits) is read from standard input
                                and only its Argon2id hash is kept and sent to devices
  devices [--unit U]            the enrolled devices: id, unit, enrollment time, responses
  revoke --device ID            forget a device's token (a lost or stolen tablet); its
                                next request gets 401 and its responses stay
  questionnaire publish FILE    validate and publish a questionnaire version
  import BUNDLE [--unit U]      ingest a USB bundle from a device
  export --format csv|jsonl --out PATH [--questionnaire ID]
                                decrypt and export the responses
  report                        index values and grades per unit and month, and progress
                                against each unit's quotas, as JSON
  backup --out FILE             an online, consistent copy of the database (safe while
                                serving); the secret key is not in it: keep that apart

Exit status: 0 success, 1 failure, 2 usage error.
)";

QCommandLineOption option(const char *name, const char *value = nullptr)
{
    return value ? QCommandLineOption(QString::fromLatin1(name), QString(),
                                      QString::fromLatin1(value))
                 : QCommandLineOption(QString::fromLatin1(name));
}

int usage(Io io, const QString &why)
{
    io.err << "loket-collector: " << why << '\n' << kUsage;
    return Usage;
}

int init(const QString &dataDir, Io io)
{
    QString error;
    if (!QDir().mkpath(dataDir)) {
        io.err << "loket-collector: cannot create " << dataDir << '\n';
        return Failed;
    }
    if (!createKeys(dataDir, &error) && !QFile::exists(secretKeyPath(dataDir))) {
        io.err << "loket-collector: " << error << '\n';
        return Failed;
    }
    auto collector = openCollector(dataDir, io);
    if (!collector)
        return Failed;
    // The questionnaires devices carry from the factory are accepted out of the box.
    QDirIterator it(QStringLiteral(":/questionnaires"), {QStringLiteral("*.json")});
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly) || !collector->publish(file.readAll(), &error)) {
            io.err << "loket-collector: " << file.fileName() << ": " << error << '\n';
            return Failed;
        }
    }
    io.out << "initialised " << dataDir << "\npublic key: " << publicKeyPath(dataDir) << '\n';
    return Ok;
}

int serve(Collector &collector, QCommandLineParser &parser, Io io)
{
    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(u':');
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon < 0 || !portOk || port < 0 || port > 65535 || address.isNull())
        return usage(io, QStringLiteral("--listen needs HOST:PORT, e.g. 127.0.0.1:8080"));
    const bool tls = parser.isSet(QStringLiteral("tls-cert"));
    if (!tls && !address.isLoopback() && !parser.isSet(QStringLiteral("allow-plain-http"))) {
        io.err << "loket-collector: plain HTTP is for loopback only; give --tls-cert and "
                  "--tls-key (or --allow-plain-http behind a TLS proxy)\n";
        return Usage;
    }
    Server::Options options;
    if (parser.isSet(QStringLiteral("rate"))) {
        options.ratePerSecond = parser.value(QStringLiteral("rate")).toDouble();
        options.burst = options.ratePerSecond * 2;
        if (options.ratePerSecond <= 0)
            return usage(io, QStringLiteral("--rate must be a positive number"));
    }
    Server server(collector, options);
    if (tls) {
        QFile certFile(parser.value(QStringLiteral("tls-cert")));
        QFile keyFile(parser.value(QStringLiteral("tls-key")));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            io.err << "loket-collector: cannot read the TLS certificate or key\n";
            return Failed;
        }
        const QSslCertificate cert(&certFile, QSsl::Pem);
        const QByteArray keyPem = keyFile.readAll();
        QSslKey key(keyPem, QSsl::Rsa, QSsl::Pem);
        if (key.isNull())
            key = QSslKey(keyPem, QSsl::Ec, QSsl::Pem);
        if (cert.isNull() || key.isNull()) {
            io.err << "loket-collector: the TLS certificate or key is not valid PEM\n";
            return Failed;
        }
        server.sslSetup(cert, key);
    }
    const quint16 bound = server.listen(address, quint16(port));
    if (bound == 0) {
        io.err << "loket-collector: cannot listen on " << listen << '\n';
        return Failed;
    }
    server.acknowledgePromptly();
    io.out << "listening on " << (tls ? "https" : "http") << "://"
           << (address.protocol() == QAbstractSocket::IPv6Protocol
                   ? u'[' + address.toString() + u']'
                   : address.toString())
           << ':' << bound << Qt::endl;
    return QCoreApplication::exec();
}

int enrollCode(Collector &collector, QCommandLineParser &parser, Io io)
{
    const QString unit = parser.value(QStringLiteral("unit"));
    bool ok = true;
    const int uses =
        parser.isSet(QStringLiteral("uses")) ? parser.value(QStringLiteral("uses")).toInt(&ok) : 1;
    if (unit.isEmpty() || !ok || uses < 1 || uses > 10000)
        return usage(io,
                     QStringLiteral("enroll-code needs --unit U and --uses between 1 and 10000"));
    const auto code = collector.createEnrollCode(unit, uses);
    if (!code) {
        io.err << "loket-collector: " << collector.storage().lastError() << '\n';
        return Failed;
    }
    io.out << *code << '\n';
    return Ok;
}

int publish(Collector &collector, const QStringList &positional, Io io)
{
    if (positional.size() != 3 || positional.at(1) != QStringLiteral("publish"))
        return usage(io, QStringLiteral("use: questionnaire publish FILE"));
    QFile file(positional.at(2));
    QString error;
    if (!file.open(QIODevice::ReadOnly)) {
        io.err << "loket-collector: cannot read " << file.fileName() << '\n';
        return Failed;
    }
    if (!collector.publish(file.read(2 * 1024 * 1024 + 1), &error)) {
        io.err << "loket-collector: " << file.fileName() << " refused:\n" << error << '\n';
        return Failed;
    }
    io.out << "published " << file.fileName() << '\n';
    return Ok;
}

} // namespace

std::unique_ptr<Collector> openCollector(const QString &dataDir, Io io)
{
    QString error;
    const auto keys = loadKeys(dataDir, &error);
    if (!keys) {
        io.err << "loket-collector: " << error << '\n';
        return nullptr;
    }
    auto storage = openSqliteStorage(dataDir, &error);
    if (!storage) {
        io.err << "loket-collector: " << error << '\n';
        return nullptr;
    }
    return std::make_unique<Collector>(std::move(storage), *keys, protocol::Limits());
}

int run(const QStringList &args, Io io)
{
    QCommandLineParser parser;
    parser.addOptions({option("data-dir", "DIR"),
                       option("listen", "HOST:PORT"),
                       option("tls-cert", "FILE"),
                       option("tls-key", "FILE"),
                       option("rate", "R"),
                       option("allow-plain-http"),
                       option("unit", "U"),
                       option("uses", "N"),
                       option("name", "NAME"),
                       option("services", "LIST"),
                       option("quota", "SERVICE=N"),
                       option("enumerators", "LIST"),
                       option("id", "E"),
                       option("pin-stdin"),
                       option("remove"),
                       option("format", "FORMAT"),
                       option("out", "PATH"),
                       option("questionnaire", "ID"),
                       option("device", "ID"),
                       option("help")});
    if (!parser.parse(args))
        return usage(io, parser.errorText());
    const QStringList positional = parser.positionalArguments();
    const QString command = positional.value(0);
    if (parser.isSet(QStringLiteral("help")) || command == QStringLiteral("help")) {
        io.out << kUsage;
        return Ok;
    }
    if (command.isEmpty())
        return usage(io, QStringLiteral("no command"));
    const QString dataDir = parser.value(QStringLiteral("data-dir"));
    if (dataDir.isEmpty())
        return usage(io, QStringLiteral("--data-dir DIR is required"));
    if (command == QStringLiteral("init"))
        return init(dataDir, io);
    // A backup needs no key: it copies sealed rows as they are.
    if (command == QStringLiteral("backup"))
        return backup(dataDir, parser.value(QStringLiteral("out")), io);
    static const QStringList known = {
        QStringLiteral("serve"),  QStringLiteral("enroll-code"),   QStringLiteral("unit"),
        QStringLiteral("import"), QStringLiteral("questionnaire"), QStringLiteral("export"),
        QStringLiteral("report"), QStringLiteral("enumerator"),    QStringLiteral("devices"),
        QStringLiteral("revoke")};
    if (!known.contains(command))
        return usage(io, QStringLiteral("unknown command '%1'").arg(command));
    auto collector = openCollector(dataDir, io);
    if (!collector)
        return Failed;
    if (command == QStringLiteral("serve"))
        return serve(*collector, parser, io);
    if (command == QStringLiteral("enroll-code"))
        return enrollCode(*collector, parser, io);
    if (command == QStringLiteral("unit"))
        return unit(*collector, parser, io);
    if (command == QStringLiteral("enumerator"))
        return enumerator(*collector, parser, io);
    if (command == QStringLiteral("devices"))
        return devices(*collector, parser, io);
    if (command == QStringLiteral("revoke"))
        return revoke(*collector, parser, io);
    if (command == QStringLiteral("questionnaire"))
        return publish(*collector, positional, io);
    if (command == QStringLiteral("import"))
        return importBundle(*collector,
                            {positional.mid(1).value(0), parser.value(QStringLiteral("unit"))}, io);
    if (command == QStringLiteral("export"))
        return exportResponses(*collector,
                               {parser.value(QStringLiteral("format")),
                                parser.value(QStringLiteral("out")),
                                parser.value(QStringLiteral("questionnaire"))},
                               io);
    return report(*collector, io);
}

} // namespace loket::collector
