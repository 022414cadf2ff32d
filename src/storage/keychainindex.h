#pragma once

#include "core/error.h"

#include <QList>
#include <QObject>
#include <QString>

#include <chrono>
#include <functional>

// Lists the entries a service has in the OS keychain, by name and never by secret, through the
// Secret Service D-Bus API (QtKeychain 0.13 cannot enumerate).
class KeychainIndex : public QObject
{
    Q_OBJECT
public:
    struct Entry
    {
        QString name; // QtKeychain's key: a key id, or one of reservedEntries()
        bool locked = false; // in a locked keyring: visible, but not removable until unlocked

        friend bool operator==(const Entry &, const Entry &) = default;
    };
    using ListDone = std::function<void(const Error &, QList<Entry>)>;

    explicit KeychainIndex(const QString &service = QStringLiteral("Keyrack"),
                           QObject *parent = nullptr);
    ~KeychainIndex() override;

    void setTimeout(std::chrono::milliseconds timeout) { m_timeout = timeout; }

    // The service's entries, sorted by name, each name once. Answers exactly once,
    // asynchronously: within the timeout, or with an error saying the keychain did not answer.
    void list(ListDone done);

    // Entries Keyrack keeps for itself, never for a key: the two-factor secret (TwoFactor's
    // vaultEntry) and the probe KeychainVault writes to tell "missing" from "locked".
    static const QStringList &reservedEntries();

private:
    QString m_service;
    std::chrono::milliseconds m_timeout;
};
