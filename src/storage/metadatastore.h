#pragma once

#include "storage/metadatajson.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <functional>

class QFileSystemWatcher;

// Which file a path holds, and when it was last written: every save renames a new file into
// place, so an equal stamp means the very bytes last read or written.
struct FileStamp
{
    quint64 device = 0;
    quint64 inode = 0;
    qint64 size = -1;
    qint64 modifiedNs = 0;

    bool isValid() const { return inode != 0; }
    friend bool operator==(const FileStamp &, const FileStamp &) = default;
};

// What a file held, in 128 bits: two seeded hashes and the size. Kept instead of the bytes
// themselves (6 MiB with 10 000 keys) to tell a real change from a file merely rewritten.
struct ContentDigest
{
    quint64 first = 0;
    quint64 second = 0;
    qint64 size = -1; // -1: nothing known

    static ContentDigest of(QByteArrayView bytes);
    bool isKnown() const { return size >= 0; }
    friend bool operator==(const ContentDigest &, const ContentDigest &) = default;
};

// The metadata file of one data directory: loaded, watched for other processes' saves, and
// changed only under a lock, with an atomic save, so that no update is lost or half-written.
class MetadataStore : public QObject
{
    Q_OBJECT
public:
    using Change = std::function<Error(MetadataDocument &)>;

    explicit MetadataStore(const QString &dataDir, QObject *parent = nullptr);
    ~MetadataStore() override;

    // --data-dir, else KEYRACK_DATA_DIR, else QStandardPaths::AppDataLocation.
    static QString resolveDataDir(const QString &fromCommandLine);

    QString dataDir() const { return m_dataDir; }
    QString filePath() const;

    // Reads the file (a missing file is an empty document). Writes nothing.
    Error load();
    // The document as last loaded or saved; empty if loading failed.
    const MetadataDocument &document() const { return m_document; }
    // Under the lock: re-reads the file, applies `change`, saves atomically. If any step fails,
    // the file and document() stay as they were and the error says what happened.
    Error update(const Change &change);

    // Follows saves made by other processes; documentReplaced() tells of each.
    void setWatching(bool watching);
    // Reloads if the file changed since it was last read; true when the document changed.
    bool reloadIfChanged();

Q_SIGNALS:
    void documentReplaced();
    void loadFailed(const Error &error);

private:
    // With `unchangedIf`, bytes of that digest are not parsed (the document is left alone).
    Error readFile(MetadataDocument *document, ContentDigest *digest, FileStamp *stamp,
                   const ContentDigest *unchangedIf = nullptr) const;
    // The document in memory is the file's content (nothing has replaced it since).
    bool fileUnchanged() const;
    Error ensureDataDir() const;
    void rewatch();

    QString m_dataDir;
    MetadataDocument m_document;
    ContentDigest m_digest; // of the bytes last read or written
    FileStamp m_stamp; // of the file they were read from or written to
    MetadataJson::SerializeCache m_serialized;
    QFileSystemWatcher *m_watcher = nullptr;
};
