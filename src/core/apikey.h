#pragma once

#include "core/accessrights.h"
#include "core/environment.h"

#include <QDateTime>
#include <QString>
#include <QUuid>

#include <array>
#include <optional>

// What a rights probe found out about one right.
enum class Observed {
    Unknown,
    Yes,
    No,
    NotProbed,
};

// The result of the last rights audit of a key.
struct AuditResult
{
    QDateTime time;
    std::array<Observed, 4> rights {Observed::Unknown, Observed::Unknown, Observed::Unknown,
                                    Observed::Unknown};
    QString summary; // e.g. "key refused: switched off on the exchange, wrong secret, ..."

    Observed observed(Right right) const;
    void setObserved(Right right, Observed value);
    static QString observedName(Observed value);
    static std::optional<Observed> observedFromName(const QString &name);

    friend bool operator==(const AuditResult &, const AuditResult &) = default;
};

// One API key as Keyrack knows it: everything but the secret, which lives in the keychain.
struct ApiKey
{
    QUuid id;
    QString label;
    QString publicKey;
    Environment environment;
    bool enabled = true;
    AccessRights rights;
    QDateTime created;
    QDateTime rightsChanged;
    QDateTime lastUsed;
    std::optional<AuditResult> lastAudit;
    QString note;

    QString idString() const { return id.toString(QUuid::WithoutBraces); }

    friend bool operator==(const ApiKey &, const ApiKey &) = default;
};

// Input checks shared by every way a key enters Keyrack. Each returns an empty string when
// the (already trimmed) value is acceptable, else a reason a user can act on.
namespace KeyValidation {
inline constexpr qsizetype maxKeyLength = 256;
inline constexpr qsizetype maxLabelLength = 100;
inline constexpr qsizetype maxNoteLength = 2000;

QString checkLabel(const QString &label);
QString checkPublicKey(const QString &publicKey);
// Checks the secret's bytes (UTF-8) without copying them into a string.
QString checkSecret(const QByteArray &secret);
QString checkNote(const QString &note);
} // namespace KeyValidation
