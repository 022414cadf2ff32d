#pragma once

#include <QObject>
#include <QString>

// Copies a secret to the clipboard, marked for clipboard managers not to keep it, and clears it
// after a delay if the clipboard still holds that copy.
class SecretClipboard : public QObject
{
    Q_OBJECT
public:
    static constexpr int defaultClearSeconds = 30;

    // The object lives on (child of the application) until it has cleared the clipboard.
    static void copy(const QString &text, int clearAfterSeconds = defaultClearSeconds);

private:
    SecretClipboard(const QString &text, int clearAfterSeconds);
    void clearIfStillOurs();

    QByteArray m_fingerprint; // a hash of the copy, to recognise it without keeping it
};
