#pragma once

#include "core/error.h"
#include "core/secret.h"

#include <QObject>
#include <QString>

#include <functional>

class AppSettings;
class SecretVault;

// The second factor asked for before a key is given trading or withdrawal rights: a TOTP
// secret kept in the OS keychain, switched on in AppSettings, with replay protection.
class TwoFactor : public QObject
{
    Q_OBJECT
public:
    // The keychain entry of the TOTP secret (API keys use their UUID: no clash).
    static inline const QString vaultEntry = QStringLiteral("keyrack-totp");

    using Done = std::function<void(const Error &)>;
    // `ok` is true only when the code was accepted; otherwise `error` says why: Invalid for a
    // wrong, malformed or already used code, Keychain or NotFound when it could not be checked.
    using VerifyDone = std::function<void(const Error &, bool ok)>;

    // What an authenticator app needs to start producing codes. `uri` holds the secret too:
    // wipe it (wipeString) once shown.
    struct Enrolment
    {
        Secret key;
        QString uri;
    };

    TwoFactor(AppSettings *settings, SecretVault *vault, QObject *parent = nullptr);
    ~TwoFactor() override;

    bool isEnabled() const;

    // A fresh random key and its otpauth:// URI. Nothing is stored until completeEnrolment.
    Enrolment beginEnrolment() const;
    // Checks a first code against `key` (so a mis-scanned QR code cannot lock anyone out), then
    // stores the key in the keychain and turns the second factor on. Answers once, later.
    void completeEnrolment(Secret key, const QString &code, Done done);
    // Needs a valid current code; removes the secret from the keychain and turns it off.
    void disable(const QString &code, Done done);
    // Checks a code against the secret in the keychain; a code is accepted only once.
    void verify(const QString &code, VerifyDone done);

Q_SIGNALS:
    void enabledChanged(bool enabled);

private:
    void answerLater(Done done, const Error &error);
    Error refusal(const QByteArray &key, const QString &code, qint64 now) const;
    Error missingSecret() const;

    AppSettings *m_settings;
    SecretVault *m_vault;
};
