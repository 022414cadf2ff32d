#pragma once

#include <QByteArray>
#include <QHash>
#include <QJsonValue>
#include <QList>
#include <QMap>
#include <QString>

// A reply of the fake exchange: an HTTP status and a JSON body (HitBTC's error form on errors).
struct SandboxReply
{
    int status = 200;
    QJsonValue body;

    static SandboxReply error(int status, int code, const QString &message,
                              const QString &description = {});
};

// The small, consistent fake account behind the sandbox: balances, orders, trades and
// withdrawals, kept in memory and reset on restart. Amounts are fixed-point (8 decimals), so
// what is reserved and moved adds up exactly.
class SandboxAccount
{
public:
    using Params = QMap<QString, QString>;
    using Amount = qint64; // units of 1e-8
    static constexpr Amount unit = 100000000;

    SandboxAccount();

    // Public data.
    SandboxReply currencies() const;
    SandboxReply symbols() const;
    SandboxReply tickers() const;
    SandboxReply ticker(const QString &symbol) const;

    // read
    SandboxReply spotBalance() const;
    SandboxReply orderHistory(const Params &params) const;
    SandboxReply tradeHistory(const Params &params) const;
    // trade
    SandboxReply activeOrders(const Params &params) const;
    SandboxReply activeOrder(const QString &clientOrderId) const;
    SandboxReply placeOrder(const Params &params);
    SandboxReply cancelOrder(const QString &clientOrderId);
    SandboxReply tradingFee(const QString &symbol) const;
    // payment
    SandboxReply walletBalance() const;
    SandboxReply transactions(const Params &params) const;
    SandboxReply depositAddress(const Params &params) const;
    // withdraw
    SandboxReply withdraw(const Params &params);
    SandboxReply rollbackWithdrawal(const QString &id);

    // "0.063" -> 6300000; nothing for anything but a plain non-negative decimal of at most 8
    // decimals and at most 10^10 in value.
    static std::optional<Amount> parseAmount(const QString &text);
    static QString formatAmount(Amount amount);

private:
    struct Balance
    {
        Amount available = 0;
        Amount reserved = 0;
    };
    struct Symbol
    {
        QString id;
        QString base;
        QString quote;
        Amount price;
    };
    struct Order
    {
        qint64 id = 0;
        QString clientOrderId;
        QString symbol;
        QString side;
        QString type;
        QString status;
        Amount quantity = 0;
        Amount filled = 0;
        Amount price = 0;
        Amount reservedAmount = 0;
        QString reservedCurrency;
        QString created;
        QString updated;
    };
    struct Trade
    {
        qint64 id = 0;
        qint64 orderId = 0;
        QString clientOrderId;
        QString symbol;
        QString side;
        Amount quantity = 0;
        Amount price = 0;
        QString timestamp;
    };
    struct Transaction
    {
        QString id;
        QString type; // DEPOSIT, WITHDRAW
        QString status; // SUCCESS, PENDING, ROLLED_BACK
        QString currency;
        Amount amount = 0;
        QString address;
        QString created;
        QString updated;
    };

    const Symbol *findSymbol(const QString &id) const;
    static QJsonValue orderJson(const Order &order);
    static QJsonValue balancesJson(const QMap<QString, Balance> &balances);
    static int limitParam(const Params &params, int fallback, bool *ok);
    static QString now();

    QMap<QString, Balance> m_spot;
    QMap<QString, Balance> m_wallet;
    QList<Symbol> m_symbols;
    QList<Order> m_orders; // every order, active or not, oldest first
    QList<Trade> m_trades;
    QList<Transaction> m_transactions;
    qint64 m_nextOrderId = 1;
    qint64 m_nextTradeId = 1;
};
