// HTTPS to the real collector: enrollment over TLS pins the collector's public keys, and a
// server with another key (even one the system trusts) is cut off before a request is sent.
#include "synctestutil.h"

#include <QSslConfiguration>

using namespace loket;
using namespace loket::test;

namespace {

struct Certificate
{
    QString cert;
    QString key;
};

// A self-signed certificate for 127.0.0.1, made by the openssl tool.
Certificate makeCertificate(const QString &dir, const QString &name)
{
    const Certificate c{QDir(dir).filePath(name + QStringLiteral(".crt")),
                        QDir(dir).filePath(name + QStringLiteral(".key"))};
    runTool(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
             QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
             QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"),
             QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
             QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"), c.key,
             QStringLiteral("-out"), c.cert});
    return c;
}

QStringList tlsArgs(const Certificate &c)
{
    return {QStringLiteral("--tls-cert"), c.cert, QStringLiteral("--tls-key"), c.key};
}

// Makes this process trust exactly these certificates (plus the system's), as a device
// that has a private CA installed would.
class Trust
{
public:
    explicit Trust(const QList<Certificate> &certificates)
        : m_saved(QSslConfiguration::defaultConfiguration())
    {
        QSslConfiguration config = m_saved;
        for (const Certificate &c : certificates)
            config.addCaCertificates(c.cert);
        QSslConfiguration::setDefaultConfiguration(config);
    }
    ~Trust() { QSslConfiguration::setDefaultConfiguration(m_saved); }

private:
    QSslConfiguration m_saved;
};

QString httpsUrl(const CollectorProcess &c)
{
    return QStringLiteral("https://127.0.0.1:%1").arg(c.port());
}

} // namespace

TEST_CASE("enrollment over https pins the collector's key; another key gets nothing", "[sync][tls]")
{
    QTemporaryDir dir;
    const Certificate a = makeCertificate(dir.path(), QStringLiteral("a"));
    const Certificate b = makeCertificate(dir.path(), QStringLiteral("b"));
    const Trust trust({a, b});

    CollectorProcess collector(tlsArgs(a));
    Device device;
    REQUIRE(device.tryEnroll(httpsUrl(collector), collector.enrollCode()).isEmpty());
    const auto enrolled = device.outbox->enrollment();
    REQUIRE(enrolled);
    CHECK(enrolled->endpoint.startsWith(QStringLiteral("https://")));
    REQUIRE(enrolled->tlsPins.size() == 1);

    device.seed(4, 21);
    sync::SyncEngine engine(device.db, fastOptions());
    REQUIRE(drain(engine));
    CHECK(collector.storedIds().size() == 4);

    // The same address now answers with another certificate that this device also trusts:
    // an impostor with a certificate from a trusted CA, or a key changed without notice.
    collector.setServeArgs(tlsArgs(b));
    collector.restart();
    device.seed(3, 22);
    engine.syncNow();
    REQUIRE(
        waitUntil([&] { return engine.lastError().contains(QStringLiteral("pinned")); }, 20000));
    CHECK(collector.storedIds().size() == 4);
    CHECK(device.count(store::State::Synced) == 4);
    CHECK(device.count(store::State::Queued) == 3);

    // Back to the pinned key: the queue drains, each response once.
    collector.setServeArgs(tlsArgs(a));
    collector.restart();
    REQUIRE(drain(engine));
    CHECK(collector.storedIds().size() == 7);
    CHECK(device.count(store::State::Synced) == 7);
}

TEST_CASE("a collector certificate the device does not trust fails enrollment", "[sync][tls]")
{
    QTemporaryDir dir;
    const Certificate a = makeCertificate(dir.path(), QStringLiteral("a"));
    const Certificate untrusted = makeCertificate(dir.path(), QStringLiteral("untrusted"));
    const Trust trust({a});

    CollectorProcess collector(tlsArgs(untrusted));
    Device device;
    const QString error = device.tryEnroll(httpsUrl(collector), collector.enrollCode());
    INFO(error.toStdString());
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(device.outbox->enrollment().has_value());
}
