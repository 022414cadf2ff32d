// keyrack-cli commands that talk HitBTC's API: sign, call, audit and sandbox.

#include "audit/auditreportwriter.h"
#include "audit/keyrisks.h"
#include "audit/rightsauditor.h"
#include "cli/cliapp.h"
#include "cli/clicommon.h"
#include "cli/terminal.h"
#include "net/apiclient.h"
#include "net/requestsigner.h"
#include "sandbox/sandboxaddress.h"
#include "sandbox/sandboxserver.h"
#include "storage/atomicfile.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QSocketNotifier>

#include <csignal>
#include <unistd.h>

using namespace Cli;

namespace {

int s_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const auto written = ::write(s_signalPipe[1], &byte, 1);
}

std::optional<qint64> numberOption(const QCommandLineParser &parser,
                                   const QCommandLineOption &option, qint64 min, qint64 max,
                                   Error *error)
{
    if (!parser.isSet(option)) {
        return std::nullopt;
    }
    bool ok = false;
    const qint64 value = parser.value(option).toLongLong(&ok);
    if (!ok || value < min || value > max) {
        *error = Error::make(
            ErrorKind::Invalid,
            QCoreApplication::translate("CliApp", "--%1 must be a whole number from %2 to %3")
                .arg(option.names().constFirst())
                .arg(min)
                .arg(max));
        return std::nullopt;
    }
    return value;
}

QString visible(const QByteArray &bytes)
{
    // The string to sign as text, with what a terminal would hide made visible.
    QString out;
    for (const char c : bytes) {
        const auto u = static_cast<unsigned char>(c);
        if (u == '\n') {
            out += QStringLiteral("\\n");
        } else if (u == '\r') {
            out += QStringLiteral("\\r");
        } else if (u == '\t') {
            out += QStringLiteral("\\t");
        } else if (u < 0x20 || u == 0x7F) {
            out += QStringLiteral("\\x%1").arg(u, 2, 16, QLatin1Char('0'));
        } else {
            out += QLatin1Char(c);
        }
    }
    return QString::fromUtf8(out.toLatin1());
}

} // namespace

Error CliApp::requestFromArguments(const QCommandLineParser &parser, const ApiKey &key,
                                   ApiRequest *request)
{
    const QStringList positional = parser.positionalArguments();
    request->method = positional[2].toUpper().toLatin1();
    static const QList<QByteArray> methods = {"GET", "POST", "PUT", "PATCH", "DELETE"};
    if (!methods.contains(request->method)) {
        return Error::make(
            ErrorKind::Invalid,
            tr("unknown method \"%1\": use GET, POST, PUT, PATCH or DELETE").arg(positional[2]));
    }
    request->path = positional[3];
    if (request->path.contains(u'?')) {
        return Error::make(ErrorKind::Invalid, tr("put the query in --query, not in PATH"));
    }
    request->query = parser.value(queryOption).toUtf8();
    if (request->query.startsWith('?')) {
        request->query.remove(0, 1);
    }
    request->body = parser.value(bodyOption).toUtf8();
    request->publicKey = key.publicKey.toUtf8();
    Error error;
    request->window = numberOption(parser, windowOption, 1, RequestSigner::maximumWindowMs, &error);
    if (error.isError()) {
        return error;
    }
    if (key.environment.isSandbox()) {
        const auto url = SandboxAddress::find(m_dataDir);
        if (url) {
            request->baseUrl = *url;
        }
    } else {
        request->baseUrl = key.environment.baseUrl();
    }
    return Error::ok();
}

