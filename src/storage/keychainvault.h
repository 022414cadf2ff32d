#pragma once

#include "storage/secretvault.h"

#include <chrono>

// The secret vault over the OS keychain (QtKeychain: Secret Service, macOS Keychain, Windows
// Credential Manager). Never falls back to plain-text storage; every job has a timeout.
class KeychainVault : public SecretVault
{
    Q_OBJECT
public:
    static constexpr std::chrono::milliseconds defaultTimeout {30000};

    // `service` names Keyrack's entries in the keychain; tests use their own.
    explicit KeychainVault(const QString &service = QStringLiteral("Keyrack"),
                           QObject *parent = nullptr);
    ~KeychainVault() override;

    // KEYRACK_KEYCHAIN_TIMEOUT_MS overrides the default wait for a keychain answer.
    static std::chrono::milliseconds configuredTimeout();
    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }
    QString service() const { return m_service; }

    QString name() const override;
    void writeSecret(const QString &entry, const QString &label, const Secret &secret,
                     Done done) override;
    void readSecret(const QString &entry, ReadDone done) override;
    void removeSecret(const QString &entry, Done done) override;

private:
    // A read found nothing: tell "missing" from "locked" by checking that the keychain accepts
    // a write at all.
    void checkAnswering(const QString &entry, ReadDone done);

    QString m_service;
    std::chrono::milliseconds m_timeout;
};
