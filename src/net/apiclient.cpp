#include "apiclient.h"

#include "core/environment.h"
#include "core/secret.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

namespace {

// QNetworkReply's codes 200-299 and 400-499 only echo the HTTP status, which the response
// shows; the others mean the exchange of bytes itself failed (refused, reset, cut short, TLS).
bool isTransportError(QNetworkReply::NetworkError code, int status)
{
    if (code == QNetworkReply::NoError) {
        return false;
    }
    const bool echoesStatus = (code >= 200 && code < 300) || (code >= 400 && code < 500)
        || (code == QNetworkReply::ProtocolInvalidOperationError && status == 400);
    return status == 0 || !echoesStatus;
}

} // namespace

ApiCall::ApiCall(QObject *parent)
    : QObject(parent)
{ }

void ApiCall::cancel()
{
    m_cancelled = true;
    if (m_reply) {
        m_reply->abort();
    } else {
        ApiResponse response = m_response;
        response.error = Error::make(ErrorKind::Cancelled, tr("The call was cancelled."));
        finish(std::move(response));
    }
}

void ApiCall::finish(ApiResponse response)
{
    if (m_done) {
        return;
    }
    m_done = true;
    if (m_deadline) {
        m_deadline->stop();
    }
    response.elapsedMs = m_clock.isValid() ? m_clock.elapsed() : 0;
    Q_EMIT finished(response);
    deleteLater();
}

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
{ }

QNetworkAccessManager *ApiClient::manager()
{
    // Made on the first call: most start-ups make none, and the window shows sooner without it.
    if (!m_manager) {
        m_manager = new QNetworkAccessManager(this);
        // A redirect must never carry the signature on.
        m_manager->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    }
    return m_manager;
}

ApiClient::~ApiClient() = default;

QString ApiClient::transportProblem(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty()) {
        return tr("The address \"%1\" is not a valid URL.").arg(url.toString());
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https")) {
        return {};
    }
    if (scheme == QLatin1String("http")) {
        if (Environment::isLoopbackHost(url.host())) {
            return {};
        }
        return tr("Signed requests are sent over plain http:// only to this computer (loopback); "
                  "use https:// for %1.")
            .arg(url.host());
    }
    return tr("Unsupported URL scheme \"%1\": use https://.").arg(url.scheme());
}

QUrl ApiClient::requestUrl(const ApiRequest &request)
{
    QByteArray encoded =
        request.baseUrl.adjusted(QUrl::StripTrailingSlash | QUrl::RemovePath).toEncoded();
    encoded += RequestSigner::apiPath(request.path);
    if (!request.query.isEmpty()) {
        encoded += '?' + request.query;
    }
    return QUrl::fromEncoded(encoded);
}