int CliApp::cmdSign(QCommandLineParser &parser)
{
    ApiKey key;
    if (const Error error = requireKey(parser, &key, 3); error.isError()) {
        return fail(error);
    }
    ApiRequest request;
    if (const Error error = requestFromArguments(parser, key, &request); error.isError()) {
        return fail(error);
    }
    Error error;
    const auto timestamp = numberOption(parser, timestampOption, 0, 999999999999999LL, &error);
    if (error.isError()) {
        return fail(error);
    }
    if (!key.enabled) {
        return fail(Error::make(ErrorKind::Invalid,
                                tr("\"%1\" is switched OFF: Keyrack does not sign with it. Run "
                                   "keyrack-cli enable first.")
                                    .arg(key.label)));
    }
    request.baseUrl =
        request.baseUrl.isEmpty() ? QUrl(QStringLiteral("http://127.0.0.1")) : request.baseUrl;
    const QUrl url = ApiClient::requestUrl(request);
    SignInput input {request.method,
                     url.path(QUrl::FullyEncoded).toUtf8(),
                     url.query(QUrl::FullyEncoded).toUtf8(),
                     request.body,
                     timestamp.value_or(QDateTime::currentMSecsSinceEpoch()),
                     request.window};
    SignedRequest result;
    Error readError;
    waitFor([&](std::function<void()> finished) {
        m_repository->readSecret(key.id, [&, finished](const Error &e, Secret secret) {
            readError = e;
            if (!e.isError()) {
                result = RequestSigner::signHs256(input, request.publicKey, secret);
            }
            finished();
        });
    });
    if (readError.isError()) {
        return fail(readError);
    }
    const bool knownUrl =
        key.environment.isSandbox() ? SandboxAddress::find(m_dataDir).has_value() : true;
    if (parser.isSet(jsonOption)) {
        Terminal::printOut(json(QJsonObject {
            {QStringLiteral("stringToSign"), QString::fromUtf8(result.stringToSign)},
            {QStringLiteral("signature"), QString::fromLatin1(result.signature)},
            {QStringLiteral("authorization"), QString::fromLatin1(result.authorization)},
            {QStringLiteral("timestamp"), input.timestamp},
            {QStringLiteral("url"), knownUrl ? QJsonValue(url.toString()) : QJsonValue()}}));
        return Ok;
    }
    Terminal::printOut(
        tr("String to sign: %1\nSignature:      %2\nAuthorization:  %3\n"
           "URL:            %4\n")
            .arg(visible(result.stringToSign), QString::fromLatin1(result.signature),
                 QString::fromLatin1(result.authorization),
                 knownUrl
                     ? url.toString()
                     : tr("(no sandbox running; path %1)").arg(QString::fromUtf8(input.path))));
    return Ok;
}

int CliApp::cmdCall(QCommandLineParser &parser)
{
    ApiKey key;
    if (const Error error = requireKey(parser, &key, 3); error.isError()) {
        return fail(error);
    }
    ApiRequest request;
    if (const Error error = requestFromArguments(parser, key, &request); error.isError()) {
        return fail(error);
    }
    Error error;
    request.timeoutMs =
        static_cast<int>(numberOption(parser, timeoutOption, 100, 600000, &error).value_or(15000));
    if (error.isError()) {
        return fail(error);
    }
    if (!key.enabled) {
        return fail(Error::make(ErrorKind::Invalid,
                                tr("\"%1\" is switched OFF: Keyrack does not sign with it. Run "
                                   "keyrack-cli enable first.")
                                    .arg(key.label)));
    }
    if (request.baseUrl.isEmpty()) {
        return fail(Error::make(ErrorKind::Network,
                                tr("No sandbox is running for this data directory: start keyrack "
                                   "or keyrack-cli sandbox first.")));
    }
    if (parser.isSet(basicOption)) {
        request.auth = ApiRequest::Auth::Basic;
        Terminal::printErr(tr("keyrack-cli: warning: Basic authentication sends the secret itself "
                              "with the request.\n"));
    }

    ApiResponse response;
    Error readError;
    ApiClient client;
    waitFor([&](std::function<void()> finished) {
        m_repository->readSecret(key.id, [&, finished](const Error &e, Secret secret) {
            readError = e;
            if (e.isError()) {
                finished();
                return;
            }
            ApiCall *call = client.send(request, std::move(secret));
            QObject::connect(call, &ApiCall::finished, call,
                             [&response, finished](const ApiResponse &r) {
                                 response = r;
                                 finished();
                             });
        });
    });
    if (readError.isError()) {
        return fail(readError);
    }
    if (response.isSuccess()) {
        if (const Error used = m_repository->markUsed(key.id); used.isError()) {
            Terminal::printErr(tr("keyrack-cli: warning: %1\n").arg(used.message));
        }
    }
    const int code = response.error.isError() ? exitCodeFor(response.error)
        : response.isSuccess()                ? Ok
                                              : HttpError;
    if (parser.isSet(jsonOption)) {
        QJsonValue body = QString::fromUtf8(response.body);
        const QJsonDocument parsed = QJsonDocument::fromJson(response.body);
        if (parsed.isObject()) {
            body = parsed.object();
        } else if (parsed.isArray()) {
            body = parsed.array();
        }
        Terminal::printOut(json(
            QJsonObject {{QStringLiteral("status"), response.status},
                         {QStringLiteral("timeMs"), response.elapsedMs},
                         {QStringLiteral("body"), body},
                         {QStringLiteral("error"),
                          response.error.isError()
                              ? QJsonValue(response.error.message)
                              : (response.apiError ? QJsonValue(response.apiError->explanation())
                                                   : QJsonValue())}}));
        return code;
    }
    if (response.error.isError()) {
        Terminal::printErr(tr("keyrack-cli: %1\n").arg(response.error.message));
        return code;
    }
    Terminal::printOut(tr("HTTP %1 in %2 ms\n").arg(response.status).arg(response.elapsedMs));
    Terminal::printOut(QString::fromUtf8(response.body) + u'\n');
    if (response.apiError && !response.apiError->explanation().isEmpty()) {
        Terminal::printErr(tr("keyrack-cli: %1\n").arg(response.apiError->explanation()));
    }
    return code;
}

