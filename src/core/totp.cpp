#include "totp.h"

#include "core/secret.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>
#include <QUrl>
#include <QtEndian>

#include <array>
#include <cstring>

namespace {

constexpr char s_alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

// The 5-bit value of a base32 character, or -1 if it is not in the alphabet.
int base32Value(char16_t c)
{
    if (c >= u'A' && c <= u'Z') {
        return c - u'A';
    }
    if (c >= u'a' && c <= u'z') {
        return c - u'a';
    }
    if (c >= u'2' && c <= u'7') {
        return c - u'2' + 26;
    }
    return -1;
}

// HOTP (RFC 4226): HMAC-SHA1 of the big-endian counter, dynamically truncated to 31 bits.
quint32 truncatedHmac(const QByteArray &key, quint64 counter)
{
    std::array<char, 8> message {};
    qToBigEndian(counter, message.data());
    QByteArray mac = QMessageAuthenticationCode::hash(
        QByteArray(message.data(), qsizetype(message.size())), key, QCryptographicHash::Sha1);
    const auto byte = [&mac](qsizetype i) {
        return quint32(quint8(mac.at(i)));
    };
    const qsizetype offset = byte(mac.size() - 1) & 0x0f;
    const quint32 value = (byte(offset) & 0x7f) << 24 | byte(offset + 1) << 16
        | byte(offset + 2) << 8 | byte(offset + 3);
    wipeBytes(mac);
    return value;
}

QString hotp(const QByteArray &key, quint64 counter, int digits)
{
    quint32 modulus = 1;
    for (int i = 0; i < digits; ++i) {
        modulus *= 10;
    }
    return QString::number(truncatedHmac(key, counter) % modulus).rightJustified(digits, u'0');
}

} // namespace

QString Totp::base32Encode(const QByteArray &bytes)
{
    QString text;
    text.reserve((bytes.size() * 8 + 4) / 5);
    quint32 buffer = 0;
    int bits = 0;
    for (const char c : bytes) {
        buffer = (buffer << 8) | quint8(c);
        bits += 8;
        while (bits >= 5) {
            bits -= 5;
            text.append(QLatin1Char(s_alphabet[(buffer >> bits) & 0x1f]));
        }
    }
    if (bits > 0) {
        text.append(QLatin1Char(s_alphabet[(buffer << (5 - bits)) & 0x1f]));
    }
    return text;
}

std::optional<QByteArray> Totp::base32Decode(QStringView text)
{
    QByteArray bytes;
    bytes.reserve(text.size() * 5 / 8);
    quint32 buffer = 0;
    int bits = 0;
    for (const QChar c : text) {
        if (c == u' ' || c == u'=') {
            continue;
        }
        const int value = base32Value(c.unicode());
        if (value < 0) {
            wipeBytes(bytes);
            return std::nullopt;
        }
        buffer = (buffer << 5) | quint32(value);
        bits += 5;
        if (bits >= 8) {
            bits -= 8;
            bytes.append(char((buffer >> bits) & 0xff));
        }
    }
    // Fewer than 8 bits left over are the encoder's zero padding, not data.
    return bytes;
}

QString Totp::code(const QByteArray &key, qint64 unixSeconds, int digits, int period)
{
    if (key.isEmpty() || digits < 6 || digits > 8 || period <= 0 || unixSeconds < 0) {
        return {};
    }
    return hotp(key, quint64(unixSeconds / period), digits);
}

std::optional<qint64> Totp::verify(const QByteArray &key, QStringView code, qint64 unixSeconds,
                                   qint64 lastUsedStep)
{
    if (key.isEmpty() || unixSeconds < 0) {
        return std::nullopt;
    }
    // Only ASCII digits: QChar::isDigit() would also take other scripts' digits.
    std::array<char16_t, defaultDigits> given {};
    qsizetype count = 0;
    for (const QChar c : code) {
        if (c.isSpace()) {
            continue;
        }
        if (c < u'0' || c > u'9' || count == defaultDigits) {
            return std::nullopt;
        }
        given[size_t(count++)] = c.unicode();
    }
    if (count != defaultDigits) {
        return std::nullopt;
    }

    // All three candidates are computed and compared in full, so the time taken does not tell
    // which digit or which step was wrong.
    const qint64 current = unixSeconds / defaultPeriod;
    std::optional<qint64> matched;
    for (qint64 step = current - 1; step <= current + 1; ++step) {
        if (step < 0) {
            continue;
        }
        const QString expected = hotp(key, quint64(step), defaultDigits);
        char16_t difference = 0;
        for (qsizetype i = 0; i < defaultDigits; ++i) {
            difference |= given[size_t(i)] ^ expected.at(i).unicode();
        }
        if (difference == 0 && step > lastUsedStep) {
            matched = step;
        }
    }
    return matched;
}

QString Totp::provisioningUri(const QByteArray &key, const QString &account, const QString &issuer)
{
    // ':' in the issuer or account is escaped, so the one literal ':' separates them.
    const QString issuerEncoded = QString::fromLatin1(QUrl::toPercentEncoding(issuer));
    const QString accountEncoded = QString::fromLatin1(QUrl::toPercentEncoding(account));
    QString secret = base32Encode(key);
    QString uri = QLatin1String("otpauth://totp/") + issuerEncoded + u':' + accountEncoded
        + QLatin1String("?secret=") + secret + QLatin1String("&issuer=") + issuerEncoded
        + QLatin1String("&algorithm=SHA1&digits=") + QString::number(defaultDigits)
        + QLatin1String("&period=") + QString::number(defaultPeriod);
    wipeString(secret);
    return uri;
}

QByteArray Totp::generateKey()
{
    QByteArray key(keySize, Qt::Uninitialized);
    for (qsizetype i = 0; i < keySize; i += qsizetype(sizeof(quint32))) {
        const quint32 word = QRandomGenerator::system()->generate();
        std::memcpy(key.data() + i, &word, sizeof(word));
    }
    return key;
}
