#include "auditreportwriter.h"

#include "audit/keyrisks.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace {

QString dateText(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

QString observedText(const ApiKey &key, Right right)
{
    if (!key.lastAudit) {
        return QStringLiteral("not audited");
    }
    return AuditResult::observedName(key.lastAudit->observed(right));
}

QString csvField(QString text)
{
    // Formula-looking cells are neutralised so a spreadsheet does not run them.
    if (!text.isEmpty() && QStringLiteral("=+-@").contains(text.front())) {
        text.prepend(u'\'');
    }
    if (text.contains(u',') || text.contains(u'"') || text.contains(u'\n')
        || text.contains(u'\r')) {
        text.replace(u'"', QStringLiteral("\"\""));
        return u'"' + text + u'"';
    }
    return text;
}

} // namespace

std::optional<AuditReportWriter::Format> AuditReportWriter::formatForFile(const QString &fileName)
{
    const QString suffix = QFileInfo(fileName).suffix().toLower();
    if (suffix == u"html" || suffix == u"htm") {
        return Format::Html;
    }
    if (suffix == u"json") {
        return Format::Json;
    }
    if (suffix == u"csv") {
        return Format::Csv;
    }
    return std::nullopt;
}

QByteArray AuditReportWriter::write(Format format, const QList<ApiKey> &keys, int reminderDays,
                                    const QDateTime &now)
{
    switch (format) {
    case Format::Html:
        return html(keys, reminderDays, now);
    case Format::Json:
        return json(keys, reminderDays, now);
    case Format::Csv:
        return csv(keys, reminderDays, now);
    }
    return {};
}

QByteArray AuditReportWriter::json(const QList<ApiKey> &keys, int reminderDays,
                                   const QDateTime &now)
{
    QJsonArray array;
    for (const ApiKey &key : keys) {
        QJsonObject rights;
        for (const Right right : AccessRights::allRights) {
            rights.insert(AccessRights::shortName(right),
                          QJsonObject {{QStringLiteral("declared"), key.rights.has(right)},
                                       {QStringLiteral("observed"), observedText(key, right)}});
        }
        array.append(QJsonObject {
            {QStringLiteral("id"), key.idString()},
            {QStringLiteral("label"), key.label},
            {QStringLiteral("environment"), key.environment.id()},
            {QStringLiteral("publicKey"), key.publicKey},
            {QStringLiteral("enabled"), key.enabled},
            {QStringLiteral("rights"), rights},
            {QStringLiteral("created"), dateText(key.created)},
            {QStringLiteral("lastUsed"), dateText(key.lastUsed)},
            {QStringLiteral("lastAudit"),
             key.lastAudit ? QJsonValue(dateText(key.lastAudit->time)) : QJsonValue()},
            {QStringLiteral("auditSummary"),
             key.lastAudit ? QJsonValue(key.lastAudit->summary) : QJsonValue()},
            {QStringLiteral("auditDue"), KeyRisks::auditDue(key, reminderDays, now)},
            {QStringLiteral("risks"),
             QJsonArray::fromStringList(KeyRisks::notes(key, keys, reminderDays, now))}});
    }
    const QJsonObject document {{QStringLiteral("generated"), dateText(now)},
                                {QStringLiteral("keys"), array}};
    return QJsonDocument(document).toJson(QJsonDocument::Indented);
}

QByteArray AuditReportWriter::csv(const QList<ApiKey> &keys, int reminderDays, const QDateTime &now)
{
    QStringList header {QStringLiteral("label"), QStringLiteral("environment"),
                        QStringLiteral("public_key"), QStringLiteral("enabled")};
    for (const Right right : AccessRights::allRights) {
        header << AccessRights::shortName(right) + QStringLiteral("_declared")
               << AccessRights::shortName(right) + QStringLiteral("_observed");
    }
    header << QStringLiteral("created") << QStringLiteral("last_used")
           << QStringLiteral("last_audit") << QStringLiteral("audit_summary")
           << QStringLiteral("risks");
    QString out = header.join(u',') + QStringLiteral("\r\n");
    for (const ApiKey &key : keys) {
        QStringList row {csvField(key.label), csvField(key.environment.id()),
                         csvField(key.publicKey),
                         key.enabled ? QStringLiteral("yes") : QStringLiteral("no")};
        for (const Right right : AccessRights::allRights) {
            row << (key.rights.has(right) ? QStringLiteral("yes") : QStringLiteral("no"))
                << csvField(observedText(key, right));
        }
        row << dateText(key.created) << dateText(key.lastUsed)
            << (key.lastAudit ? dateText(key.lastAudit->time) : QString())
            << csvField(key.lastAudit ? key.lastAudit->summary : QString())
            << csvField(KeyRisks::notes(key, keys, reminderDays, now).join(u' '));
        out += row.join(u',') + QStringLiteral("\r\n");
    }
    return out.toUtf8();
}

