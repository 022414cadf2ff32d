#pragma once

#include "core/error.h"

#include <QString>
#include <QUrl>

#include <optional>

// Where the sandbox of a data directory listens, so keyrack-cli can reach the sandbox that the
// window or `keyrack-cli sandbox` runs. The file holds the URL and the owner's pid, nothing else.
namespace SandboxAddress {

QString filePath(const QString &dataDir);
Error publish(const QString &dataDir, const QUrl &url);
// Removes the file if this process wrote it.
void withdraw(const QString &dataDir);
// The URL of a running sandbox, or nothing when none runs (a stale file is ignored).
std::optional<QUrl> find(const QString &dataDir);

} // namespace SandboxAddress
