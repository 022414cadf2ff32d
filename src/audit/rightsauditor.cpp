#include "rightsauditor.h"

#include "net/apiclient.h"

#include <QTimer>

namespace {

QString describe(const ApiResponse &response)
{
    if (response.error.isError()) {
        return response.error.message;
    }
    QString text = QStringLiteral("HTTP %1").arg(response.status);
    if (response.apiError) {
        text +=
            QStringLiteral(" (%1 %2)").arg(response.apiError->code).arg(response.apiError->message);
    } else if (!response.body.isEmpty()) {
        text += u' ' + QString::fromUtf8(response.body.left(200));
    }
    return text;
}

} // namespace

AccessRights AuditReport::moreThanDeclared() const
{
    AccessRights out;
    for (const Right right : AccessRights::allRights) {
        if (result.observed(right) == Observed::Yes && !declared.has(right)) {
            out.set(right);
        }
    }
    return out;
}

AccessRights AuditReport::lessThanDeclared() const
{
    AccessRights out;
    for (const Right right : AccessRights::allRights) {
        if (result.observed(right) == Observed::No && declared.has(right)) {
            out.set(right);
        }
    }
    return out;
}

bool AuditReport::matchesDeclared() const
{
    return !keyRefused && !error.isError() && !cancelled && moreThanDeclared().isNone()
        && lessThanDeclared().isNone();
}