QByteArray AuditReportWriter::html(const QList<ApiKey> &keys, int reminderDays,
                                   const QDateTime &now)
{
    const auto esc = [](const QString &text) {
        return text.toHtmlEscaped();
    };
    QString out;
    out += QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">"
                          "<meta http-equiv=\"Content-Security-Policy\" "
                          "content=\"default-src 'none'; style-src 'unsafe-inline'\">"
                          "<title>")
        + esc(tr("Keyrack rights audit")) + QStringLiteral("</title><style>")
        + QStringLiteral("body{font-family:sans-serif;margin:2em}table{border-collapse:collapse}"
                         "th,td{border:1px solid #999;padding:4px 8px;vertical-align:top}"
                         ".more{background:#f8d7da}.less{background:#fff3cd}.unknown{color:#666}"
                         "code{font-family:monospace}")
        + QStringLiteral("</style></head><body>\n<h1>") + esc(tr("Keyrack rights audit"))
        + QStringLiteral("</h1>\n<p>")
        + esc(tr("Generated %1. Observed rights come from the "
                 "last audit of each key; red: observed but "
                 "not declared, amber: declared but refused.")
                  .arg(dateText(now)))
        + QStringLiteral("</p>\n<table>\n<tr><th>") + esc(tr("Key")) + QStringLiteral("</th>");
    for (const Right right : AccessRights::allRights) {
        out += QStringLiteral("<th>") + esc(AccessRights::title(right)) + QStringLiteral("</th>");
    }
    out += QStringLiteral("<th>") + esc(tr("Dates")) + QStringLiteral("</th><th>")
        + esc(tr("Risk notes")) + QStringLiteral("</th></tr>\n");
    for (const ApiKey &key : keys) {
        out += QStringLiteral("<tr><td><b>") + esc(key.label) + QStringLiteral("</b><br>")
            + esc(key.environment.displayName()) + QStringLiteral("<br><code>") + esc(key.publicKey)
            + QStringLiteral("</code><br>") + esc(key.enabled ? tr("ON") : tr("OFF"))
            + QStringLiteral("</td>");
        for (const Right right : AccessRights::allRights) {
            const bool declared = key.rights.has(right);
            const Observed observed =
                key.lastAudit ? key.lastAudit->observed(right) : Observed::NotProbed;
            QString cls;
            if (observed == Observed::Yes && !declared) {
                cls = QStringLiteral("more");
            } else if (observed == Observed::No && declared) {
                cls = QStringLiteral("less");
            } else if (observed == Observed::Unknown || observed == Observed::NotProbed) {
                cls = QStringLiteral("unknown");
            }
            out += QStringLiteral("<td class=\"") + cls + QStringLiteral("\">")
                + esc(tr("declared: %1").arg(declared ? tr("yes") : tr("no")))
                + QStringLiteral("<br>") + esc(tr("observed: %1").arg(observedText(key, right)))
                + QStringLiteral("</td>");
        }
        out += QStringLiteral("<td>") + esc(tr("created %1").arg(dateText(key.created)))
            + QStringLiteral("<br>")
            + esc(tr("last used %1")
                      .arg(key.lastUsed.isValid() ? dateText(key.lastUsed) : tr("never")))
            + QStringLiteral("<br>")
            + esc(tr("last audit %1")
                      .arg(key.lastAudit
                               ? dateText(key.lastAudit->time) + u' ' + key.lastAudit->summary
                               : tr("never")))
            + QStringLiteral("</td><td><ul>");
        for (const QString &note : KeyRisks::notes(key, keys, reminderDays, now)) {
            out += QStringLiteral("<li>") + esc(note) + QStringLiteral("</li>");
        }
        out += QStringLiteral("</ul></td></tr>\n");
    }
    out += QStringLiteral("</table>\n</body></html>\n");
    return out.toUtf8();
}
