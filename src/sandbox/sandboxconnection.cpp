#include "sandboxconnection.h"

#include "sandbox/sandboxaccount.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTcpSocket>

#ifdef Q_OS_UNIX
#include <sys/socket.h>
#endif

namespace {

// How long a refused client may take to read its answer before the connection is dropped.
constexpr int lingerMs = 2000;
constexpr int acceptRetryMs = 200;

QByteArray rawResponse(int status, const QByteArray &statusText, const QString &description)
{
    const QByteArray body =
        QJsonDocument(
            SandboxReply::error(status, status, QString::fromLatin1(statusText), description)
                .body.toObject())
            .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 " + QByteArray::number(status) + ' ' + statusText
        + "\r\nContent-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\nConnection: close\r\n\r\n" + body;
}

// Sends the end of the stream once everything written has left, so the client reads the answer.
void shutdownWhenWritten(QTcpSocket *socket)
{
    if (socket->bytesToWrite() > 0) {
        return;
    }
#ifdef Q_OS_UNIX
    ::shutdown(static_cast<int>(socket->socketDescriptor()), SHUT_WR);
#else
    socket->disconnectFromHost();
#endif
}

// Ends a connection Qt HttpServer must not read any more of. What the client still sends is read
// and dropped for a moment (closing with unread data would reset the connection and could lose
// the answer before the client reads it), then the socket goes.
void closeSocket(QTcpSocket *socket)
{
    QObject::disconnect(socket, &QTcpSocket::readyRead, nullptr, nullptr);
    if (socket->isTransactionStarted()) {
        socket->commitTransaction();
    }
    socket->readAll();
    QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    // Deleted once closed, whoever closes it (a second deleteLater is harmless).
    QObject::connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    QObject::connect(socket, &QTcpSocket::bytesWritten, socket,
                     [socket] { shutdownWhenWritten(socket); });
    socket->flush();
    shutdownWhenWritten(socket);
    QTimer::singleShot(lingerMs, socket, [socket] {
        socket->abort();
        socket->deleteLater();
    });
}

bool isToken(QByteArrayView name)
{
    static constexpr QByteArrayView punctuation = "!#$%&'*+-.^_`|~";
    if (name.isEmpty()) {
        return false;
    }
    for (const char c : name) {
        const bool alphanumeric =
            (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        if (!alphanumeric && !punctuation.contains(c)) {
            return false;
        }
    }
    return true;
}

} // namespace

SandboxConnection::SandboxConnection(QTcpSocket *socket, const SandboxConnectionLimits &limits)
    : QObject(socket)
    , m_socket(socket)
    , m_limits(limits)
{
    // Connected before Qt HttpServer's own readyRead handler, so the guard sees bytes first.
    connect(socket, &QTcpSocket::readyRead, this, &SandboxConnection::readyRead);
    connect(socket, &QTcpSocket::bytesWritten, this, &SandboxConnection::written);
    m_timer.setSingleShot(true);
    m_timer.setInterval(m_limits.idleTimeoutMs);
    connect(&m_timer, &QTimer::timeout, this, &SandboxConnection::idle);
    m_timer.start();
}

void SandboxConnection::requestStarted()
{
    m_busy = true;
    m_timer.stop();
    m_head.clear();
    m_headLines = 0;
    m_headDone = false;
    m_requestBytes = 0;
}

void SandboxConnection::readyRead()
{
    if (m_closing) {
        return;
    }
    const qsizetype available = m_socket->bytesAvailable();
    if (!m_headDone) {
        // Only the new bytes: Qt HttpServer has read (in its transaction) what came before.
        const QByteArray chunk =
            m_socket->peek(qMin(available, m_limits.maximumHeaderBytes - m_head.size() + 1));
        for (const char c : chunk) {
            // As Qt, skip what whitespace is left before a request.
            if (m_head.isEmpty() && (c == '\r' || c == '\n' || c == ' ' || c == '\t')) {
                continue;
            }
            m_head.append(c);
            if (c != '\n') {
                continue;
            }
            // The head ends with an empty line; CRLF and bare LF both end lines, as for Qt.
            if (m_head.endsWith("\n\n") || m_head.endsWith("\n\r\n")) {
                m_headDone = true;
                break;
            }
            if (++m_headLines > m_limits.maximumHeaderLines + 1) {
                reject(431, "Request Header Fields Too Large",
                       QStringLiteral("The request has over %1 header lines")
                           .arg(m_limits.maximumHeaderLines));
                return;
            }
        }
        if (!m_headDone && m_head.size() > m_limits.maximumHeaderBytes) {
            reject(431, "Request Header Fields Too Large",
                   QStringLiteral("The request line and headers are over %1 bytes")
                       .arg(m_limits.maximumHeaderBytes));
            return;
        }
        if (m_headDone && !checkHead()) {
            return;
        }
    }
    m_requestBytes += available;
    if (m_limits.maximumRequestBytes > 0 && m_requestBytes > m_limits.maximumRequestBytes) {
        reject(413, "Payload Too Large", QStringLiteral("The body is over 1 MiB"));
    }
}

// What Qt HttpServer 6.4 would take without a word, or parse its own way: refused here.
bool SandboxConnection::checkHead()
{
    const QList<QByteArray> lines = m_head.trimmed().split('\n');
    const QList<QByteArray> words = lines.first().trimmed().split(' ');
    QList<QByteArray> parts;
    for (const QByteArray &word : words) {
        if (!word.isEmpty()) {
            parts.append(word);
        }
    }
    const bool versionOk = parts.size() == 3 && parts[2].size() == 8
        && parts[2].startsWith("HTTP/1.") && parts[2][7] >= '0' && parts[2][7] <= '9';
    if (!versionOk || !isToken(parts[0])) {
        reject(400, "Bad Request", QStringLiteral("Malformed request line"));
        return false;
    }
    QByteArray contentLength;
    bool chunked = false;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].endsWith('\r') ? lines[i].chopped(1) : lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon < 0 || !isToken(QByteArrayView(line).first(colon))) {
            reject(400, "Bad Request", QStringLiteral("Malformed header line"));
            return false;
        }
        const QByteArray name = line.first(colon).toLower();
        const QByteArray value = line.sliced(colon + 1).trimmed();
        if (name == "content-length") {
            bool digits = !value.isEmpty() && value.size() <= 18;
            for (const char c : value) {
                digits = digits && c >= '0' && c <= '9';
            }
            if (!digits || (!contentLength.isEmpty() && contentLength != value)) {
                reject(400, "Bad Request", QStringLiteral("Invalid Content-Length"));
                return false;
            }
            contentLength = value;
        } else if (name == "transfer-encoding") {
            chunked = true;
        }
    }
    if (chunked && !contentLength.isEmpty()) {
        reject(400, "Bad Request",
               QStringLiteral("Both Content-Length and Transfer-Encoding are given"));
        return false;
    }
    if (m_limits.maximumRequestBytes > 0
        && contentLength.toLongLong() > m_limits.maximumRequestBytes) {
        // Said before it is sent: refused without reading it.
        reject(413, "Payload Too Large", QStringLiteral("The body is over 1 MiB"));
        return false;
    }
    return true;
}

