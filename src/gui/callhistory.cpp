#include "callhistory.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace {
const QString historyKey = QStringLiteral("calls/history");
}

CallHistory::CallHistory(QSettings *settings)
    : m_settings(settings)
{
    const QJsonArray array =
        QJsonDocument::fromJson(m_settings->value(historyKey).toString().toUtf8()).array();
    for (const QJsonValue &value : array) {
        const QJsonObject o = value.toObject();
        CallRecord record {QDateTime::fromString(o.value(u"time").toString(), Qt::ISODateWithMs),
                           QUuid::fromString(o.value(u"keyId").toString()),
                           o.value(u"keyLabel").toString(),
                           o.value(u"method").toString().toLatin1(),
                           o.value(u"path").toString(),
                           o.value(u"query").toString().toUtf8(),
                           o.value(u"body").toString().toUtf8(),
                           o.value(u"status").toInt()};
        if (record.time.isValid() && !record.method.isEmpty() && m_records.size() < capacity) {
            m_records.append(record);
        }
    }
}

void CallHistory::add(CallRecord record)
{
    m_records.prepend(std::move(record));
    while (m_records.size() > capacity) {
        m_records.removeLast();
    }
    save();
}

void CallHistory::clear()
{
    m_records.clear();
    m_settings->remove(historyKey);
    m_settings->sync();
}

void CallHistory::save()
{
    QJsonArray array;
    for (const CallRecord &r : std::as_const(m_records)) {
        QJsonObject o {{QStringLiteral("time"), r.time.toString(Qt::ISODateWithMs)},
                       {QStringLiteral("keyId"), r.keyId.toString(QUuid::WithoutBraces)},
                       {QStringLiteral("keyLabel"), r.keyLabel},
                       {QStringLiteral("method"), QString::fromLatin1(r.method)},
                       {QStringLiteral("path"), r.path},
                       {QStringLiteral("query"), QString::fromUtf8(r.query)},
                       {QStringLiteral("status"), r.status}};
        if (!r.body.isEmpty()) {
            o.insert(QStringLiteral("body"), QString::fromUtf8(r.body));
        }
        array.append(o);
    }
    m_settings->setValue(historyKey,
                         QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
    m_settings->sync();
}
