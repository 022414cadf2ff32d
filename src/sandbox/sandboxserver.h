#pragma once

#include "sandbox/sandboxaccount.h"
#include "sandbox/sandboxconnection.h"

#include "core/error.h"
#include "core/secret.h"

#include <QAbstractHttpServer>
#include <QDateTime>
#include <QHash>
#include <QHostAddress>
#include <QHttpServerResponder>
#include <QPointer>
#include <QTcpSocket>
#include <QUrl>
#include <QUuid>

#include <deque>
#include <map>
#include <optional>
#include <vector>

class KeyRepository;
struct ApiKey;
struct Endpoint;

// One line of the sandbox's log: who asked what and what they got; never a secret or signature.
struct SandboxLogEntry
{
    QDateTime time;
    QString keyLabel; // empty for public or unauthenticated requests
    QByteArray method;
    QString path;
    int status = 0;
    QString reason;

    QString toString() const;
};

// The embedded exchange: HitBTC API v3 on loopback, authenticating with the sandbox keys of the
// data directory as they are at each request (switches, rights and deletions take effect at
// once), over a small in-memory account.
class SandboxServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    static constexpr qsizetype maximumBodySize = 1024 * 1024;
    static constexpr int defaultIdleTimeoutMs = SandboxConnectionLimits::defaultIdleTimeoutMs;

    explicit SandboxServer(KeyRepository *repository, QObject *parent = nullptr);
    ~SandboxServer() override;

    Error start(const QHostAddress &address = QHostAddress::LocalHost, quint16 port = 0);
    // http://host:port, the base URL clients add /api/3 to; empty before start().
    QUrl url() const { return m_url; }

    // Requests per second and key before 429; 0 (the default) turns the limit off.
    void setRateLimit(int perSecond) { m_rateLimit = perSecond; }
    // How long a connection may take to send a complete request after it opened or after its
    // last response before it is closed (30 s by default); applies to new connections.
    void setIdleTimeout(int milliseconds);
    // Client connections open now.
    int connectionCount() const;
    const SandboxAccount &account() const { return m_account; }

Q_SIGNALS:
    void requestLogged(const SandboxLogEntry &entry);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Incoming
    {
        QByteArray method;
        QString path; // decoded, for routing and the log
        QByteArray rawPath;
        QByteArray rawQuery;
        QByteArray body;
        QByteArray contentType;
        QByteArray authorization;
        QHttpServerResponder responder;
        QPointer<QTcpSocket> socket;
        QString keyLabel;
        QUuid keyId;
    };
    struct CachedSecret
    {
        QByteArray publicKey;
        Secret secret;
    };

    void process(Incoming in);
    void authenticate(Incoming in);
    void finishAuthenticated(Incoming in, const Secret &secret);
    void serve(Incoming in, const Endpoint &endpoint);
    void reply(Incoming &in, const SandboxReply &reply, const QString &reason = {});
    bool rateLimited(const QUuid &id);
    void secretRead(const QUuid &id, const Error &error, Secret secret);
    std::optional<ApiKey> keyFor(const QByteArray &publicKey) const;
    void logRejected(int status, const QString &reason);
    static std::optional<SandboxAccount::Params> parameters(const Incoming &in, QString *problem);

    KeyRepository *m_repository;
    SandboxAccount m_account;
    QUrl m_url;
    SandboxConnectionLimits m_limits;
    QPointer<SandboxListener> m_listener;
    int m_rateLimit = 0;
    // Move-only values, hence std::map.
    std::map<QUuid, CachedSecret> m_secrets;
    std::map<QUuid, std::vector<Incoming>> m_waiting; // requests waiting for a keychain read
    QHash<QUuid, std::deque<qint64>> m_recent;
};
