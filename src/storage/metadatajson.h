#pragma once

#include "core/apikey.h"
#include "core/error.h"

#include <QByteArray>
#include <QHash>
#include <QJsonObject>
#include <QList>

#include <optional>

// An operation that touches both the keychain and the metadata file, recorded before it starts
// so that a process killed half-way leaves a trace that the next one can finish or undo.
struct PendingOperation
{
    enum class Kind {
        Add,
        Remove,
    };
    Kind kind = Kind::Add;
    qint64 pid = 0;
    QString host;
    QDateTime since;

    friend bool operator==(const PendingOperation &, const PendingOperation &) = default;
};

struct KeyRecord
{
    ApiKey key;
    std::optional<PendingOperation> pending;

    friend bool operator==(const KeyRecord &, const KeyRecord &) = default;
};

// Everything the metadata file holds.
struct MetadataDocument
{
    QList<KeyRecord> records;

    KeyRecord *find(const QUuid &id);
    const KeyRecord *find(const QUuid &id) const;
};

// The versioned JSON form of the metadata file.
namespace MetadataJson {
inline constexpr int formatVersion = 1;
inline constexpr qsizetype maxFileSize = 64 * 1024 * 1024;

// The text of each record as last serialised, so that a save after one change re-serialises one
// record, not ten thousand. Entries of records that changed or went away are simply replaced.
struct SerializeCache
{
    QHash<QUuid, std::pair<KeyRecord, QByteArray>> records;
};

// The file's bytes. With a cache, unchanged records reuse their text (same output either way).
QByteArray serialize(const MetadataDocument &document, SerializeCache *cache = nullptr);
// One key as the file and `keyrack-cli list --json` show it (never a secret).
QJsonObject keyToJson(const ApiKey &key);
// Parses a whole file. Anything not understood is an error: a damaged file, or one from a newer
// Keyrack, is never half-read. `where` names the file in messages. `splitting` (the default)
// parses the keys one at a time, with the same result as parsing all at once (false).
Error parse(const QByteArray &bytes, const QString &where, MetadataDocument *document,
            bool splitting = true);
} // namespace MetadataJson
