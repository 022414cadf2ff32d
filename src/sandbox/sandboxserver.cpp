#include "sandboxserver.h"

#include "net/endpointcatalog.h"
#include "net/requestsigner.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"

#include <QHttpServerRequest>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QStringDecoder>
#include <QTcpServer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcSandbox, "keyrack.sandbox", QtInfoMsg)

namespace {

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get:
        return "GET";
    case QHttpServerRequest::Method::Post:
        return "POST";
    case QHttpServerRequest::Method::Put:
        return "PUT";
    case QHttpServerRequest::Method::Delete:
        return "DELETE";
    case QHttpServerRequest::Method::Patch:
        return "PATCH";
    case QHttpServerRequest::Method::Head:
        return "HEAD";
    case QHttpServerRequest::Method::Options:
        return "OPTIONS";
    default:
        return "OTHER";
    }
}

QByteArray header(const QHttpServerRequest &request, QByteArrayView name)
{
    for (const auto &pair : request.headers()) {
        if (pair.first.compare(name, Qt::CaseInsensitive) == 0) {
            return pair.second;
        }
    }
    return {};
}

QString lastSegment(const QString &path)
{
    return QUrl::fromPercentEncoding(path.section(u'/', -1).toUtf8());
}

// The members of the top-level object of a valid JSON text, duplicates included.
qsizetype topLevelMemberCount(QByteArrayView json)
{
    qsizetype count = 0;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool expectKey = false;
    for (const char c : json) {
        if (inString) {
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = true;
            } else if (c == '"') {
                inString = false;
            }
            continue;
        }
        switch (c) {
        case '"':
            inString = true;
            if (depth == 1 && expectKey) {
                ++count;
                expectKey = false;
            }
            break;
        case '{':
        case '[':
            ++depth;
            expectKey = depth == 1;
            break;
        case '}':
        case ']':
            --depth;
            break;
        case ',':
            expectKey = depth == 1;
            break;
        default:
            break;
        }
    }
    return count;
}

SandboxReply authFailed(const QString &description)
{
    return SandboxReply::error(401, 1002, QStringLiteral("Authorization failed"), description);
}

} // namespace

QString SandboxLogEntry::toString() const
{
    QString line = time.toString(Qt::ISODateWithMs) + u' '
        + (keyLabel.isEmpty() ? QStringLiteral("-") : u'"' + keyLabel + u'"') + u' '
        + QString::fromLatin1(method) + u' ' + path + u' ' + QString::number(status);
    if (!reason.isEmpty()) {
        line += QStringLiteral(" (") + reason + u')';
    }
    return line;
}

SandboxServer::SandboxServer(KeyRepository *repository, QObject *parent)
    : QAbstractHttpServer(parent)
    , m_repository(repository)
{
    // A cached secret is kept across changes of a key's dates, label, note and rights (every
    // call marks its key used: forgetting then cost the next request a keychain read); it is
    // dropped when the key is switched off, deleted, or no longer has the public key it was
    // read for.
    connect(repository, &KeyRepository::keyChanged, this, [this](const QUuid &id) {
        const auto cached = m_secrets.find(id);
        if (cached == m_secrets.end()) {
            return;
        }
        const std::optional<ApiKey> key = m_repository->key(id);
        if (!key || !key->enabled || key->publicKey.toUtf8() != cached->second.publicKey) {
            m_secrets.erase(cached);
        }
    });
    connect(repository, &KeyRepository::keyRemoved, this,
            [this](const QUuid &id) { m_secrets.erase(id); });
    m_limits.maximumRequestBytes = maximumBodySize + m_limits.maximumHeaderBytes;
}

SandboxServer::~SandboxServer() = default;

Error SandboxServer::start(const QHostAddress &address, quint16 port)
{
    auto *listener = new SandboxListener(this);
    listener->setLimits(m_limits);
    if (!listener->listen(address, port)) {
        delete listener;
        return Error::make(ErrorKind::Network,
                           tr("The sandbox cannot listen on %1 port %2: the port is taken or the "
                              "address is not on this computer.")
                               .arg(address.toString())
                               .arg(port));
    }
    connect(listener, &SandboxListener::connectionRejected, this, &SandboxServer::logRejected);
    bind(listener);
    m_listener = listener;
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(address.toString());
    url.setPort(listener->serverPort());
    m_url = url;
    return Error::ok();
}

void SandboxServer::setIdleTimeout(int milliseconds)
{
    m_limits.idleTimeoutMs = milliseconds;
    if (m_listener) {
        m_listener->setLimits(m_limits);
    }
}

int SandboxServer::connectionCount() const
{
    return m_listener ? m_listener->connectionCount() : 0;
}

