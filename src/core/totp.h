#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

#include <optional>

// Time-based one-time passwords (RFC 6238, HMAC-SHA1) for a second factor, with the base32
// (RFC 4648) form that authenticator apps read.
class Totp
{
public:
    static constexpr int defaultDigits = 6;
    static constexpr int defaultPeriod = 30;
    static constexpr qsizetype keySize = 20;

    // RFC 4648 alphabet, upper case, without '=' padding.
    static QString base32Encode(const QByteArray &bytes);
    // Case-insensitive; spaces and '=' are ignored. Any other character outside the alphabet
    // gives nullopt.
    static std::optional<QByteArray> base32Decode(QStringView text);

    // The zero-padded code for the step containing unixSeconds. Empty if the key is empty,
    // digits is outside 6..8, period is not positive or unixSeconds is negative.
    static QString code(const QByteArray &key, qint64 unixSeconds, int digits = defaultDigits,
                        int period = defaultPeriod);

    // Checks a 6-digit code (spaces allowed) against the current 30 s step and the steps on
    // either side, to allow for clock drift. Returns the matched step, or nullopt if the code
    // is malformed, wrong, or for a step <= lastUsedStep (a code may be used only once).
    static std::optional<qint64> verify(const QByteArray &key, QStringView code, qint64 unixSeconds,
                                        qint64 lastUsedStep = -1);

    // otpauth://totp/Issuer:account?secret=...&issuer=Issuer&algorithm=SHA1&digits=6&period=30
    static QString provisioningUri(const QByteArray &key, const QString &account,
                                   const QString &issuer = QStringLiteral("Keyrack"));

    // keySize bytes from the system's secure random source.
    static QByteArray generateKey();
};
