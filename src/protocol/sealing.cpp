#include "sealing.h"

#include <QCryptographicHash>

#include <sodium.h>

namespace loket::protocol {

bool initSodium()
{
    static const bool ok = sodium_init() >= 0;
    return ok;
}

KeyPair generateKeyPair()
{
    initSodium();
    KeyPair keys{QByteArray(KeyBytes, '\0'), QByteArray(KeyBytes, '\0')};
    crypto_box_keypair(reinterpret_cast<unsigned char *>(keys.publicKey.data()),
                       reinterpret_cast<unsigned char *>(keys.secretKey.data()));
    return keys;
}

QByteArray seal(const QByteArray &plaintext, const QByteArray &publicKey)
{
    if (!initSodium() || publicKey.size() != crypto_box_PUBLICKEYBYTES)
        return {};
    QByteArray sealed(plaintext.size() + qsizetype(crypto_box_SEALBYTES), '\0');
    crypto_box_seal(reinterpret_cast<unsigned char *>(sealed.data()),
                    reinterpret_cast<const unsigned char *>(plaintext.constData()),
                    static_cast<unsigned long long>(plaintext.size()),
                    reinterpret_cast<const unsigned char *>(publicKey.constData()));
    return sealed;
}

std::optional<QByteArray> open(const QByteArray &sealed, const KeyPair &keys)
{
    if (!initSodium() || sealed.size() < qsizetype(crypto_box_SEALBYTES) ||
        keys.publicKey.size() != KeyBytes || keys.secretKey.size() != KeyBytes)
        return std::nullopt;
    QByteArray plain(sealed.size() - qsizetype(crypto_box_SEALBYTES), '\0');
    if (crypto_box_seal_open(reinterpret_cast<unsigned char *>(plain.data()),
                             reinterpret_cast<const unsigned char *>(sealed.constData()),
                             static_cast<unsigned long long>(sealed.size()),
                             reinterpret_cast<const unsigned char *>(keys.publicKey.constData()),
                             reinterpret_cast<const unsigned char *>(keys.secretKey.constData())) !=
        0)
        return std::nullopt;
    return plain;
}

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

std::optional<QByteArray> keyFromBase64(const QByteArray &text)
{
    const auto decoded =
        QByteArray::fromBase64Encoding(text.trimmed(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() != KeyBytes)
        return std::nullopt;
    return decoded.decoded;
}

QString hashPin(const QString &pin)
{
    if (!initSodium())
        return {};
    char hash[crypto_pwhash_STRBYTES];
    const QByteArray utf8 = pin.toUtf8();
    if (crypto_pwhash_str(hash, utf8.constData(), quint64(utf8.size()),
                          crypto_pwhash_OPSLIMIT_INTERACTIVE,
                          crypto_pwhash_MEMLIMIT_INTERACTIVE) != 0)
        return {};
    return QString::fromLatin1(hash);
}

bool verifyPin(const QString &hash, const QString &pin)
{
    const QByteArray stored = hash.toLatin1();
    const QByteArray utf8 = pin.toUtf8();
    return !stored.isEmpty() && initSodium() &&
           crypto_pwhash_str_verify(stored.constData(), utf8.constData(), quint64(utf8.size())) ==
               0;
}

QByteArray keyToBase64(const QByteArray &key)
{
    return key.toBase64();
}

} // namespace loket::protocol