void SandboxServer::logRejected(int status, const QString &reason)
{
    // Nothing of the request is known but that it was refused before it was parsed.
    const SandboxLogEntry entry {
        QDateTime::currentDateTimeUtc(), {}, "-", QStringLiteral("-"), status, reason};
    qCInfo(lcSandbox).noquote() << entry.toString();
    Q_EMIT requestLogged(entry);
}

bool SandboxServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    if (auto *connection =
            socket->findChild<SandboxConnection *>(QString(), Qt::FindDirectChildrenOnly)) {
        connection->requestStarted();
    }
    const QUrl url = request.url();
    Incoming in {methodName(request.method()),
                 url.path(QUrl::FullyDecoded),
                 url.path(QUrl::FullyEncoded).toUtf8(),
                 url.query(QUrl::FullyEncoded).toUtf8(),
                 request.body(),
                 header(request, "Content-Type"),
                 header(request, "Authorization"),
                 makeResponder(request, socket),
                 socket,
                 {},
                 {}};
    process(std::move(in));
    return true;
}

void SandboxServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    makeResponder(request, socket).write(QHttpServerResponder::StatusCode::NotFound);
}

void SandboxServer::reply(Incoming &in, const SandboxReply &reply, const QString &reason)
{
    const SandboxLogEntry entry {
        QDateTime::currentDateTimeUtc(), in.keyLabel, in.method, in.path, reply.status, reason};
    qCInfo(lcSandbox).noquote() << entry.toString();
    Q_EMIT requestLogged(entry);
    if (!in.socket) {
        return; // the client went away while the keychain answered
    }
    const QByteArray body = reply.body.isArray()
        ? QJsonDocument(reply.body.toArray()).toJson(QJsonDocument::Compact)
        : QJsonDocument(reply.body.toObject()).toJson(QJsonDocument::Compact);
    in.responder.write(body, "application/json",
                       static_cast<QHttpServerResponder::StatusCode>(reply.status));
}

void SandboxServer::process(Incoming in)
{
    if (!in.path.startsWith(u"/api/3/")) {
        reply(in,
              SandboxReply::error(404, 404, QStringLiteral("Not found"),
                                  QStringLiteral("The API lives under /api/3/")));
        return;
    }
    if (in.body.size() > maximumBodySize) {
        reply(in,
              SandboxReply::error(413, 413, QStringLiteral("Payload too large"),
                                  QStringLiteral("The body is over 1 MiB")));
        return;
    }
    const auto endpoint = EndpointCatalog::match(in.method, in.path);
    if (!endpoint) {
        reply(in,
              SandboxReply::error(404, 404, QStringLiteral("Not found"),
                                  QStringLiteral("No such endpoint in the sandbox")));
        return;
    }
    if (!endpoint->right) {
        serve(std::move(in), *endpoint);
        return;
    }
    authenticate(std::move(in));
}

std::optional<ApiKey> SandboxServer::keyFor(const QByteArray &publicKey) const
{
    const QString wanted = QString::fromUtf8(publicKey);
    for (const ApiKey &key : m_repository->keys()) {
        if (key.environment.isSandbox() && key.publicKey == wanted) {
            return key;
        }
    }
    return std::nullopt;
}

void SandboxServer::authenticate(Incoming in)
{
    const auto parsed = RequestSigner::parseAuthorization(in.authorization);
    if (!parsed.authorization) {
        switch (parsed.problem) {
        case AuthorizationProblem::Missing:
            reply(in, SandboxReply::error(401, 1001, QStringLiteral("Authorization required")),
                  QStringLiteral("no credentials"));
            return;
        case AuthorizationProblem::UnsupportedScheme:
            reply(
                in,
                SandboxReply::error(401, 1004, QStringLiteral("Unsupported authorization method")),
                QStringLiteral("unsupported scheme"));
            return;
        case AuthorizationProblem::Malformed:
            reply(in, authFailed(QStringLiteral("Malformed Authorization header")),
                  QStringLiteral("malformed header"));
            return;
        }
    }
    ParsedAuthorization auth = std::move(*parsed.authorization);
    const auto wipeBasic = qScopeGuard([&auth] { wipeBytes(auth.basicSecret); });

    // Follow the data directory as it is now: a switch flipped a moment ago counts.
    m_repository->store()->reloadIfChanged();
    const auto key = keyFor(auth.publicKey);
    if (!key) {
        reply(in, authFailed(QStringLiteral("Unknown API key")), QStringLiteral("unknown key"));
        return;
    }
    in.keyLabel = key->label;
    in.keyId = key->id;
    if (!key->enabled) {
        reply(in, authFailed(QStringLiteral("The API key is switched off")),
              QStringLiteral("key OFF"));
        return;
    }
    if (auth.scheme == ParsedAuthorization::Scheme::Hs256) {
        const qint64 window = auth.window.value_or(RequestSigner::defaultWindowMs);
        if (window > RequestSigner::maximumWindowMs) {
            reply(in, authFailed(QStringLiteral("The window is over 60000 ms")),
                  QStringLiteral("window too large"));
            return;
        }
        const qint64 skew = QDateTime::currentMSecsSinceEpoch() - auth.timestamp;
        if (skew > window || skew < -window) {
            reply(in, authFailed(QStringLiteral("Timestamp outside the window")),
                  QStringLiteral("timestamp off by %1 ms").arg(skew));
            return;
        }
    }
    if (rateLimited(key->id)) {
        reply(in, SandboxReply::error(429, 429, QStringLiteral("Too many requests")),
              QStringLiteral("rate limit"));
        return;
    }

    const auto cached = m_secrets.find(key->id);
    if (cached != m_secrets.end() && cached->second.publicKey == auth.publicKey) {
        finishAuthenticated(std::move(in), cached->second.secret);
        return;
    }
    auto &queue = m_waiting[key->id];
    queue.push_back(std::move(in));
    if (queue.size() > 1) {
        return; // a read is already on its way
    }
    const QUuid id = key->id;
    QPointer<SandboxServer> self(this);
    m_repository->readSecret(id, [self, id](const Error &error, Secret secret) {
        if (self) {
            self->secretRead(id, error, std::move(secret));
        }
    });
}

