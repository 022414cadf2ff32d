#include "endpointcatalog.h"

#include <QCoreApplication>

namespace EndpointCatalog {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("EndpointCatalog", text);
}

QList<Endpoint> makeCatalog()
{
    const auto e = [](const char *method, const char *path, std::optional<Right> right,
                      bool changes, const char *description, const char *query = "",
                      const char *body = "") {
        return Endpoint {
            QByteArray(method),         QString::fromLatin1(path), right, changes, tr(description),
            QString::fromLatin1(query), QString::fromLatin1(body)};
    };
    return {
        e("GET", "/public/currency", std::nullopt, false,
          QT_TRANSLATE_NOOP("EndpointCatalog", "List currencies (public)")),
        e("GET", "/public/symbol", std::nullopt, false,
          QT_TRANSLATE_NOOP("EndpointCatalog", "List trading symbols (public)")),
        e("GET", "/public/ticker", std::nullopt, false,
          QT_TRANSLATE_NOOP("EndpointCatalog", "Tickers of all symbols (public)")),
        e("GET", "/public/ticker/{symbol}", std::nullopt, false,
          QT_TRANSLATE_NOOP("EndpointCatalog", "Ticker of one symbol (public)")),
        e("GET", "/spot/balance", Right::Read, false,
          QT_TRANSLATE_NOOP("EndpointCatalog", "Trading balance")),
        e("GET", "/spot/history/order", Right::Read, false,
          QT_TRANSLATE_NOOP("EndpointCatalog", "Order history"),
          "symbol=ETHBTC&limit=10&sort=DESC"),
        e("GET", "/spot/history/trade", Right::Read, false,
          QT_TRANSLATE_NOOP("EndpointCatalog", "Trade history"), "limit=10"),
        e("GET", "/spot/order", Right::Trade, false,
          QT_TRANSLATE_NOOP("EndpointCatalog", "Active orders")),
        e("GET", "/spot/order/{client_order_id}", Right::Trade, false,
          QT_TRANSLATE_NOOP("EndpointCatalog", "One active order by its client order id")),
        e("POST", "/spot/order", Right::Trade, true,
          QT_TRANSLATE_NOOP("EndpointCatalog", "Place an order"), "",
          R"({"symbol":"ETHBTC","side":"sell","type":"limit","quantity":"0.01","price":"0.05"})"),
        e("DELETE", "/spot/order/{client_order_id}", Right::Trade, true,
          QT_TRANSLATE_NOOP("EndpointCatalog", "Cancel one order by its client order id")),
        e("GET", "/spot/fee/{symbol}", Right::Trade, false,
          QT_TRANSLATE_NOOP("EndpointCatalog", "Trading fee of a symbol")),
        e("GET", "/wallet/balance", Right::Payment, false,
          QT_TRANSLATE_NOOP("EndpointCatalog", "Wallet balance")),
        e("GET", "/wallet/transactions", Right::Payment, false,
          QT_TRANSLATE_NOOP("EndpointCatalog", "Wallet transactions"), "limit=10"),
        e("GET", "/wallet/crypto/address", Right::Payment, false,
          QT_TRANSLATE_NOOP("EndpointCatalog", "Deposit address"), "currency=BTC"),
        e("POST", "/wallet/crypto/withdraw", Right::Withdraw, true,
          QT_TRANSLATE_NOOP("EndpointCatalog", "Withdraw cryptocurrency"), "",
          R"({"currency":"BTC","amount":"0.001","address":"bc1qsandboxaddress"})"),
        e("DELETE", "/wallet/crypto/withdraw/{id}", Right::Withdraw, true,
          QT_TRANSLATE_NOOP("EndpointCatalog", "Roll back a withdrawal")),
    };
}

bool pathMatches(QStringView pattern, QStringView path)
{
    const auto patternParts = pattern.split(u'/');
    const auto pathParts = path.split(u'/');
    if (patternParts.size() != pathParts.size()) {
        return false;
    }
    for (qsizetype i = 0; i < patternParts.size(); ++i) {
        const QStringView want = patternParts[i];
        const QStringView have = pathParts[i];
        if (want.startsWith(u'{') && want.endsWith(u'}')) {
            if (have.isEmpty()) {
                return false;
            }
        } else if (want != have) {
            return false;
        }
    }
    return true;
}

} // namespace

const QList<Endpoint> &all()
{
    static const QList<Endpoint> catalog = makeCatalog();
    return catalog;
}

std::optional<Endpoint> match(QByteArrayView method, QStringView path)
{
    if (path.startsWith(u"/api/3/")) {
        path = path.sliced(6);
    }
    for (const Endpoint &endpoint : all()) {
        if (endpoint.method == method && pathMatches(endpoint.path, path)) {
            return endpoint;
        }
    }
    return std::nullopt;
}

} // namespace EndpointCatalog
