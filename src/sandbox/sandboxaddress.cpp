#include "sandboxaddress.h"

#include "storage/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <cerrno>
#include <csignal>

namespace SandboxAddress {

namespace {

bool isRunning(qint64 pid)
{
    return pid > 0 && (::kill(static_cast<pid_t>(pid), 0) == 0 || errno == EPERM);
}

std::optional<QJsonObject> readFile(const QString &dataDir)
{
    QFile file(filePath(dataDir));
    if (!file.open(QIODevice::ReadOnly) || file.size() > 4096) {
        return std::nullopt;
    }
    const QJsonDocument document = QJsonDocument::fromJson(file.readAll());
    if (!document.isObject()) {
        return std::nullopt;
    }
    return document.object();
}

} // namespace

QString filePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(QStringLiteral("sandbox.json"));
}

Error publish(const QString &dataDir, const QUrl &url)
{
    const QJsonObject object {{QStringLiteral("url"), url.toString()},
                              {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
    if (!QDir().mkpath(dataDir)) {
        return Error::make(ErrorKind::DataFile,
                           QCoreApplication::translate("SandboxAddress",
                                                       "Cannot create %1. keyrack-cli will not "
                                                       "find this sandbox.")
                               .arg(QDir::toNativeSeparators(dataDir)));
    }
    Error error = writeFileAtomically(
        filePath(dataDir), QJsonDocument(object).toJson(),
        QCoreApplication::translate("SandboxAddress", "Cannot write the sandbox's address to"));
    if (error.isError()) {
        error.message += u' '
            + QCoreApplication::translate("SandboxAddress",
                                          "keyrack-cli will not find this sandbox.");
    }
    return error;
}

void withdraw(const QString &dataDir)
{
    const auto object = readFile(dataDir);
    if (object
        && object->value(QStringLiteral("pid")).toInteger() == QCoreApplication::applicationPid()) {
        QFile::remove(filePath(dataDir));
    }
}

std::optional<QUrl> find(const QString &dataDir)
{
    const auto object = readFile(dataDir);
    if (!object || !isRunning(object->value(QStringLiteral("pid")).toInteger())) {
        return std::nullopt;
    }
    const QUrl url(object->value(QStringLiteral("url")).toString());
    if (!url.isValid() || url.scheme() != u"http") {
        return std::nullopt;
    }
    return url;
}

} // namespace SandboxAddress
