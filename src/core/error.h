#pragma once

#include <QString>

// What went wrong in a way a user can act on; the kind picks the CLI exit code.
enum class ErrorKind {
    None,
    Invalid,
    NotFound,
    Ambiguous,
    Keychain,
    DataFile,
    Network,
    Cancelled,
};

struct Error
{
    ErrorKind kind = ErrorKind::None;
    QString message;

    bool isError() const { return kind != ErrorKind::None; }
    static Error ok() { return {}; }
    static Error make(ErrorKind kind, const QString &message) { return {kind, message}; }
};