void SandboxServer::secretRead(const QUuid &id, const Error &error, Secret secret)
{
    std::vector<Incoming> waiting = std::move(m_waiting[id]);
    m_waiting.erase(id);
    if (error.isError()) {
        for (Incoming &in : waiting) {
            reply(in,
                  SandboxReply::error(503, 503, QStringLiteral("Sandbox keychain unavailable"),
                                      error.message),
                  QStringLiteral("keychain: ") + error.message);
        }
        return;
    }
    const auto key = m_repository->key(id);
    if (!key) {
        for (Incoming &in : waiting) {
            reply(in, authFailed(QStringLiteral("Unknown API key")), QStringLiteral("deleted"));
        }
        return;
    }
    if (!key->enabled) {
        // Switched off while the keychain answered: answered as OFF, and nothing kept.
        for (Incoming &in : waiting) {
            finishAuthenticated(std::move(in), secret);
        }
        return;
    }
    CachedSecret &cached = m_secrets[id];
    cached.publicKey = key->publicKey.toUtf8();
    cached.secret = std::move(secret);
    for (Incoming &in : waiting) {
        finishAuthenticated(std::move(in), m_secrets[id].secret);
    }
}

void SandboxServer::finishAuthenticated(Incoming in, const Secret &secret)
{
    const auto parsed = RequestSigner::parseAuthorization(in.authorization);
    ParsedAuthorization auth = *parsed.authorization;
    bool valid = false;
    if (auth.scheme == ParsedAuthorization::Scheme::Basic) {
        valid = RequestSigner::constantTimeEquals(auth.basicSecret, secret.reveal());
        wipeBytes(auth.basicSecret);
    } else {
        const SignInput input {in.method, in.rawPath,     in.rawQuery,
                               in.body,   auth.timestamp, auth.window};
        const QByteArray expected =
            RequestSigner::hmacSha256Hex(secret.reveal(), RequestSigner::stringToSign(input));
        valid = RequestSigner::constantTimeEquals(expected, auth.signature);
    }
    if (!valid) {
        reply(in, authFailed(QStringLiteral("Wrong signature or secret")),
              QStringLiteral("bad signature"));
        return;
    }
    // The key may have changed while the keychain answered.
    const auto key = m_repository->key(in.keyId);
    const auto endpoint = EndpointCatalog::match(in.method, in.path);
    if (!key || !key->enabled) {
        reply(in, authFailed(QStringLiteral("The API key is switched off")),
              QStringLiteral("key OFF"));
        return;
    }
    if (!key->rights.has(*endpoint->right)) {
        reply(in,
              SandboxReply::error(403, 1003, QStringLiteral("Action is forbidden for this API key"),
                                  QStringLiteral("The key lacks the right \"%1\"")
                                      .arg(AccessRights::shortName(*endpoint->right))),
              QStringLiteral("right missing"));
        return;
    }
    serve(std::move(in), *endpoint);
}

