#pragma once

#include <QObject>
#include <QString>

class QLocalServer;

// One Keyrack window per data directory: the first instance listens on a local socket named
// after the directory; a second start finds it, asks it to raise its window, and stops.
class SingleInstance : public QObject
{
    Q_OBJECT
public:
    explicit SingleInstance(const QString &dataDir, QObject *parent = nullptr);
    ~SingleInstance() override;

    // True when another instance answered on this data directory and was asked to show its
    // window; false when this process is now the one instance (or could not tell: then it
    // runs, as a missing lock must not keep anyone from their keys).
    bool forwardToRunning();
    // The socket name for a data directory (per user, as the runtime directory is).
    static QString socketName(const QString &dataDir);

Q_SIGNALS:
    // Another start asked this instance to show itself.
    void activationRequested();

private:
    void listen();

    QString m_name;
    QLocalServer *m_server = nullptr;
};
