#include "atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace {

bool writeAllBytes(int fd, const QByteArray &bytes)
{
    const char *data = bytes.constData();
    qsizetype left = bytes.size();
    while (left > 0) {
        const ssize_t written = ::write(fd, data, static_cast<size_t>(left));
        if (written < 0 && errno == EINTR) {
            continue;
        }
        if (written <= 0) {
            if (written == 0) {
                errno = ENOSPC;
            }
            return false;
        }
        data += written;
        left -= written;
    }
    return true;
}

} // namespace

Error fileError(const QString &what, const QString &path, const QString &detail)
{
    return Error::make(
        ErrorKind::DataFile,
        QCoreApplication::translate("MetadataStore", "%1 %2: %3. Nothing was changed.")
            .arg(what, QDir::toNativeSeparators(path), detail));
}

QString writeFailure(int error, const QString &path)
{
    switch (error) {
    case ENOSPC:
    case EDQUOT:
        return QCoreApplication::translate(
            "MetadataStore",
            "the disk is full (or your disk quota is used up): free some space and try "
            "again");
    case EFBIG:
        return QCoreApplication::translate(
            "MetadataStore", "the file is larger than this process may write (see ulimit -f)");
    case EROFS:
        return QCoreApplication::translate("MetadataStore", "the file system is read-only");
    case EACCES:
    case EPERM:
        return QCoreApplication::translate("MetadataStore",
                                           "permission denied: check the permissions of %1")
            .arg(QDir::toNativeSeparators(QFileInfo(path).absolutePath()));
    default:
        return QString::fromLocal8Bit(std::strerror(error));
    }
}

Error writeFileAtomically(const QString &path, const QByteArray &bytes, const QString &what,
                          const std::function<void(int fd)> &written)
{
    const QFileInfo info(path);
    const QString target = info.isSymLink() ? info.symLinkTarget() : path;
    QByteArray temporary = QFile::encodeName(target + QStringLiteral(".tmp-XXXXXX"));
    const int fd = ::mkostemp(temporary.data(), O_CLOEXEC); // mode 0600
    if (fd < 0) {
        return fileError(what, path, writeFailure(errno, target));
    }
    const auto failed = [&]() {
        const int error = errno;
        ::unlink(temporary.constData());
        return fileError(what, path, writeFailure(error, target));
    };
    if (!writeAllBytes(fd, bytes) || ::fsync(fd) != 0) {
        const Error error = failed();
        ::close(fd);
        return error;
    }
    if (written) {
        written(fd);
    }
    if (::close(fd) != 0) {
        return failed();
    }
    if (::rename(temporary.constData(), QFile::encodeName(target).constData()) != 0) {
        return failed();
    }
    // The rename itself reaches the disk with the directory; a failure here loses nothing.
    const int dirFd = ::open(QFile::encodeName(QFileInfo(target).absolutePath()).constData(),
                             O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (dirFd >= 0) {
        ::fsync(dirFd);
        ::close(dirFd);
    }
    return Error::ok();
}
