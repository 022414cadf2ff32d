#pragma once

#include <QByteArray>
#include <QString>

// A secret key held in memory only as long as needed: move-only, wiped on destruction,
// and never convertible to a loggable string by accident.
class Secret
{
public:
    Secret() = default;
    // Takes the bytes and wipes the caller's buffer.
    static Secret adopt(QByteArray &bytes);
    static Secret adopt(QString &text);
    ~Secret();

    Secret(const Secret &) = delete;
    Secret &operator=(const Secret &) = delete;
    Secret(Secret &&other) noexcept;
    Secret &operator=(Secret &&other) noexcept;

    bool isEmpty() const { return m_bytes.isEmpty(); }
    qsizetype size() const { return m_bytes.size(); }
    // The bytes, for signing or storing; do not keep copies.
    const QByteArray &reveal() const { return m_bytes; }
    void wipe();

private:
    QByteArray m_bytes;
};

// Overwrites a buffer in place so the bytes do not linger after use.
void wipeBytes(QByteArray &bytes);
void wipeString(QString &text);
