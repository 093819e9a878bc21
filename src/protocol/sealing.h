#pragma once

#include <QByteArray>
#include <QString>

#include <optional>

namespace loket::protocol {

// X25519 keys as libsodium's sealed boxes use them. A sealed box can be opened only with the
// collector's secret key: the device that sealed it cannot read it back.
struct KeyPair
{
    QByteArray publicKey; // 32 bytes
    QByteArray secretKey; // 32 bytes
};

constexpr qsizetype KeyBytes = 32;

bool initSodium();
KeyPair generateKeyPair();

// Anonymous sealed box (crypto_box_seal). Empty on a wrong-sized key.
QByteArray seal(const QByteArray &plaintext, const QByteArray &publicKey);
std::optional<QByteArray> open(const QByteArray &sealed, const KeyPair &keys);

// Lowercase hex SHA-256, the envelope's integrity check and the server's conflict test.
QString sha256Hex(const QByteArray &bytes);

// PINs are kept and sent only as Argon2id hashes (crypto_pwhash_str, interactive limits), which
// carry their own salt and parameters. Empty when hashing fails (out of memory).
QString hashPin(const QString &pin);
bool verifyPin(const QString &hash, const QString &pin);

// Keys travel and rest as one line of standard base64.
std::optional<QByteArray> keyFromBase64(const QByteArray &text);
QByteArray keyToBase64(const QByteArray &key);

} // namespace loket::protocol
