#include "environment.h"

#include <QCoreApplication>

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Environment", text);
}
} // namespace

std::optional<Environment> Environment::parse(const QString &text, QString *error)
{
    const QString trimmed = text.trimmed();
    const QString lower = trimmed.toLower();
    if (lower == u"sandbox") {
        return sandbox();
    }
    if (lower == u"hitbtc") {
        return hitbtc();
    }
    if (lower == u"hitbtc-demo") {
        return hitbtcDemo();
    }

    const QUrl url(trimmed, QUrl::StrictMode);
    const auto fail = [error](const QString &message) -> std::optional<Environment> {
        if (error) {
            *error = message;
        }
        return std::nullopt;
    };
    if (!url.isValid() || url.scheme().isEmpty() || url.host().isEmpty()) {
        return fail(tr("Unknown environment \"%1\": use sandbox, hitbtc, hitbtc-demo or an "
                       "https:// base URL.")
                        .arg(trimmed));
    }
    const QString scheme = url.scheme().toLower();
    if (scheme == u"http") {
        if (!isLoopbackHost(url.host())) {
            return fail(tr("Refusing %1: signed requests go over https:// only (plain http:// is "
                           "allowed for loopback hosts).")
                            .arg(trimmed));
        }
    } else if (scheme != u"https") {
        return fail(tr("Unsupported scheme in %1: use an https:// base URL.").arg(trimmed));
    }
    if (!url.userInfo().isEmpty() || url.hasQuery() || url.hasFragment()) {
        return fail(tr("The base URL %1 must not carry user information, a query or a fragment.")
                        .arg(trimmed));
    }

    QUrl base = url.adjusted(QUrl::StripTrailingSlash | QUrl::NormalizePathSegments);
    base.setScheme(scheme);
    base.setHost(url.host().toLower());
    QString path = base.path();
    while (path.contains(u"//")) {
        path.replace(QStringLiteral("//"), QStringLiteral("/"));
    }
    if (path.endsWith(u"/api/3")) {
        path.chop(6);
    }
    while (path.endsWith(u'/')) {
        path.chop(1);
    }
    base.setPath(path);
    if (base == QUrl(QStringLiteral("https://api.hitbtc.com"))) {
        return hitbtc();
    }
    if (base == QUrl(QStringLiteral("https://api.demo.hitbtc.com"))) {
        return hitbtcDemo();
    }
    return Environment(Kind::Custom, base);
}

QString Environment::id() const
{
    switch (m_kind) {
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    case Kind::HitBtc:
        return QStringLiteral("hitbtc");
    case Kind::HitBtcDemo:
        return QStringLiteral("hitbtc-demo");
    case Kind::Custom:
        return m_customUrl.toString();
    }
    return {};
}

QUrl Environment::baseUrl() const
{
    switch (m_kind) {
    case Kind::Sandbox:
        return {};
    case Kind::HitBtc:
        return QUrl(QStringLiteral("https://api.hitbtc.com"));
    case Kind::HitBtcDemo:
        return QUrl(QStringLiteral("https://api.demo.hitbtc.com"));
    case Kind::Custom:
        return m_customUrl;
    }
    return {};
}

QString Environment::displayName() const
{
    switch (m_kind) {
    case Kind::Sandbox:
        return tr("Sandbox");
    case Kind::HitBtc:
        return tr("HitBTC");
    case Kind::HitBtcDemo:
        return tr("HitBTC demo");
    case Kind::Custom:
        return m_customUrl.host();
    }
    return {};
}

bool Environment::isLoopbackHost(const QString &host)
{
    // QtCore only here, so the loopback forms are recognised by hand: localhost, 127.0.0.0/8, ::1.
    if (host.compare(u"localhost", Qt::CaseInsensitive) == 0 || host == u"::1"
        || host == u"0:0:0:0:0:0:0:1") {
        return true;
    }
    const QStringList parts = host.split(u'.');
    if (parts.size() != 4) {
        return false;
    }
    for (const QString &part : parts) {
        bool ok = false;
        const int value = part.toInt(&ok);
        if (!ok || value < 0 || value > 255 || part.size() > 3) {
            return false;
        }
    }
    return parts.first() == u"127";
}
