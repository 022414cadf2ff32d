#pragma once

#include "core/error.h"
#include "core/secret.h"

#include <QObject>
#include <QString>

#include <functional>

// Where secret keys are kept: one entry per key id. Every call answers exactly once,
// asynchronously, through its callback (never from inside the call).
class SecretVault : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Error &)>;
    using ReadDone = std::function<void(const Error &, Secret)>;

    using QObject::QObject;
    ~SecretVault() override;

    // A human-readable description of the backend, for messages ("the OS keychain").
    virtual QString name() const = 0;
    // Stores a secret under `entry`; `label` says to a person browsing the keychain what it is.
    virtual void writeSecret(const QString &entry, const QString &label, const Secret &secret,
                             Done done) = 0;
    // Reads a secret. A missing entry is ErrorKind::NotFound only when the keychain is known to
    // be answering; a locked or absent keychain is ErrorKind::Keychain.
    virtual void readSecret(const QString &entry, ReadDone done) = 0;
    // Removes a secret; removing an entry that does not exist succeeds.
    virtual void removeSecret(const QString &entry, Done done) = 0;
};
