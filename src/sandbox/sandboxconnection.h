#pragma once

#include <QObject>
#include <QTcpServer>
#include <QTimer>

class QTcpSocket;

// The limits the sandbox puts on each client connection, before Qt HttpServer parses anything.
struct SandboxConnectionLimits
{
    static constexpr int defaultIdleTimeoutMs = 30000;

    // A connection must complete a request within this time of opening or of its last response.
    int idleTimeoutMs = defaultIdleTimeoutMs;
    qsizetype maximumHeaderBytes = 64 * 1024; // request line and headers
    int maximumHeaderLines = 100;
    qsizetype maximumRequestBytes = 0; // headers and body together; 0 for no limit
    int maximumConnections = 500;
};

// Watches one client connection of the sandbox, ahead of Qt HttpServer (which in 6.4 puts no
// limit on a request's size or time): closes a connection that stays idle or sends its request
// too slowly, and answers 400, 408, 413 or 431 to malformed, slow or oversized requests before
// Qt buffers them.
class SandboxConnection : public QObject
{
    Q_OBJECT

public:
    SandboxConnection(QTcpSocket *socket, const SandboxConnectionLimits &limits);

    // The server took a complete request: the clock stops until its response is written.
    void requestStarted();

Q_SIGNALS:
    // The guard answered the connection itself and is closing it.
    void rejected(int status, const QString &reason);

private:
    void readyRead();
    void written();
    void idle();
    bool checkHead();
    void reject(int status, const QByteArray &statusText, const QString &reason);

    QTcpSocket *m_socket;
    SandboxConnectionLimits m_limits;
    QTimer m_timer;
    QByteArray m_head; // the request line and headers received so far
    int m_headLines = 0;
    bool m_headDone = false;
    qsizetype m_requestBytes = 0; // of the request being received, head and body
    bool m_busy = false;
    bool m_closing = false;
};

// The sandbox's TCP listener: hands Qt HttpServer sockets that carry a SandboxConnection, and
// refuses connections over the limit rather than running out of file descriptors (Qt stops
// accepting for good when accept() fails).
class SandboxListener : public QTcpServer
{
    Q_OBJECT

public:
    explicit SandboxListener(QObject *parent = nullptr);

    void setLimits(const SandboxConnectionLimits &limits) { m_limits = limits; }
    int connectionCount() const { return m_connections; }

Q_SIGNALS:
    void connectionRejected(int status, const QString &reason);

protected:
    void incomingConnection(qintptr handle) override;

private:
    SandboxConnectionLimits m_limits;
    int m_connections = 0;
};
