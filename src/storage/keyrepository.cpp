#include "keyrepository.h"

#include "storage/metadatastore.h"
#include "storage/secretvault.h"

#include <QCoreApplication>
#include <QPointer>
#include <QSet>
#include <QSysInfo>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace {

// A pending operation older than this is abandoned whoever owns it.
constexpr qint64 abandonedAfterSecs = 24 * 3600;

QString hostName()
{
    return QSysInfo::machineHostName();
}

bool processAlive(qint64 pid)
{
    if (pid <= 0) {
        return false;
    }
    return ::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM;
}

PendingOperation pendingNow(PendingOperation::Kind kind)
{
    PendingOperation op;
    op.kind = kind;
    op.pid = QCoreApplication::applicationPid();
    op.host = hostName();
    op.since = QDateTime::currentDateTimeUtc();
    return op;
}

Error withOutcome(const Error &error, const QString &outcome)
{
    return Error::make(error.kind, error.message + u' ' + outcome);
}

QString describe(const ApiKey &key)
{
    return QCoreApplication::translate("KeyRepository", "\u201c%1\u201d (%2, %3)")
        .arg(key.label, key.environment.id(), key.publicKey);
}

// A token of [A-Za-z0-9_-] characters checked for length and alphabet.
bool isToken(const QByteArray &token, int length)
{
    if (token.size() != length) {
        return false;
    }
    for (char c : token) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
            || c == '_' || c == '-';
        if (!ok) {
            return false;
        }
    }
    return true;
}

// A new key as HitBTC's page creates one: active, with no rights.
ApiKey freshKey(const NewKey &newKey)
{
    ApiKey key;
    key.id = QUuid::createUuid();
    key.label = newKey.label;
    key.publicKey = newKey.publicKey;
    key.environment = newKey.environment;
    key.note = newKey.note;
    key.enabled = true;
    key.created = QDateTime::currentDateTimeUtc();
    return key;
}

} // namespace