bool SandboxServer::rateLimited(const QUuid &id)
{
    if (m_rateLimit <= 0) {
        return false;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    std::deque<qint64> &recent = m_recent[id];
    while (!recent.empty() && now - recent.front() >= 1000) {
        recent.pop_front();
    }
    if (static_cast<int>(recent.size()) >= m_rateLimit) {
        return true;
    }
    recent.push_back(now);
    return false;
}

std::optional<SandboxAccount::Params> SandboxServer::parameters(const Incoming &in,
                                                                QString *problem)
{
    SandboxAccount::Params params;
    // A parameter given twice (in the query, the body, or both) is refused rather than letting
    // one of the values win unseen.
    const auto add = [&params, problem](const QString &name, const QString &value) {
        if (params.contains(name)) {
            *problem = QStringLiteral("%1 is given more than once").arg(name);
            return false;
        }
        params.insert(name, value);
        return true;
    };
    const QUrlQuery query(QString::fromUtf8(in.rawQuery));
    for (const auto &[name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!add(name, value)) {
            return std::nullopt;
        }
    }
    if (in.body.trimmed().isEmpty()) {
        return params;
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = decoder.decode(in.body);
    if (decoder.hasError()) {
        *problem = QStringLiteral("The body is not valid UTF-8");
        return std::nullopt;
    }
    const bool looksJson = in.contentType.contains("json") || text.trimmed().startsWith(u'{')
        || text.trimmed().startsWith(u'[');
    if (!looksJson) {
        const QUrlQuery form(text);
        for (const auto &[name, value] : form.queryItems(QUrl::FullyDecoded)) {
            if (!add(name, value)) {
                return std::nullopt;
            }
        }
        return params;
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(in.body, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject()) {
        *problem = QStringLiteral("The body is not a JSON object: %1").arg(error.errorString());
        return std::nullopt;
    }
    const QJsonObject object = document.object();
    // Qt keeps the last of duplicated members: they are counted in the text instead.
    if (topLevelMemberCount(in.body) != object.size()) {
        *problem = QStringLiteral("The body has a member more than once");
        return std::nullopt;
    }
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        const QJsonValue value = it.value();
        bool added = true;
        if (value.isString()) {
            added = add(it.key(), value.toString());
        } else if (value.isDouble()) {
            const double number = value.toDouble();
            if (!(number >= 0 && number < 1e10)) {
                *problem = QStringLiteral("%1 is out of range").arg(it.key());
                return std::nullopt;
            }
            added = add(it.key(), QString::number(number, 'f', 8));
        } else if (value.isBool()) {
            added =
                add(it.key(), value.toBool() ? QStringLiteral("true") : QStringLiteral("false"));
        } else if (!value.isNull()) {
            *problem = QStringLiteral("%1 must be a string or a number").arg(it.key());
            return std::nullopt;
        }
        if (!added) {
            return std::nullopt;
        }
    }
    return params;
}

void SandboxServer::serve(Incoming in, const Endpoint &endpoint)
{
    QString problem;
    const auto params = parameters(in, &problem);
    if (!params) {
        reply(in, SandboxReply::error(400, 10001, QStringLiteral("Validation error"), problem),
              problem);
        return;
    }
    const QString &p = endpoint.path;
    SandboxReply out;
    if (p == u"/public/currency") {
        out = m_account.currencies();
    } else if (p == u"/public/symbol") {
        out = m_account.symbols();
    } else if (p == u"/public/ticker") {
        out = m_account.tickers();
    } else if (p.startsWith(u"/public/ticker/")) {
        out = m_account.ticker(lastSegment(in.path));
    } else if (p == u"/spot/balance") {
        out = m_account.spotBalance();
    } else if (p == u"/spot/history/order") {
        out = m_account.orderHistory(*params);
    } else if (p == u"/spot/history/trade") {
        out = m_account.tradeHistory(*params);
    } else if (p == u"/spot/order" && endpoint.method == "GET") {
        out = m_account.activeOrders(*params);
    } else if (p == u"/spot/order") {
        out = m_account.placeOrder(*params);
    } else if (p.startsWith(u"/spot/order/") && endpoint.method == "GET") {
        out = m_account.activeOrder(lastSegment(in.path));
    } else if (p.startsWith(u"/spot/order/")) {
        out = m_account.cancelOrder(lastSegment(in.path));
    } else if (p.startsWith(u"/spot/fee/")) {
        out = m_account.tradingFee(lastSegment(in.path));
    } else if (p == u"/wallet/balance") {
        out = m_account.walletBalance();
    } else if (p == u"/wallet/transactions") {
        out = m_account.transactions(*params);
    } else if (p == u"/wallet/crypto/address") {
        out = m_account.depositAddress(*params);
    } else if (p == u"/wallet/crypto/withdraw") {
        out = m_account.withdraw(*params);
    } else if (p.startsWith(u"/wallet/crypto/withdraw/")) {
        out = m_account.rollbackWithdrawal(lastSegment(in.path));
    } else {
        out = SandboxReply::error(404, 404, QStringLiteral("Not found"));
    }
    reply(in, out);
}
