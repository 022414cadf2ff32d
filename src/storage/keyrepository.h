#pragma once

#include "core/apikey.h"
#include "core/error.h"
#include "core/secret.h"
#include "storage/metadatajson.h"

#include <QHash>
#include <QList>
#include <QObject>

#include <functional>
#include <optional>

class MetadataStore;
class SecretVault;

// What a user gives to import a key created on an exchange (the secret travels separately).
struct NewKey
{
    QString label;
    QString publicKey;
    Environment environment;
    QString note;
};

// A key generated in the sandbox, with the secret that is shown to the user this once.
struct GeneratedKey
{
    QUuid id;
    QString publicKey;
    Secret secret;
};

// Makes `length` characters of [A-Za-z0-9_-] from a cryptographically secure source.
using TokenSource = std::function<QByteArray(int length)>;

// The one way to change keys: it writes the secret and the metadata together, so that no single
// failure leaves a key without its secret, a secret without its key, or a half-written file.
// Every change, including those made by other processes on the same data directory, is
// announced by keyAdded/keyChanged/keyRemoved.
class KeyRepository : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const Error &)>;
    using AddDone = std::function<void(const Error &, const QUuid &)>;
    using GenerateDone = std::function<void(const Error &, GeneratedKey)>;
    using ReadDone = std::function<void(const Error &, Secret)>;
    using RecoverDone = std::function<void(const Error &, int recovered)>;

    static constexpr int generatedKeyLength = 32;

    KeyRepository(MetadataStore *store, SecretVault *vault, QObject *parent = nullptr);
    ~KeyRepository() override;

    // Reads the metadata file; touches no keychain.
    Error load();

    // The keys, in the file's order; keys being added or removed are not listed.
    QList<ApiKey> keys() const;
    std::optional<ApiKey> key(const QUuid &id) const;
    // Finds a key by id, label or public key. Several matches are an Ambiguous error naming them.
    Error find(const QString &text, ApiKey *found) const;

    // Trims and checks what a user typed. Returns the first problem found.
    Error validate(NewKey *key, const QByteArray &secret) const;

    void importKey(NewKey key, Secret secret, AddDone done);
    // Sandbox only: a new key pair from `tokens`, with no rights, as on HitBTC's page.
    void generate(const QString &label, const QString &note, const TokenSource &tokens,
                  GenerateDone done);
    void remove(const QUuid &id, Done done);
    void readSecret(const QUuid &id, ReadDone done);

    // Metadata-only changes: synchronous, under the file lock.
    Error setEnabled(const QUuid &id, bool enabled);
    Error setRights(const QUuid &id, AccessRights rights);
    Error setLabel(const QUuid &id, const QString &label);
    Error setNote(const QUuid &id, const QString &note);
    Error markUsed(const QUuid &id);
    Error setAudit(const QUuid &id, const AuditResult &audit);

    // Operations left half-done by a process that died (found in the file as pending).
    bool needsRecovery() const;
    // Undoes them: removes their secret, if any, and their record.
    void recover(RecoverDone done);

    MetadataStore *store() const { return m_store; }
    SecretVault *vault() const { return m_vault; }
    static QString keychainLabel(const ApiKey &key);

Q_SIGNALS:
    void keyAdded(const QUuid &id);
    void keyChanged(const QUuid &id);
    void keyRemoved(const QUuid &id);

private:
    void addWithSecret(ApiKey key, Secret secret, AddDone done);
    Error changeKey(const QUuid &id, const std::function<void(ApiKey &)> &change);
    void followStore();
    bool isStale(const PendingOperation &pending) const;

    MetadataStore *m_store;
    SecretVault *m_vault;
    QList<KeyRecord> m_known; // the records last announced, to tell what changed
};
