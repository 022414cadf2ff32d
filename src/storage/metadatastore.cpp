#include "metadatastore.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFileSystemWatcher>
#include <QLockFile>
#include <QSaveFile>
#include <QStandardPaths>

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("MetadataStore", text);
}

constexpr int lockWaitMs = 10000;
constexpr int staleLockMs = 3000;
const QString fileName = QStringLiteral("keys.json");

Error fileError(const QString &what, const QString &path, const QString &detail)
{
    return Error::make(
        ErrorKind::DataFile,
        tr("%1 %2: %3. Nothing was changed.").arg(what, QDir::toNativeSeparators(path), detail));
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

Error MetadataStore::readFile(MetadataDocument *document, QByteArray *raw,
                              const QByteArray *unchangedIf) const
{
    QFile file(filePath());
    if (!file.exists()) {
        *document = {};
        raw->clear();
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
    QByteArray bytes = file.readAll();
    if (unchangedIf && bytes == *unchangedIf) {
        // The same bytes as last time: nothing to parse (the sandbox checks on every request).
        *raw = std::move(bytes);
        return Error::ok();
    }
    Error error = MetadataJson::parse(bytes, QDir::toNativeSeparators(filePath()), document);
    if (!error.isError()) {
        *raw = std::move(bytes);
    }
    return error;
}

Error MetadataStore::load()
{
    MetadataDocument document;
    QByteArray raw;
    const Error error = readFile(&document, &raw);
    if (error.isError()) {
        m_document = {};
        m_raw.clear();
        return error;
    }
    m_document = std::move(document);
    m_raw = std::move(raw);
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
            return fileError(tr("Cannot lock"), filePath(), tr("unknown error"));
        }
    }

    // Another process may have saved since we last read: start from what is on disk.
    MetadataDocument document;
    QByteArray raw;
    if (const Error error = readFile(&document, &raw); error.isError()) {
        return error;
    }
    if (const Error error = change(document); error.isError()) {
        if (raw != m_raw) {
            m_document = std::move(document);
            m_raw = std::move(raw);
            Q_EMIT documentReplaced();
        }
        return error;
    }

    QByteArray bytes = MetadataJson::serialize(document);
    QSaveFile file(filePath());
    if (!file.open(QIODevice::WriteOnly)) {
        return fileError(tr("Cannot write the metadata file"), filePath(), file.errorString());
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return fileError(tr("Cannot write the metadata file"), filePath(),
                         tr("%1 (is the disk full?)").arg(reason));
    }
    if (!file.commit()) {
        return fileError(tr("Cannot save the metadata file"), filePath(),
                         tr("%1 (is the disk full?)").arg(file.errorString()));
    }
    m_document = std::move(document);
    m_raw = std::move(bytes);
    rewatch();
    Q_EMIT documentReplaced();
    return Error::ok();
}

bool MetadataStore::reloadIfChanged()
{
    MetadataDocument document;
    QByteArray raw;
    const Error error = readFile(&document, &raw, &m_raw);
    if (error.isError()) {
        Q_EMIT loadFailed(error);
        return false;
    }
    if (raw == m_raw) {
        return false;
    }
    m_document = std::move(document);
    m_raw = std::move(raw);
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