int CliApp::cmdSandbox(QCommandLineParser &parser)
{
    if (parser.positionalArguments().size() != 1) {
        return usage(tr("sandbox takes no arguments"));
    }
    Error error;
    const auto port = numberOption(parser, portOption, 0, 65535, &error);
    const auto rateLimit = numberOption(parser, rateLimitOption, 1, 100000, &error);
    if (error.isError()) {
        return fail(error);
    }
    QHostAddress host(QHostAddress::LocalHost);
    if (parser.isSet(hostOption) && !host.setAddress(parser.value(hostOption))) {
        return usage(tr("--host must be an IP address, such as 127.0.0.1"));
    }
    if (!host.isLoopback()) {
        Terminal::printErr(tr("keyrack-cli: warning: %1 is not a loopback address; Keyrack signs "
                              "requests over plain HTTP only to loopback.\n")
                               .arg(host.toString()));
    }
    if (const Error open = openRepository(parser); open.isError()) {
        return fail(open);
    }
    m_store->setWatching(true);
    // Each request is printed on standard output below; the log category would repeat it.
    QLoggingCategory::setFilterRules(QStringLiteral("keyrack.sandbox.info=false"));
    SandboxServer server(m_repository.get());
    if (rateLimit) {
        server.setRateLimit(static_cast<int>(*rateLimit));
    }
    if (const Error started = server.start(host, static_cast<quint16>(port.value_or(0)));
        started.isError()) {
        return fail(started);
    }
    if (const Error published = SandboxAddress::publish(m_dataDir, server.url());
        published.isError()) {
        Terminal::printErr(tr("keyrack-cli: warning: %1\n").arg(published.message));
    }
    Terminal::printOut(QStringLiteral("listening on %1\n").arg(server.url().toString()));
    QObject::connect(
        &server, &SandboxServer::requestLogged, &server,
        [](const SandboxLogEntry &entry) { Terminal::printOut(entry.toString() + u'\n'); });

    if (::pipe(s_signalPipe) != 0) {
        return fail(Error::make(ErrorKind::Invalid, tr("cannot set up signal handling")));
    }
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    ::sigaction(SIGINT, &action, nullptr);
    ::sigaction(SIGTERM, &action, nullptr);
    QEventLoop loop;
    QSocketNotifier notifier(s_signalPipe[0], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &loop, &QEventLoop::quit);
    loop.exec();
    SandboxAddress::withdraw(m_dataDir);
    Terminal::printErr(tr("keyrack-cli: sandbox stopped.\n"));
    return Ok;
}

