#pragma once

#include "core/apikey.h"
#include "storage/secretvault.h"

#include <QList>
#include <QString>

// Synthetic keys and a keychain stand-in for the benchmarks of tests/bench (never tests).
namespace BenchKeys {

// `count` keys that look like a trader's: labels "Bot 000123 spot", 32-character public keys,
// mixed environments, switches, rights and dates, a note on every fourth key. The same seed
// gives the same keys.
QList<ApiKey> make(int count, quint32 seed = 1);

// Writes keys.json with `count` such keys into `dataDir` through MetadataStore.
bool writeKeyFile(const QString &dataDir, int count);

} // namespace BenchKeys

// A SecretVault that only counts the calls made to it and refuses them: start-up, loading and
// metadata changes must never reach the keychain.
class CountingVault : public SecretVault
{
    Q_OBJECT
public:
    explicit CountingVault(SecretVault *inner = nullptr, QObject *parent = nullptr);

    int calls() const { return m_calls; }

    QString name() const override;
    void writeSecret(const QString &entry, const QString &label, const Secret &secret,
                     Done done) override;
    void readSecret(const QString &entry, ReadDone done) override;
    void removeSecret(const QString &entry, Done done) override;

private:
    SecretVault *m_inner;
    int m_calls = 0;
};