void SandboxConnection::written()
{
    if (m_busy && m_socket->bytesToWrite() == 0) {
        m_busy = false;
        m_timer.start();
    }
}

void SandboxConnection::idle()
{
    if (m_busy || m_closing) {
        return;
    }
    if (!m_head.isEmpty()) {
        reject(
            408, "Request Timeout",
            QStringLiteral("The request was not complete after %1 ms").arg(m_limits.idleTimeoutMs));
        return;
    }
    // An idle keep-alive connection: closed without a word, as HTTP allows.
    m_closing = true;
    closeSocket(m_socket);
}

void SandboxConnection::reject(int status, const QByteArray &statusText, const QString &reason)
{
    if (m_closing) {
        return;
    }
    m_closing = true;
    m_timer.stop();
    m_socket->write(rawResponse(status, statusText, reason));
    closeSocket(m_socket);
    Q_EMIT rejected(status, reason);
}

SandboxListener::SandboxListener(QObject *parent)
    : QTcpServer(parent)
{
    // Qt stops accepting for good after a failed accept() (out of file descriptors, say):
    // accepting again a little later keeps the sandbox reachable once connections are freed.
    connect(this, &QTcpServer::acceptError, this,
            [this] { QTimer::singleShot(acceptRetryMs, this, &QTcpServer::resumeAccepting); });
}

void SandboxListener::incomingConnection(qintptr handle)
{
    auto *socket = new QTcpSocket(this);
    if (!socket->setSocketDescriptor(handle)) {
        delete socket;
        return;
    }
    if (m_connections >= m_limits.maximumConnections) {
        const QString reason =
            QStringLiteral("Over %1 connections").arg(m_limits.maximumConnections);
        socket->write(rawResponse(503, "Service Unavailable", reason));
        closeSocket(socket);
        Q_EMIT connectionRejected(503, reason);
        return;
    }
    auto *connection = new SandboxConnection(socket, m_limits);
    ++m_connections;
    connect(connection, &QObject::destroyed, this, [this] { --m_connections; });
    connect(connection, &SandboxConnection::rejected, this, &SandboxListener::connectionRejected);
    // Qt HttpServer takes the socket from here, connecting its own handlers after the guard's.
    addPendingConnection(socket);
}