int CliApp::cmdAudit(QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    const bool all = parser.isSet(allOption);
    if (all == (positional.size() == 2) || positional.size() > 2) {
        return usage(tr("name one key, or give --all"));
    }
    std::optional<AuditReportWriter::Format> reportFormat;
    if (parser.isSet(reportOption)) {
        reportFormat = AuditReportWriter::formatForFile(parser.value(reportOption));
        if (!reportFormat) {
            return usage(tr("--report FILE must end in .html, .json or .csv"));
        }
    }
    QList<ApiKey> keys;
    if (all) {
        if (const Error error = openRepository(parser); error.isError()) {
            return fail(error);
        }
        keys = m_repository->keys();
    } else {
        ApiKey key;
        if (const Error error = requireKey(parser, &key); error.isError()) {
            return fail(error);
        }
        keys = {key};
    }

    ApiClient client;
    RightsAuditor auditor(&client, [this](const QUuid &id, auto done) {
        m_repository->readSecret(id, std::move(done));
    });
    const auto sandboxUrl = SandboxAddress::find(m_dataDir);
    QJsonArray results;
    int exitCode = Ok;
    for (const ApiKey &key : std::as_const(keys)) {
        if (all && !key.enabled) {
            results.append(QJsonObject {{QStringLiteral("label"), key.label},
                                        {QStringLiteral("skipped"), tr("switched OFF")}});
            if (!parser.isSet(jsonOption)) {
                Terminal::printOut(tr("\"%1\": switched OFF, not audited\n").arg(key.label));
            }
            continue;
        }
        const QUrl baseUrl =
            key.environment.isSandbox() ? sandboxUrl.value_or(QUrl()) : key.environment.baseUrl();
        AuditReport report;
        waitFor([&](std::function<void()> finished) {
            QObject::connect(
                &auditor, &RightsAuditor::finished, &auditor,
                [&report, finished](const AuditReport &r) {
                    report = r;
                    finished();
                },
                Qt::SingleShotConnection);
            auditor.start(key, baseUrl, parser.isSet(includeWithdrawOption));
        });
        if (!report.error.isError() && !report.cancelled) {
            if (const Error saved = m_repository->setAudit(key.id, report.result);
                saved.isError()) {
                report.error = saved;
            }
        }
        QJsonObject rights;
        QStringList cells;
        for (const Right right : AccessRights::allRights) {
            const QString observed = AuditResult::observedName(report.result.observed(right));
            rights.insert(AccessRights::shortName(right),
                          QJsonObject {{QStringLiteral("declared"), key.rights.has(right)},
                                       {QStringLiteral("observed"), observed}});
            cells << QStringLiteral("%1 %2/%3")
                         .arg(AccessRights::shortName(right),
                              key.rights.has(right) ? tr("yes") : tr("no"), observed);
        }
        results.append(QJsonObject {{QStringLiteral("label"), key.label},
                                    {QStringLiteral("id"), key.idString()},
                                    {QStringLiteral("rights"), rights},
                                    {QStringLiteral("keyRefused"), report.keyRefused},
                                    {QStringLiteral("matches"), report.matchesDeclared()},
                                    {QStringLiteral("summary"), report.result.summary}});
        if (!parser.isSet(jsonOption)) {
            Terminal::printOut(
                QStringLiteral("\"%1\": %2 -- %3\n")
                    .arg(key.label, cells.join(QStringLiteral(", ")), report.result.summary));
        }
        if (report.error.isError()) {
            exitCode = std::max(exitCode, exitCodeFor(report.error));
        } else if (!report.matchesDeclared() && exitCode == Ok) {
            exitCode = RightsDiffer;
        }
    }
    if (parser.isSet(jsonOption)) {
        Terminal::printOut(json(results));
    }
    if (reportFormat) {
        const QByteArray bytes = AuditReportWriter::write(*reportFormat, m_repository->keys(),
                                                          KeyRisks::defaultReminderDays,
                                                          QDateTime::currentDateTimeUtc());
        if (const Error error = writeFileAtomically(parser.value(reportOption), bytes,
                                                    tr("Cannot write the report"));
            error.isError()) {
            return fail(error);
        }
    }
    return exitCode;
}
