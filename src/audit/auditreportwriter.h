#pragma once

#include "core/apikey.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

// The audit of all keys as a readable HTML page, as JSON and as CSV: declared and observed
// rights, dates and risk notes. Names no secret (there is none to name: ApiKey holds none).
class AuditReportWriter
{
    Q_DECLARE_TR_FUNCTIONS(AuditReportWriter)

public:
    enum class Format { Html, Json, Csv };

    static QByteArray write(Format format, const QList<ApiKey> &keys, int reminderDays,
                            const QDateTime &now);
    // From a file name's suffix; nothing for an unknown one.
    static std::optional<Format> formatForFile(const QString &fileName);

private:
    static QByteArray html(const QList<ApiKey> &keys, int reminderDays, const QDateTime &now);
    static QByteArray json(const QList<ApiKey> &keys, int reminderDays, const QDateTime &now);
    static QByteArray csv(const QList<ApiKey> &keys, int reminderDays, const QDateTime &now);
};
