#pragma once

#include "net/apierror.h"
#include "net/requestsigner.h"

#include "core/error.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPair>
#include <QPointer>
#include <QUrl>

#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;
class Secret;

// One request to a HitBTC-compatible API, as the user composed it.
struct ApiRequest
{
    enum class Auth { None, Hs256, Basic };

    QUrl baseUrl; // scheme://host[:port], without /api/3
    QByteArray method; // GET, POST, PUT, PATCH, DELETE
    QString path; // "/spot/balance" or "/api/3/spot/balance"
    QByteArray query; // already encoded, without '?'
    QByteArray body; // sent as is
    Auth auth = Auth::Hs256;
    QByteArray publicKey;
    std::optional<qint64> window;
    std::optional<qint64> timestamp; // default: now
    int timeoutMs = 15000;
    qint64 maximumResponseBytes = 8 * 1024 * 1024;
};

// What happened, with everything the user may see and nothing secret.
struct ApiResponse
{
    QUrl url;
    QByteArray method;
    int status = 0; // 0: no HTTP answer
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    qint64 elapsedMs = 0;
    std::optional<SignedRequest> signature; // HS256 only
    qint64 timestamp = 0;
    std::optional<qint64> window;
    std::optional<ApiError> apiError;
    Error error; // network, TLS, timeout, size, policy

    bool isSuccess() const { return !error.isError() && status >= 200 && status < 300; }
};

// A request in flight; emits finished() exactly once, then deletes itself.
class ApiCall : public QObject
{
    Q_OBJECT

public:
    void cancel();

Q_SIGNALS:
    void finished(const ApiResponse &response);

private:
    friend class ApiClient;
    explicit ApiCall(QObject *parent);
    void finish(ApiResponse response);

    QPointer<QNetworkReply> m_reply;
    QTimer *m_deadline = nullptr;
    QElapsedTimer m_clock;
    ApiResponse m_response;
    bool m_done = false;
    bool m_cancelled = false;
    bool m_tooLarge = false;
    bool m_timedOut = false;
    qint64 m_limit = 0;
};

// Sends signed requests over the one QNetworkAccessManager of the process. Signed requests go
// only over https:// or http:// to loopback; TLS errors end the call, they are never ignored.
class ApiClient : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApiClient)

public:
    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    // Signs with `secret` (wiped when this returns) and sends. Never returns null.
    ApiCall *send(const ApiRequest &request, Secret secret);

    // Why a URL may not carry a signed request, or empty when it may.
    static QString transportProblem(const QUrl &url);
    // The URL as it will go on the wire (path with /api/3, the query as given).
    static QUrl requestUrl(const ApiRequest &request);

private:
    QNetworkAccessManager *manager();

    QNetworkAccessManager *m_manager = nullptr;
};
Q_DECLARE_METATYPE(ApiResponse)
