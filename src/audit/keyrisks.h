#pragma once

#include "core/apikey.h"

#include <QCoreApplication>
#include <QList>
#include <QStringList>

// What deserves a second look about a key, in words: shown in the table's tooltip and the report.
class KeyRisks
{
    Q_DECLARE_TR_FUNCTIONS(KeyRisks)

public:
    static constexpr int defaultReminderDays = 30;
    static constexpr int unusedDays = 90;

    // `all` is every key, to find the same public key imported twice.
    static QStringList notes(const ApiKey &key, const QList<ApiKey> &all, int reminderDays,
                             const QDateTime &now);
    // Never audited, or last audited longer ago than the reminder interval.
    static bool auditDue(const ApiKey &key, int reminderDays, const QDateTime &now);
};