RightsAuditor::RightsAuditor(ApiClient *client, SecretReader readSecret, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_readSecret(std::move(readSecret))
{ }

RightsAuditor::~RightsAuditor()
{
    if (m_call) {
        m_call->disconnect(this);
        m_call->cancel();
    }
}

void RightsAuditor::start(const ApiKey &key, const QUrl &baseUrl, bool includeWithdraw)
{
    Q_ASSERT(!m_running);
    m_running = true;
    m_cancelRequested = false;
    m_key = key;
    m_baseUrl = baseUrl;
    m_index = 0;
    m_report = {};
    m_report.keyId = key.id;
    m_report.keyLabel = key.label;
    m_report.declared = key.rights;
    m_report.result.time = QDateTime::currentDateTimeUtc();
    for (const Right right : AccessRights::allRights) {
        m_report.result.setObserved(right, Observed::Unknown);
    }
    m_probes = {
        {Right::Read, "GET", QStringLiteral("/spot/balance")},
        {Right::Trade, "GET", QStringLiteral("/spot/order")},
        {Right::Payment, "GET", QStringLiteral("/wallet/balance")},
    };
    // The sandbox has nothing to lose; a real exchange only when the user opted in.
    if (includeWithdraw || key.environment.isSandbox()) {
        m_probes.append({Right::Withdraw, "DELETE",
                         QStringLiteral("/wallet/crypto/withdraw/")
                             + QUuid::createUuid().toString(QUuid::WithoutBraces)});
    } else {
        m_report.result.setObserved(Right::Withdraw, Observed::NotProbed);
    }

    if (!key.enabled) {
        m_report.error = Error::make(ErrorKind::Invalid,
                                     tr("\"%1\" is switched OFF in Keyrack: Keyrack does not sign "
                                        "with it, so it was not probed.")
                                         .arg(key.label));
        QTimer::singleShot(0, this, &RightsAuditor::finish);
        return;
    }
    if (baseUrl.isEmpty()) {
        m_report.error =
            Error::make(ErrorKind::Network, tr("No sandbox is running for this data directory."));
        QTimer::singleShot(0, this, &RightsAuditor::finish);
        return;
    }
    Q_EMIT progress(0, static_cast<int>(m_probes.size()),
                    tr("Reading the secret from the keychain"));
    QPointer<RightsAuditor> self(this);
    m_readSecret(key.id, [self](const Error &error, Secret secret) {
        if (!self) {
            return;
        }
        if (error.isError()) {
            self->m_report.error = error;
            self->finish();
            return;
        }
        self->m_secret = std::move(secret);
        self->next();
    });
}

void RightsAuditor::cancel()
{
    if (!m_running) {
        return;
    }
    m_cancelRequested = true;
    if (m_call) {
        m_call->cancel();
    }
}

void RightsAuditor::next()
{
    if (m_cancelRequested) {
        m_report.cancelled = true;
        finish();
        return;
    }
    if (m_index >= m_probes.size()) {
        finish();
        return;
    }
    const Probe &probe = m_probes[m_index];
    Q_EMIT progress(static_cast<int>(m_index), static_cast<int>(m_probes.size()),
                    tr("Probing \"%1\"").arg(AccessRights::title(probe.right)));
    ApiRequest request;
    request.baseUrl = m_baseUrl;
    request.method = probe.method;
    request.path = probe.path;
    request.publicKey = m_key.publicKey.toUtf8();
    request.timeoutMs = probeTimeoutMs;
    QByteArray copy = m_secret.reveal();
    m_call = m_client->send(request, Secret::adopt(copy));
    connect(m_call, &ApiCall::finished, this, &RightsAuditor::onResponse);
}

void RightsAuditor::onResponse(const ApiResponse &response)
{
    m_call = nullptr;
    const Probe &probe = m_probes[m_index];
    ProbeResult result {probe.right,
                        probe.method,
                        probe.path,
                        response.status,
                        response.apiError ? response.apiError->code : 0,
                        Observed::Unknown,
                        {}};
    if (response.error.kind == ErrorKind::Cancelled) {
        m_report.cancelled = true;
        finish();
        return;
    }
    if (response.status == 0 && response.error.isError()) {
        // The exchange cannot be reached: the other probes would fail the same way.
        m_report.error = response.error;
        result.note = response.error.message;
        m_report.probes.append(result);
        finish();
        return;
    }
    const bool refused = response.status == 401;
    if (refused && m_index == 0) {
        // Nothing can be judged of a key the exchange does not accept.
        m_report.keyRefused = true;
        m_report.result.summary =
            tr("key refused: switched off on the exchange, wrong secret, or clock skew");
        for (const Right right : AccessRights::allRights) {
            if (m_report.result.observed(right) != Observed::NotProbed) {
                m_report.result.setObserved(right, Observed::Unknown);
            }
        }
        result.note = describe(response);
        m_report.probes.append(result);
        finish();
        return;
    }
    if (response.status >= 200 && response.status < 300) {
        result.verdict = Observed::Yes;
    } else if (response.status == 403 && result.code == 1003) {
        result.verdict = Observed::No;
    } else if (probe.right == Right::Withdraw && response.status == 400
               && (result.code == 20005 || result.code == 10001)) {
        // Rolling back a withdrawal that does not exist got past the rights check.
        result.verdict = Observed::Yes;
    } else {
        result.note = describe(response);
    }
    m_report.result.setObserved(probe.right, result.verdict);
    m_report.probes.append(result);
    ++m_index;
    next();
}

void RightsAuditor::finish()
{
    m_secret.wipe();
    m_running = false;
    if (m_report.result.summary.isEmpty()) {
        if (m_report.error.isError()) {
            m_report.result.summary = m_report.error.message;
        } else if (m_report.cancelled) {
            m_report.result.summary = tr("cancelled");
        } else if (m_report.matchesDeclared()) {
            m_report.result.summary = tr("as declared");
        } else {
            QStringList parts;
            if (!m_report.moreThanDeclared().isNone()) {
                parts << tr("can do more than declared: %1")
                             .arg(m_report.moreThanDeclared().shortNames().join(u", "));
            }
            if (!m_report.lessThanDeclared().isNone()) {
                parts << tr("declared but refused: %1")
                             .arg(m_report.lessThanDeclared().shortNames().join(u", "));
            }
            m_report.result.summary = parts.join(u"; ");
        }
    }
    Q_EMIT progress(static_cast<int>(m_probes.size()), static_cast<int>(m_probes.size()),
                    m_report.result.summary);
    Q_EMIT finished(m_report);
}
