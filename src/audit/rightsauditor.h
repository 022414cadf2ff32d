#pragma once

#include "core/apikey.h"
#include "core/error.h"
#include "core/secret.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <functional>

class ApiCall;
class ApiClient;
struct ApiResponse;

// One request of an audit, as the report shows it.
struct ProbeResult
{
    std::optional<Right> right;
    QByteArray method;
    QString path;
    int status = 0;
    int code = 0; // HitBTC error code, 0 if none
    Observed verdict = Observed::Unknown;
    QString note; // why unknown: the response or the network error
};

// The audit of one key: what was observed, right by right, and the probes behind it.
struct AuditReport
{
    QUuid keyId;
    QString keyLabel;
    AccessRights declared;
    AuditResult result;
    QList<ProbeResult> probes;
    bool keyRefused = false;
    bool cancelled = false;
    Error error; // keychain or network trouble that stopped the audit

    // Rights observed but not declared ("can do more than you think") and the reverse.
    AccessRights moreThanDeclared() const;
    AccessRights lessThanDeclared() const;
    // Observed equals declared wherever something was observed, and the key was accepted.
    bool matchesDeclared() const;
};

// Probes one key at a time with the read-only requests of the HitBTC reference: the first
// answer proves the key authenticates (401/1002 stops the audit, judging nothing); then each
// right is "has it" (2xx), "lacks it" (403/1003) or unknown. The withdraw probe, which asks to
// roll back a withdrawal that does not exist, goes to a real exchange only when asked for.
class RightsAuditor : public QObject
{
    Q_OBJECT

public:
    using SecretReader =
        std::function<void(const QUuid &id, std::function<void(const Error &, Secret)> done)>;

    RightsAuditor(ApiClient *client, SecretReader readSecret, QObject *parent = nullptr);
    ~RightsAuditor() override;

    // `baseUrl` is where the key's API lives (the running sandbox for sandbox keys).
    void start(const ApiKey &key, const QUrl &baseUrl, bool includeWithdraw);
    void cancel();
    bool isRunning() const { return m_running; }

    static constexpr int probeTimeoutMs = 15000;

Q_SIGNALS:
    void progress(int done, int total, const QString &step);
    void finished(const AuditReport &report);

private:
    struct Probe
    {
        Right right;
        QByteArray method;
        QString path;
    };

    void next();
    void onResponse(const ApiResponse &response);
    void finish();

    ApiClient *m_client;
    SecretReader m_readSecret;
    ApiKey m_key;
    QUrl m_baseUrl;
    QList<Probe> m_probes;
    qsizetype m_index = 0;
    Secret m_secret;
    AuditReport m_report;
    QPointer<ApiCall> m_call;
    bool m_running = false;
    bool m_cancelRequested = false;
};
Q_DECLARE_METATYPE(AuditReport)
