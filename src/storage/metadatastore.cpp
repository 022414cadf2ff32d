#include "metadatastore.h"

#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLockFile>
#include <QStandardPaths>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace {

constexpr int lockWaitMs = 10000;
constexpr int staleLockMs = 3000;
const QString fileName = QStringLiteral("keys.json");

FileStamp stampOf(const struct stat &st)
{
    return {static_cast<quint64>(st.st_dev), static_cast<quint64>(st.st_ino),
            static_cast<qint64>(st.st_size),
            static_cast<qint64>(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

FileStamp stampOfFd(int fd)
{
    struct stat st
    {
    };
    return ::fstat(fd, &st) == 0 ? stampOf(st) : FileStamp();
}

FileStamp stampOfPath(const QString &path)
{
    struct stat st
    {
    };
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? stampOf(st) : FileStamp();
}

Error saveAtomically(const QString &path, const QByteArray &bytes, FileStamp *stamp)
{
    // The rename keeps the inode and the modification time of the synced file.
    return writeFileAtomically(
        path, bytes, QCoreApplication::translate("MetadataStore", "Cannot write the metadata file"),
        [stamp](int fd) { *stamp = stampOfFd(fd); });
}

// Temporary files of a save that was killed part-way. Called under the lock, when no other
// process can be saving.
void removeLeftovers(const QString &dataDir)
{
    QDir dir(dataDir);
    const QStringList leftovers = dir.entryList({fileName + QStringLiteral(".tmp-??????")},
                                                QDir::Files | QDir::Hidden | QDir::System);
    for (const QString &leftover : leftovers) {
        dir.remove(leftover);
    }
}

} // namespace

MetadataStore::MetadataStore(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_dataDir(QDir::cleanPath(QDir(dataDir).absolutePath()))
{ }

MetadataStore::~MetadataStore() = default;

QString MetadataStore::resolveDataDir(const QString &fromCommandLine)
{
    if (!fromCommandLine.isEmpty()) {
        return fromCommandLine;
    }
    const QString fromEnvironment = qEnvironmentVariable("KEYRACK_DATA_DIR");
    if (!fromEnvironment.isEmpty()) {
        return fromEnvironment;
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString MetadataStore::filePath() const
{
    return m_dataDir + u'/' + fileName;
}

ContentDigest ContentDigest::of(QByteArrayView bytes)
{
    // Two independent seeds: a change that keeps both hashes and the size is not to be met by
    // accident (the file is not a secret; this only saves re-parsing unchanged bytes).
    return ContentDigest {qHash(bytes, size_t(0x9e3779b97f4a7c15ULL)),
                          qHash(bytes, size_t(0xc2b2ae3d27d4eb4fULL)), bytes.size()};
}

Error MetadataStore::readFile(MetadataDocument *document, ContentDigest *digest, FileStamp *stamp,
                              const ContentDigest *unchangedIf) const
{
    QFile file(filePath());
    *stamp = {};
    if (!file.exists()) {
        *document = {};
        *digest = {};
        return Error::ok();
    }
    if (!file.open(QIODevice::ReadOnly)) {
        return Error::make(ErrorKind::DataFile,
                           tr("Cannot read the metadata file %1: %2. Check its permissions.")
                               .arg(QDir::toNativeSeparators(filePath()), file.errorString()));
    }
    if (file.size() > MetadataJson::maxFileSize) {
        return MetadataJson::parse(QByteArray(MetadataJson::maxFileSize + 1, ' '),
                                   QDir::toNativeSeparators(filePath()), document);
    }
    // Stamped before reading: a file replaced meanwhile is a new inode, noticed next time.
    const FileStamp opened = stampOfFd(file.handle());
    // Read into a buffer of the file's size (readAll() grows one by half again), then whatever
    // a writer appended meanwhile.
    QByteArray bytes(file.size(), Qt::Uninitialized);
    const qint64 got = file.read(bytes.data(), bytes.size());
    if (got < 0) {
        return Error::make(ErrorKind::DataFile,
                           tr("Cannot read the metadata file %1: %2. Check its permissions.")
                               .arg(QDir::toNativeSeparators(filePath()), file.errorString()));
    }
    bytes.truncate(got);
    bytes += file.readAll();
    const ContentDigest read = ContentDigest::of(bytes);
    if (unchangedIf && read == *unchangedIf) {
        *stamp = opened;
        // The same bytes as last time: nothing to parse (the sandbox checks on every request).
        *digest = read;
        return Error::ok();
    }
    Error error = MetadataJson::parse(bytes, QDir::toNativeSeparators(filePath()), document);
    if (!error.isError()) {
        *digest = read;
        *stamp = opened;
    }
    return error;
}

Error MetadataStore::load()
{
    MetadataDocument document;
    ContentDigest digest;
    FileStamp stamp;
    const Error error = readFile(&document, &digest, &stamp);
    if (error.isError()) {
        m_document = {};
        m_digest = {};
        m_stamp = {};
        return error;
    }
    m_document = std::move(document);
    m_digest = digest;
    m_stamp = stamp;
    return Error::ok();
}

Error MetadataStore::ensureDataDir() const
{
    QDir dir(m_dataDir);
    if (dir.exists()) {
        return Error::ok();
    }
    if (!QDir().mkpath(m_dataDir)) {
        return fileError(tr("Cannot create the data directory"), m_dataDir,
                         tr("check that its parent exists and is writable"));
    }
    // Labels and public keys are not secret, but they are nobody else's business.
    QFile::setPermissions(m_dataDir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return Error::ok();
}

Error MetadataStore::update(const Change &change)
{
    if (const Error error = ensureDataDir(); error.isError()) {
        return error;
    }
    QLockFile lock(filePath() + QStringLiteral(".lock"));
    // The lock is held for milliseconds. A process killed while creating it leaves an empty lock
    // file whose owner cannot be checked: it is stale once this old, not after Qt's 30 s.
    lock.setStaleLockTime(staleLockMs);
    if (!lock.tryLock(lockWaitMs)) {
        switch (lock.error()) {
        case QLockFile::LockFailedError:
            return fileError(tr("Another Keyrack process has held the lock on"), filePath(),
                             tr("for more than %1 s; try again").arg(lockWaitMs / 1000));
        case QLockFile::PermissionError:
            return fileError(tr("Cannot write in the data directory of"), filePath(),
                             tr("permission denied"));
        default:
            // QLockFile reports a lock file it could not write (ENOSPC, EDQUOT) only as this.
            return fileError(tr("Cannot create the lock file for"), filePath(),
                             tr("the disk may be full, or the data directory cannot be "
                                "written: free some space or check the directory, and try "
                                "again"));
        }
    }

    // Another process may have saved since we last read: start from what is on disk.
    // Most often the file is what this process last read or wrote: then the document in memory
    // is its content, and only the bytes are compared (parsing 10 000 keys takes a while).
    MetadataDocument document;
    ContentDigest digest;
    FileStamp stamp;
    const bool known = m_digest.isKnown();
    if (known && fileUnchanged()) {
        document = m_document;
        digest = m_digest;
        stamp = m_stamp;
    } else if (const Error error =
                   readFile(&document, &digest, &stamp, known ? &m_digest : nullptr);
               error.isError()) {
        return error;
    } else if (known && digest == m_digest) {
        document = m_document;
    }
    if (const Error error = change(document); error.isError()) {
        if (digest != m_digest) {
            m_document = std::move(document);
            m_digest = digest;
            m_stamp = stamp;
            Q_EMIT documentReplaced();
        }
        return error;
    }

    removeLeftovers(m_dataDir);
    QByteArray bytes = MetadataJson::serialize(document, &m_serialized);
    if (const Error error = saveAtomically(filePath(), bytes, &stamp); error.isError()) {
        return error;
    }
    m_document = std::move(document);
    m_digest = ContentDigest::of(bytes);
    m_stamp = stamp;
    rewatch();
    Q_EMIT documentReplaced();
    return Error::ok();
}

bool MetadataStore::fileUnchanged() const
{
    return m_stamp.isValid() && stampOfPath(filePath()) == m_stamp;
}

bool MetadataStore::reloadIfChanged()
{
    if (m_digest.isKnown() && fileUnchanged()) {
        return false; // the sandbox asks on every request: a stat, not a read
    }
    MetadataDocument document;
    ContentDigest digest;
    FileStamp stamp;
    const Error error = readFile(&document, &digest, &stamp, &m_digest);
    if (error.isError()) {
        Q_EMIT loadFailed(error);
        return false;
    }
    m_stamp = stamp;
    if (digest == m_digest) {
        return false;
    }
    m_document = std::move(document);
    m_digest = digest;
    Q_EMIT documentReplaced();
    return true;
}

void MetadataStore::setWatching(bool watching)
{
    if (!watching) {
        delete m_watcher;
        m_watcher = nullptr;
        return;
    }
    if (m_watcher) {
        return;
    }
    // The directory must exist to be watched; an empty private one is harmless.
    ensureDataDir();
    m_watcher = new QFileSystemWatcher(this);
    // An atomic save replaces the file, so the directory is watched too.
    connect(m_watcher, &QFileSystemWatcher::fileChanged, this, [this]() {
        rewatch();
        reloadIfChanged();
    });
    connect(m_watcher, &QFileSystemWatcher::directoryChanged, this, [this]() {
        rewatch();
        reloadIfChanged();
    });
    rewatch();
}

void MetadataStore::rewatch()
{
    if (!m_watcher) {
        return;
    }
    if (QFileInfo::exists(m_dataDir) && !m_watcher->directories().contains(m_dataDir)) {
        m_watcher->addPath(m_dataDir);
    }
    if (QFileInfo::exists(filePath()) && !m_watcher->files().contains(filePath())) {
        m_watcher->addPath(filePath());
    }
}
