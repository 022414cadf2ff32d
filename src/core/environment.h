#pragma once

#include <QString>
#include <QUrl>

#include <optional>

// Where a key lives: the embedded sandbox, HitBTC, HitBTC's demo, or a custom compatible API.
class Environment
{
public:
    enum class Kind {
        Sandbox,
        HitBtc,
        HitBtcDemo,
        Custom,
    };

    Environment() = default; // the sandbox
    static Environment sandbox() { return {}; }
    static Environment hitbtc() { return Environment(Kind::HitBtc, {}); }
    static Environment hitbtcDemo() { return Environment(Kind::HitBtcDemo, {}); }

    // Accepts "sandbox", "hitbtc", "hitbtc-demo", an https:// base URL, or an http:// URL of a
    // loopback host. A trailing "/api/3" is dropped. On failure returns nullopt and sets *error.
    static std::optional<Environment> parse(const QString &text, QString *error);

    Kind kind() const { return m_kind; }
    bool isSandbox() const { return m_kind == Kind::Sandbox; }
    // The stable identifier stored in the metadata file: the name, or the custom base URL.
    QString id() const;
    // Base URL of the API (without /api/3); empty for the sandbox, whose address is only
    // known while it runs.
    QUrl baseUrl() const;
    QString displayName() const;

    static bool isLoopbackHost(const QString &host);

    friend bool operator==(const Environment &a, const Environment &b)
    {
        return a.m_kind == b.m_kind && a.m_customUrl == b.m_customUrl;
    }

private:
    Environment(Kind kind, QUrl customUrl)
        : m_kind(kind)
        , m_customUrl(std::move(customUrl))
    { }

    Kind m_kind = Kind::Sandbox;
    QUrl m_customUrl;
};