KeyRepository::KeyRepository(MetadataStore *store, SecretVault *vault, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_vault(vault)
{
    connect(m_store, &MetadataStore::documentReplaced, this, &KeyRepository::followStore);
}

KeyRepository::~KeyRepository() = default;

Error KeyRepository::load()
{
    const Error error = m_store->load();
    followStore();
    return error;
}

void KeyRepository::followStore()
{
    // The records last announced are kept as an implicitly shared copy of the document's list:
    // keeping them costs nothing, and after a save they are mostly the very same strings.
    const QList<KeyRecord> now = m_store->document().records;
    const QList<KeyRecord> before = std::exchange(m_known, now);
    const auto sameIdsInOrder = [&] {
        if (before.size() != now.size()) {
            return false;
        }
        for (qsizetype i = 0; i < now.size(); ++i) {
            if (before.at(i).key.id != now.at(i).key.id) {
                return false;
            }
        }
        return true;
    };
    if (sameIdsInOrder()) {
        // The usual case (a switch, a right, a date): compare record by record.
        for (qsizetype i = 0; i < now.size(); ++i) {
            const KeyRecord &old = before.at(i);
            const KeyRecord &record = now.at(i);
            if (old.pending && !record.pending) {
                Q_EMIT keyAdded(record.key.id);
            } else if (!old.pending && record.pending) {
                Q_EMIT keyRemoved(record.key.id);
            } else if (!record.pending && !(old.key == record.key)) {
                Q_EMIT keyChanged(record.key.id);
            }
        }
        return;
    }
    QHash<QUuid, const ApiKey *> announced;
    for (const KeyRecord &record : before) {
        if (!record.pending) {
            announced.insert(record.key.id, &record.key);
        }
    }
    QSet<QUuid> present;
    for (const KeyRecord &record : now) {
        if (!record.pending) {
            present.insert(record.key.id);
        }
    }
    for (auto it = announced.cbegin(); it != announced.cend(); ++it) {
        if (!present.contains(it.key())) {
            Q_EMIT keyRemoved(it.key());
        }
    }
    for (const KeyRecord &record : now) {
        if (record.pending) {
            continue;
        }
        const ApiKey *old = announced.value(record.key.id);
        if (!old) {
            Q_EMIT keyAdded(record.key.id);
        } else if (!(*old == record.key)) {
            Q_EMIT keyChanged(record.key.id);
        }
    }
}

QList<ApiKey> KeyRepository::keys() const
{
    QList<ApiKey> result;
    result.reserve(m_store->document().records.size());
    for (const KeyRecord &record : m_store->document().records) {
        if (!record.pending) {
            result.append(record.key);
        }
    }
    return result;
}

std::optional<ApiKey> KeyRepository::key(const QUuid &id) const
{
    const KeyRecord *record = m_store->document().find(id);
    if (!record || record->pending) {
        return std::nullopt;
    }
    return record->key;
}

Error KeyRepository::find(const QString &text, ApiKey *found) const
{
    const QString wanted = text.trimmed();
    const QUuid asId = QUuid::fromString(wanted);
    QList<ApiKey> matches;
    for (const ApiKey &k : keys()) {
        if ((!asId.isNull() && k.id == asId) || k.label == wanted || k.publicKey == wanted) {
            matches.append(k);
        }
    }
    if (matches.isEmpty()) {
        return Error::make(ErrorKind::NotFound,
                           tr("No key matches \"%1\": give a label, an id or a public key "
                              "(see the list command).")
                               .arg(wanted));
    }
    if (matches.size() > 1) {
        QStringList names;
        for (const ApiKey &k : matches) {
            names << tr("%1 (%2)").arg(describe(k), k.idString());
        }
        return Error::make(ErrorKind::Ambiguous,
                           tr("\"%1\" matches %2 keys; name one by its id:\n  %3")
                               .arg(wanted)
                               .arg(matches.size())
                               .arg(names.join(QStringLiteral("\n  "))));
    }
    *found = matches.first();
    return Error::ok();
}

Error KeyRepository::validate(NewKey *key, const QByteArray &secret) const
{
    key->label = key->label.trimmed();
    key->publicKey = key->publicKey.trimmed();
    key->note = key->note.trimmed();
    for (const QString &problem :
         {KeyValidation::checkLabel(key->label), KeyValidation::checkPublicKey(key->publicKey),
          KeyValidation::checkSecret(secret), KeyValidation::checkNote(key->note)}) {
        if (!problem.isEmpty()) {
            return Error::make(ErrorKind::Invalid, problem);
        }
    }
    for (const KeyRecord &record : m_store->document().records) {
        if (record.key.environment == key->environment && record.key.publicKey == key->publicKey) {
            return Error::make(ErrorKind::Invalid,
                               tr("The public key %1 is already in Keyrack for %2 as \"%3\".")
                                   .arg(key->publicKey, key->environment.id(), record.key.label));
        }
    }
    return Error::ok();
}

void KeyRepository::importKey(NewKey newKey, Secret secret, AddDone done)
{
    // The secret is checked trimmed of surrounding white space only, as pasted.
    QByteArray trimmed = secret.reveal().trimmed();
    Secret clean = Secret::adopt(trimmed);
    secret.wipe();
    if (const Error error = validate(&newKey, clean.reveal()); error.isError()) {
        done(error, {});
        return;
    }
    addWithSecret(freshKey(newKey), std::move(clean), std::move(done));
}

void KeyRepository::generate(const QString &label, const QString &note, const TokenSource &tokens,
                             GenerateDone done)
{
    NewKey newKey {label, QString(), Environment::sandbox(), note};
    QByteArray publicKey = tokens(generatedKeyLength);
    QByteArray secretBytes = tokens(generatedKeyLength);
    if (!isToken(publicKey, generatedKeyLength) || !isToken(secretBytes, generatedKeyLength)) {
        wipeBytes(secretBytes);
        done(Error::make(ErrorKind::Invalid,
                         tr("The random source failed to produce a key. Nothing was changed.")),
             {});
        return;
    }
    newKey.publicKey = QString::fromLatin1(publicKey);
    Secret secret = Secret::adopt(secretBytes);
    if (const Error error = validate(&newKey, secret.reveal()); error.isError()) {
        done(error, {});
        return;
    }
    ApiKey key = freshKey(newKey);
    // The vault keeps its own copy; this one goes back to the caller to be shown once.
    QByteArray copy(secret.reveal().constData(), secret.size());
    auto shown = std::make_shared<Secret>(Secret::adopt(copy));
    const QString publicKeyText = key.publicKey;
    addWithSecret(std::move(key), std::move(secret),
                  [shown, publicKeyText, done](const Error &error, const QUuid &id) {
                      if (error.isError()) {
                          done(error, {});
                          return;
                      }
                      done(error, GeneratedKey {id, publicKeyText, std::move(*shown)});
                  });
}

void KeyRepository::addWithSecret(ApiKey key, Secret secret, AddDone done)
{
    // 1. Record the key as pending, so a crash before step 3 leaves a trace to undo.
    const Error marked = m_store->update([&key](MetadataDocument &document) {
        for (const KeyRecord &record : document.records) {
            if (record.key.environment == key.environment
                && record.key.publicKey == key.publicKey) {
                return Error::make(ErrorKind::Invalid,
                                   tr("The public key %1 is already in Keyrack for %2 as \"%3\".")
                                       .arg(key.publicKey, key.environment.id(), record.key.label));
            }
        }
        document.records.append(KeyRecord {key, pendingNow(PendingOperation::Kind::Add)});
        return Error::ok();
    });
    if (marked.isError()) {
        done(marked, {});
        return;
    }

    // 2. The secret to the keychain.
    const QUuid id = key.id;
    const QString entry = key.idString();
    QPointer<KeyRepository> self(this);
    m_vault->writeSecret(
        entry, keychainLabel(key), secret, [self, id, entry, done](const Error &written) {
            if (!self) {
                return;
            }
            const auto dropRecord = [&self, &id](MetadataDocument &document) {
                document.records.removeIf([&id](const KeyRecord &r) { return r.key.id == id; });
                return Error::ok();
            };
            if (written.isError()) {
                const Error undone = self->m_store->update(dropRecord);
                done(withOutcome(written,
                                 undone.isError()
                                     ? tr("The key was not added; Keyrack will tidy up its "
                                          "unfinished record the next time it can write.")
                                     : tr("Nothing was changed: the key was not added.")),
                     {});
                return;
            }
            // 3. Commit: the key is real from here on.
            const Error committed = self->m_store->update([&id](MetadataDocument &document) {
                KeyRecord *record = document.find(id);
                if (!record) {
                    return Error::make(ErrorKind::DataFile,
                                       tr("The key's record vanished while it was being added."));
                }
                record->pending.reset();
                return Error::ok();
            });
            if (!committed.isError()) {
                done(Error::ok(), id);
                return;
            }
            // Undo step 2, then step 1; if that fails too, the pending record lets a later run undo
            // it.
            self->m_vault->removeSecret(
                entry, [self, committed, dropRecord, done](const Error &removed) {
                    if (self && !removed.isError()) {
                        self->m_store->update(dropRecord);
                    }
                    done(withOutcome(committed, tr("The key was not added.")), {});
                });
        });
}

void KeyRepository::remove(const QUuid &id, Done done)
{
    std::optional<ApiKey> existing = key(id);
    if (!existing) {
        done(Error::make(ErrorKind::NotFound, tr("That key is no longer in Keyrack.")));
        return;
    }
    // 1. Mark it, so a crash between the keychain and the file is finished by a later run.
    const Error marked = m_store->update([&id](MetadataDocument &document) {
        KeyRecord *record = document.find(id);
        if (!record || record->pending) {
            return Error::make(ErrorKind::NotFound, tr("That key is no longer in Keyrack."));
        }
        record->pending = pendingNow(PendingOperation::Kind::Remove);
        return Error::ok();
    });
    if (marked.isError()) {
        done(marked);
        return;
    }
    QPointer<KeyRepository> self(this);
    const QString label = existing->label;
    m_vault->removeSecret(existing->idString(), [self, id, label, done](const Error &removed) {
        if (!self) {
            return;
        }
        if (removed.isError()) {
            // The keychain refused: the key stays, with its secret.
            self->m_store->update([&id](MetadataDocument &document) {
                if (KeyRecord *record = document.find(id)) {
                    record->pending.reset();
                }
                return Error::ok();
            });
            done(withOutcome(removed,
                             tr("Nothing was removed: \u201c%1\u201d is still there.").arg(label)));
            return;
        }
        const Error dropped = self->m_store->update([&id](MetadataDocument &document) {
            document.records.removeIf([&id](const KeyRecord &r) { return r.key.id == id; });
            return Error::ok();
        });
        done(dropped.isError() ? withOutcome(dropped,
                                             tr("The secret is deleted; the key's record will be "
                                                "removed the next time Keyrack can write."))
                               : Error::ok());
    });
}

void KeyRepository::readSecret(const QUuid &id, ReadDone done)
{
    const std::optional<ApiKey> existing = key(id);
    if (!existing) {
        done(Error::make(ErrorKind::NotFound, tr("That key is no longer in Keyrack.")), Secret());
        return;
    }
    const QString name = describe(*existing);
    m_vault->readSecret(existing->idString(), [name, done](const Error &error, Secret secret) {
        if (error.kind == ErrorKind::NotFound) {
            done(Error::make(ErrorKind::NotFound,
                             tr("The secret of %1 is missing from the OS keychain: it was deleted "
                                "outside Keyrack. Delete this key and import it again.")
                                 .arg(name)),
                 Secret());
            return;
        }
        done(error, std::move(secret));
    });
}

Error KeyRepository::changeKey(const QUuid &id, const std::function<void(ApiKey &)> &change)
{
    return m_store->update([&id, &change](MetadataDocument &document) {
        KeyRecord *record = document.find(id);
        if (!record || record->pending) {
            return Error::make(ErrorKind::NotFound, tr("That key is no longer in Keyrack."));
        }
        change(record->key);
        return Error::ok();
    });
}

Error KeyRepository::setEnabled(const QUuid &id, bool enabled)
{
    return changeKey(id, [enabled](ApiKey &k) { k.enabled = enabled; });
}

Error KeyRepository::setRights(const QUuid &id, AccessRights rights)
{
    return changeKey(id, [rights](ApiKey &k) {
        if (!(k.rights == rights)) {
            k.rights = rights;
            k.rightsChanged = QDateTime::currentDateTimeUtc();
        }
    });
}

Error KeyRepository::setLabel(const QUuid &id, const QString &label)
{
    const QString trimmed = label.trimmed();
    if (const QString problem = KeyValidation::checkLabel(trimmed); !problem.isEmpty()) {
        return Error::make(ErrorKind::Invalid, problem);
    }
    return changeKey(id, [&trimmed](ApiKey &k) { k.label = trimmed; });
}

Error KeyRepository::setNote(const QUuid &id, const QString &note)
{
    const QString trimmed = note.trimmed();
    if (const QString problem = KeyValidation::checkNote(trimmed); !problem.isEmpty()) {
        return Error::make(ErrorKind::Invalid, problem);
    }
    return changeKey(id, [&trimmed](ApiKey &k) { k.note = trimmed; });
}

Error KeyRepository::markUsed(const QUuid &id)
{
    return changeKey(id, [](ApiKey &k) { k.lastUsed = QDateTime::currentDateTimeUtc(); });
}

Error KeyRepository::setAudit(const QUuid &id, const AuditResult &audit)
{
    return changeKey(id, [&audit](ApiKey &k) { k.lastAudit = audit; });
}

bool KeyRepository::isStale(const PendingOperation &pending) const
{
    if (pending.since.isValid()
        && pending.since.secsTo(QDateTime::currentDateTimeUtc()) > abandonedAfterSecs) {
        return true;
    }
    if (pending.host != hostName()) {
        return false; // another machine's process: only age can tell
    }
    if (pending.pid == QCoreApplication::applicationPid()) {
        return false; // our own operation, still under way
    }
    return !processAlive(pending.pid);
}

bool KeyRepository::needsRecovery() const
{
    for (const KeyRecord &record : m_store->document().records) {
        if (record.pending && isStale(*record.pending)) {
            return true;
        }
    }
    return false;
}

void KeyRepository::recover(RecoverDone done)
{
    QList<QUuid> stale;
    for (const KeyRecord &record : m_store->document().records) {
        if (record.pending && isStale(*record.pending)) {
            stale.append(record.key.id);
        }
    }
    if (stale.isEmpty()) {
        done(Error::ok(), 0);
        return;
    }
    // One at a time: each removes the secret first, then the record.
    const QUuid id = stale.first();
    QPointer<KeyRepository> self(this);
    m_vault->removeSecret(
        id.toString(QUuid::WithoutBraces), [self, id, done](const Error &removed) {
            if (!self) {
                return;
            }
            if (removed.isError()) {
                done(withOutcome(removed, tr("An unfinished operation could not be tidied up.")),
                     0);
                return;
            }
            const Error dropped = self->m_store->update([&id](MetadataDocument &document) {
                document.records.removeIf(
                    [&id](const KeyRecord &r) { return r.key.id == id && r.pending; });
                return Error::ok();
            });
            if (dropped.isError()) {
                done(dropped, 0);
                return;
            }
            self->recover([done](const Error &error, int more) { done(error, more + 1); });
        });
}

QString KeyRepository::keychainLabel(const ApiKey &key)
{
    return QStringLiteral("Keyrack: %1 (%2, %3)")
        .arg(key.label, key.environment.id(), key.publicKey);
}
