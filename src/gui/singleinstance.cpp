#include "singleinstance.h"

#include <QCryptographicHash>
#include <QDir>
#include <QLocalServer>
#include <QLocalSocket>

namespace {

const QByteArray activateMessage = "activate\n";
const QByteArray acknowledgement = "ok\n";
// A running instance answers at once; a stale socket refuses at once. A second is generous.
constexpr int answerTimeoutMs = 1000;

} // namespace

SingleInstance::SingleInstance(const QString &dataDir, QObject *parent)
    : QObject(parent)
    , m_name(socketName(dataDir))
{ }

SingleInstance::~SingleInstance() = default;

QString SingleInstance::socketName(const QString &dataDir)
{
    const QByteArray canonical = QDir(dataDir).absolutePath().toUtf8();
    const QByteArray digest =
        QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("keyrack-%1").arg(QString::fromLatin1(digest));
}

bool SingleInstance::forwardToRunning()
{
    QLocalSocket socket;
    socket.connectToServer(m_name);
    if (socket.waitForConnected(answerTimeoutMs)) {
        socket.write(activateMessage);
        socket.waitForBytesWritten(answerTimeoutMs);
        // Only an instance that answers counts: a hung one must not keep this one from starting.
        while (!socket.canReadLine() && socket.waitForReadyRead(answerTimeoutMs)) { }
        if (socket.canReadLine() && socket.readLine() == acknowledgement) {
            return true;
        }
    }
    listen();
    return false;
}

void SingleInstance::listen()
{
    m_server = new QLocalServer(this);
    m_server->setSocketOptions(QLocalServer::UserAccessOption);
    if (!m_server->listen(m_name)) {
        // A socket file left by an instance that died: nobody answered on it, so take it over.
        QLocalServer::removeServer(m_name);
        if (!m_server->listen(m_name)) {
            // Cannot tell whether another instance runs: start anyway, without the socket.
            delete m_server;
            m_server = nullptr;
            return;
        }
    }
    connect(m_server, &QLocalServer::newConnection, this, [this] {
        while (QLocalSocket *client = m_server->nextPendingConnection()) {
            connect(client, &QLocalSocket::disconnected, client, &QObject::deleteLater);
            connect(client, &QLocalSocket::readyRead, this, [this, client] {
                if (!client->canReadLine()) {
                    if (client->bytesAvailable() > 64) {
                        client->abort();
                    }
                    return;
                }
                if (client->readLine(64) == activateMessage) {
                    client->write(acknowledgement);
                    client->flush();
                    Q_EMIT activationRequested();
                }
                client->disconnectFromServer();
            });
        }
    });
}
