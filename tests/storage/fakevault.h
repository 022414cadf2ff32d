#pragma once

#include "storage/secretvault.h"

#include <QHash>
#include <QTimer>

// An in-memory vault for tests of the code above storage: answers asynchronously, like the
// keychain, and can be told to fail.
class FakeVault : public SecretVault
{
public:
    using SecretVault::SecretVault;

    QHash<QString, QByteArray> entries;
    Error failWrites;
    Error failRemoves;
    Error failReads;
    std::function<void()> beforeWriteAnswers; // runs just before a write reports back
    int writes = 0;

    QString name() const override { return QStringLiteral("the fake vault"); }

    void writeSecret(const QString &entry, const QString &, const Secret &secret,
                     Done done) override
    {
        ++writes;
        const Error error = failWrites;
        if (!error.isError()) {
            entries.insert(entry, secret.reveal());
        }
        QTimer::singleShot(0, this, [this, error, done]() {
            if (beforeWriteAnswers) {
                beforeWriteAnswers();
            }
            done(error);
        });
    }

    void readSecret(const QString &entry, ReadDone done) override
    {
        Error error = failReads;
        QByteArray bytes;
        if (!error.isError()) {
            if (entries.contains(entry)) {
                bytes = entries.value(entry);
            } else {
                error = Error::make(ErrorKind::NotFound, QStringLiteral("not found"));
            }
        }
        QTimer::singleShot(0, this,
                           [error, bytes, done]() mutable { done(error, Secret::adopt(bytes)); });
    }

    void removeSecret(const QString &entry, Done done) override
    {
        const Error error = failRemoves;
        if (!error.isError()) {
            entries.remove(entry);
        }
        QTimer::singleShot(0, this, [error, done]() { done(error); });
    }
};