ApiCall *ApiClient::send(const ApiRequest &request, Secret secret)
{
    auto *call = new ApiCall(this);
    ApiResponse &response = call->m_response;
    response.method = request.method.toUpper();
    response.url = requestUrl(request);
    call->m_limit = request.maximumResponseBytes;
    call->m_clock.start();

    const auto failLater = [call](ErrorKind kind, const QString &message) {
        ApiResponse failed = call->m_response;
        failed.error = Error::make(kind, message);
        QMetaObject::invokeMethod(
            call, [call, failed] { call->finish(failed); }, Qt::QueuedConnection);
        return call;
    };

    if (request.auth != ApiRequest::Auth::None) {
        if (const QString problem = transportProblem(response.url); !problem.isEmpty()) {
            return failLater(ErrorKind::Invalid, problem);
        }
        if (secret.isEmpty() || request.publicKey.isEmpty()) {
            return failLater(ErrorKind::Invalid,
                             tr("A signed request needs a key and its secret."));
        }
    } else if (!response.url.isValid()) {
        return failLater(ErrorKind::Invalid, tr("The address is not a valid URL."));
    }

    QNetworkRequest networkRequest(response.url);
    networkRequest.setTransferTimeout(request.timeoutMs);
    networkRequest.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("Keyrack"));
    networkRequest.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    if (!request.body.isEmpty()) {
        QJsonParseError parseError;
        QJsonDocument::fromJson(request.body, &parseError);
        networkRequest.setHeader(QNetworkRequest::ContentTypeHeader,
                                 parseError.error == QJsonParseError::NoError
                                     ? QByteArrayLiteral("application/json")
                                     : QByteArrayLiteral("application/x-www-form-urlencoded"));
    }

    response.timestamp = request.timestamp.value_or(QDateTime::currentMSecsSinceEpoch());
    response.window = request.window;
    if (request.auth == ApiRequest::Auth::Hs256) {
        // Sign exactly what QUrl will put on the wire.
        SignInput input;
        input.method = response.method;
        input.path = response.url.path(QUrl::FullyEncoded).toUtf8();
        input.query = response.url.query(QUrl::FullyEncoded).toUtf8();
        input.body = request.body;
        input.timestamp = response.timestamp;
        input.window = request.window;
        response.signature = RequestSigner::signHs256(input, request.publicKey, secret);
        networkRequest.setRawHeader("Authorization", response.signature->authorization);
    } else if (request.auth == ApiRequest::Auth::Basic) {
        QByteArray header = RequestSigner::basicAuthorization(request.publicKey, secret);
        networkRequest.setRawHeader("Authorization", header);
        wipeBytes(header);
    }
    secret.wipe();

    QNetworkReply *reply =
        manager()->sendCustomRequest(networkRequest, response.method, request.body);
    call->m_reply = reply;
    call->m_deadline = new QTimer(call);
    call->m_deadline->setSingleShot(true);
    connect(call->m_deadline, &QTimer::timeout, call, [call] {
        call->m_timedOut = true;
        if (call->m_reply) {
            call->m_reply->abort();
        }
    });
    call->m_deadline->start(request.timeoutMs);

    connect(reply, &QNetworkReply::readyRead, call, [call, reply] {
        if (call->m_tooLarge) {
            return;
        }
        call->m_response.body += reply->readAll();
        if (call->m_response.body.size() > call->m_limit) {
            call->m_tooLarge = true;
            reply->abort();
        }
    });
    connect(reply, &QNetworkReply::sslErrors, call, [call](const QList<QSslError> &errors) {
        QStringList texts;
        for (const QSslError &error : errors) {
            texts << error.errorString();
        }
        call->m_response.error =
            Error::make(ErrorKind::Network,
                        ApiClient::tr("The TLS certificate of the server was refused: %1")
                            .arg(texts.join(u"; ")));
    });
    connect(reply, &QNetworkReply::finished, call, [call, reply] {
        reply->deleteLater();
        ApiResponse out = call->m_response;
        if (!call->m_tooLarge) {
            out.body += reply->readAll();
        }
        out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        for (const auto &pair : reply->rawHeaderPairs()) {
            out.headers.append(pair);
        }
        if (call->m_tooLarge) {
            out.body.truncate(call->m_limit);
            out.error =
                Error::make(ErrorKind::Network,
                            ApiClient::tr("The response is larger than %1 MiB; it was cut off "
                                          "and the connection closed.")
                                .arg(call->m_limit / (1024 * 1024)));
        } else if (call->m_cancelled) {
            out.error = Error::make(ErrorKind::Cancelled, ApiClient::tr("The call was cancelled."));
        } else if (call->m_timedOut || reply->error() == QNetworkReply::OperationCanceledError) {
            out.error =
                Error::make(ErrorKind::Network,
                            ApiClient::tr("No complete answer from %1 in time: the server is "
                                          "down, slow or unreachable.")
                                .arg(out.url.host()));
        } else if (!out.error.isError() && isTransportError(reply->error(), out.status)) {
            out.error = Error::make(ErrorKind::Network,
                                    ApiClient::tr("Network error: %1").arg(reply->errorString()));
        }
        if (out.status >= 400) {
            out.apiError = ApiError::decode(out.body);
        }
        call->finish(std::move(out));
    });
    return call;
}
