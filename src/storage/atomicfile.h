#pragma once

#include "core/error.h"

#include <QByteArray>
#include <QString>

#include <functional>

// Writes `bytes` to a new file beside `path` (mode 0600), syncs it and renames it over `path`,
// checking every step: QSaveFile in Qt 6.4 ignores a failed flush or sync and commits a
// truncated file when the disk is full. On failure `path` is untouched, no temporary file is
// left, and the error reads "`what` PATH: why. Nothing was changed." with a reason a user can act
// on. `written`, if given, sees the new file's descriptor once its bytes are synced. Saving
// through a symbolic link replaces the file it points to.
Error writeFileAtomically(const QString &path, const QByteArray &bytes, const QString &what,
                          const std::function<void(int fd)> &written = {});

// "`what` PATH: `detail`. Nothing was changed." as a data-file error.
Error fileError(const QString &what, const QString &path, const QString &detail);

// Why writing to `path` failed with `error` (an errno), in words a user can act on.
QString writeFailure(int error, const QString &path);
