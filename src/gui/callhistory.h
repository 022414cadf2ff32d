#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

class QSettings;

// One test call as the history keeps it: no secret, no signature, a body only if asked.
struct CallRecord
{
    QDateTime time;
    QUuid keyId;
    QString keyLabel;
    QByteArray method;
    QString path;
    QByteArray query;
    QByteArray body; // empty unless the user keeps bodies
    int status = 0; // 0: no HTTP answer
};

// The last 100 test calls, newest first, kept in the settings file.
class CallHistory
{
public:
    static constexpr int capacity = 100;

    explicit CallHistory(QSettings *settings);

    const QList<CallRecord> &records() const { return m_records; }
    void add(CallRecord record);
    void clear();

private:
    void save();

    QSettings *m_settings;
    QList<CallRecord> m_records;
};
