#include "sandboxaccount.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

#include <algorithm>

namespace {

const QString currencyNames[][2] = {
    {QStringLiteral("BTC"), QStringLiteral("Bitcoin")},
    {QStringLiteral("ETH"), QStringLiteral("Ethereum")},
    {QStringLiteral("USDT"), QStringLiteral("Tether USD")},
};

QString invalid()
{
    return QStringLiteral("Validation error");
}

SandboxAccount::Amount mulDiv(SandboxAccount::Amount a, SandboxAccount::Amount b)
{
    // Both at most 10^18 in units; the product needs 128 bits before scaling back.
    __extension__ using Int128 = __int128;
    const Int128 product = static_cast<Int128>(a) * b;
    return static_cast<SandboxAccount::Amount>(product / SandboxAccount::unit);
}

} // namespace

SandboxReply SandboxReply::error(int status, int code, const QString &message,
                                 const QString &description)
{
    QJsonObject error {{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!description.isEmpty()) {
        error.insert(QStringLiteral("description"), description);
    }
    return {status, QJsonObject {{QStringLiteral("error"), error}}};
}

SandboxAccount::SandboxAccount()
{
    m_spot[QStringLiteral("BTC")] = {1 * unit, 0};
    m_spot[QStringLiteral("ETH")] = {10 * unit, 0};
    m_spot[QStringLiteral("USDT")] = {10000 * unit, 0};
    m_wallet[QStringLiteral("BTC")] = {unit / 2, 0};
    m_wallet[QStringLiteral("ETH")] = {5 * unit, 0};
    m_wallet[QStringLiteral("USDT")] = {5000 * unit, 0};
    m_symbols = {
        {QStringLiteral("ETHBTC"), QStringLiteral("ETH"), QStringLiteral("BTC"), 5000000},
        {QStringLiteral("BTCUSDT"), QStringLiteral("BTC"), QStringLiteral("USDT"), 60000 * unit},
        {QStringLiteral("ETHUSDT"), QStringLiteral("ETH"), QStringLiteral("USDT"), 3000 * unit},
    };
    const QString seeded = now();
    for (const auto &currency : currencyNames) {
        m_transactions.append({QUuid::createUuid().toString(QUuid::WithoutBraces),
                               QStringLiteral("DEPOSIT"), QStringLiteral("SUCCESS"), currency[0],
                               m_wallet[currency[0]].available,
                               QStringLiteral("sandbox-") + currency[0].toLower(), seeded, seeded});
    }
}

QString SandboxAccount::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

std::optional<SandboxAccount::Amount> SandboxAccount::parseAmount(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{1,10})(?:\\.(\\d{0,8}))?$"));
    const auto match = pattern.match(text);
    if (!match.hasMatch()) {
        return std::nullopt;
    }
    Amount whole = match.captured(1).toLongLong();
    QString fraction = match.captured(2);
    fraction = fraction.leftJustified(8, u'0');
    return whole * unit + fraction.toLongLong();
}

QString SandboxAccount::formatAmount(Amount amount)
{
    const QString fraction = QString::number(amount % unit).rightJustified(8, u'0');
    return QString::number(amount / unit) + u'.' + fraction;
}

const SandboxAccount::Symbol *SandboxAccount::findSymbol(const QString &id) const
{
    for (const Symbol &symbol : m_symbols) {
        if (symbol.id == id) {
            return &symbol;
        }
    }
    return nullptr;
}

int SandboxAccount::limitParam(const Params &params, int fallback, bool *ok)
{
    *ok = true;
    if (!params.contains(QStringLiteral("limit"))) {
        return fallback;
    }
    const int limit = params.value(QStringLiteral("limit")).toInt(ok);
    *ok = *ok && limit >= 1 && limit <= 1000;
    return limit;
}

SandboxReply SandboxAccount::currencies() const
{
    QJsonObject out;
    for (const auto &currency : currencyNames) {
        out.insert(
            currency[0],
            QJsonObject {{QStringLiteral("full_name"), currency[1]},
                         {QStringLiteral("crypto"), currency[0] != u"USDT"},
                         {QStringLiteral("payin_enabled"), true},
                         {QStringLiteral("payout_enabled"), true},
                         {QStringLiteral("transfer_enabled"), true},
                         {QStringLiteral("delisted"), false},
                         {QStringLiteral("precision_transfer"), QStringLiteral("0.00000001")},
                         {QStringLiteral("networks"), QJsonArray()}});
    }
    return {200, out};
}

SandboxReply SandboxAccount::symbols() const
{
    QJsonObject out;
    for (const Symbol &symbol : m_symbols) {
        out.insert(symbol.id,
                   QJsonObject {{QStringLiteral("type"), QStringLiteral("spot")},
                                {QStringLiteral("base_currency"), symbol.base},
                                {QStringLiteral("quote_currency"), symbol.quote},
                                {QStringLiteral("status"), QStringLiteral("working")},
                                {QStringLiteral("quantity_increment"), QStringLiteral("0.0001")},
                                {QStringLiteral("tick_size"), QStringLiteral("0.000001")},
                                {QStringLiteral("take_rate"), QStringLiteral("0.0025")},
                                {QStringLiteral("make_rate"), QStringLiteral("0.001")},
                                {QStringLiteral("fee_currency"), symbol.quote},
                                {QStringLiteral("margin_trading"), false}});
    }
    return {200, out};
}

SandboxReply SandboxAccount::tickers() const
{
    QJsonObject out;
    const QString timestamp = now();
    for (const Symbol &symbol : m_symbols) {
        const QString price = formatAmount(symbol.price);
        out.insert(symbol.id,
                   QJsonObject {{QStringLiteral("ask"), price},
                                {QStringLiteral("bid"), price},
                                {QStringLiteral("last"), price},
                                {QStringLiteral("low"), price},
                                {QStringLiteral("high"), price},
                                {QStringLiteral("open"), price},
                                {QStringLiteral("volume"), QStringLiteral("0")},
                                {QStringLiteral("volume_quote"), QStringLiteral("0")},
                                {QStringLiteral("timestamp"), timestamp}});
    }
    return {200, out};
}

QJsonValue SandboxAccount::balancesJson(const QMap<QString, Balance> &balances)
{
    QJsonArray out;
    for (auto it = balances.cbegin(); it != balances.cend(); ++it) {
        out.append(QJsonObject {{QStringLiteral("currency"), it.key()},
                                {QStringLiteral("available"), formatAmount(it->available)},
                                {QStringLiteral("reserved"), formatAmount(it->reserved)}});
    }
    return out;
}

SandboxReply SandboxAccount::spotBalance() const
{
    return {200, balancesJson(m_spot)};
}

SandboxReply SandboxAccount::walletBalance() const
{
    return {200, balancesJson(m_wallet)};
}

QJsonValue SandboxAccount::orderJson(const Order &order)
{
    QJsonObject out {{QStringLiteral("id"), order.id},
                     {QStringLiteral("client_order_id"), order.clientOrderId},
                     {QStringLiteral("symbol"), order.symbol},
                     {QStringLiteral("side"), order.side},
                     {QStringLiteral("status"), order.status},
                     {QStringLiteral("type"), order.type},
                     {QStringLiteral("time_in_force"), QStringLiteral("GTC")},
                     {QStringLiteral("quantity"), formatAmount(order.quantity)},
                     {QStringLiteral("quantity_cumulative"), formatAmount(order.filled)},
                     {QStringLiteral("post_only"), false},
                     {QStringLiteral("created_at"), order.created},
                     {QStringLiteral("updated_at"), order.updated}};
    if (order.type == u"limit" || order.filled > 0) {
        out.insert(QStringLiteral("price"), formatAmount(order.price));
    }
    if (order.filled > 0) {
        out.insert(QStringLiteral("price_average"), formatAmount(order.price));
    }
    return out;
}

SandboxReply SandboxAccount::activeOrders(const Params &params) const
{
    const QString symbol = params.value(QStringLiteral("symbol"));
    QJsonArray out;
    for (const Order &order : m_orders) {
        if (order.status == u"new" && (symbol.isEmpty() || order.symbol == symbol)) {
            out.append(orderJson(order));
        }
    }
    return {200, out};
}

SandboxReply SandboxAccount::orderHistory(const Params &params) const
{
    bool ok = false;
    const int limit = limitParam(params, 100, &ok);
    const QString sort = params.value(QStringLiteral("sort"), QStringLiteral("DESC")).toUpper();
    if (!ok || (sort != u"DESC" && sort != u"ASC")) {
        return SandboxReply::error(400, 10001, invalid(), QStringLiteral("limit or sort"));
    }
    const QString symbol = params.value(QStringLiteral("symbol"));
    QJsonArray out;
    QList<Order> orders = m_orders;
    if (sort == u"DESC") {
        std::reverse(orders.begin(), orders.end());
    }
    for (const Order &order : std::as_const(orders)) {
        if (order.status != u"new" && (symbol.isEmpty() || order.symbol == symbol)
            && out.size() < limit) {
            out.append(orderJson(order));
        }
    }
    return {200, out};
}

SandboxReply SandboxAccount::tradeHistory(const Params &params) const
{
    bool ok = false;
    const int limit = limitParam(params, 100, &ok);
    if (!ok) {
        return SandboxReply::error(400, 10001, invalid(), QStringLiteral("limit"));
    }
    const QString symbol = params.value(QStringLiteral("symbol"));
    QJsonArray out;
    for (auto it = m_trades.crbegin(); it != m_trades.crend() && out.size() < limit; ++it) {
        if (!symbol.isEmpty() && it->symbol != symbol) {
            continue;
        }
        out.append(QJsonObject {{QStringLiteral("id"), it->id},
                                {QStringLiteral("order_id"), it->orderId},
                                {QStringLiteral("client_order_id"), it->clientOrderId},
                                {QStringLiteral("symbol"), it->symbol},
                                {QStringLiteral("side"), it->side},
                                {QStringLiteral("quantity"), formatAmount(it->quantity)},
                                {QStringLiteral("price"), formatAmount(it->price)},
                                {QStringLiteral("fee"), QStringLiteral("0.00000000")},
                                {QStringLiteral("timestamp"), it->timestamp},
                                {QStringLiteral("taker"), true}});
    }
    return {200, out};
}

SandboxReply SandboxAccount::placeOrder(const Params &params)
{
    const Symbol *symbol = findSymbol(params.value(QStringLiteral("symbol")));
    const QString side = params.value(QStringLiteral("side"));
    const QString type = params.value(QStringLiteral("type"), QStringLiteral("limit"));
    const auto quantity = parseAmount(params.value(QStringLiteral("quantity")));
    if (!symbol) {
        return SandboxReply::error(400, 10001, invalid(), QStringLiteral("Unknown symbol"));
    }
    if (side != u"buy" && side != u"sell") {
        return SandboxReply::error(400, 10001, invalid(), QStringLiteral("side: buy or sell"));
    }
    if (type != u"limit" && type != u"market") {
        return SandboxReply::error(400, 10001, invalid(),
                                   QStringLiteral("type: limit or market in the sandbox"));
    }
    if (!quantity || *quantity == 0) {
        return SandboxReply::error(400, 10001, invalid(), QStringLiteral("quantity"));
    }
    Amount price = symbol->price;
    if (type == u"limit") {
        const auto given = parseAmount(params.value(QStringLiteral("price")));
        if (!given || *given == 0) {
            return SandboxReply::error(400, 10001, invalid(),
                                       QStringLiteral("price is required for a limit order"));
        }
        price = *given;
    }
    QString clientOrderId = params.value(QStringLiteral("client_order_id"));
    if (clientOrderId.isEmpty()) {
        clientOrderId = QUuid::createUuid().toString(QUuid::Id128);
    } else if (clientOrderId.size() > 64) {
        return SandboxReply::error(400, 10001, invalid(), QStringLiteral("client_order_id"));
    }
    for (const Order &order : std::as_const(m_orders)) {
        if (order.clientOrderId == clientOrderId && order.status == u"new") {
            return SandboxReply::error(400, 20008, QStringLiteral("Duplicate clientOrderId"));
        }
    }

    const bool buy = side == u"buy";
    const QString spend = buy ? symbol->quote : symbol->base;
    const Amount cost = buy ? mulDiv(*quantity, price) : *quantity;
    Balance &from = m_spot[spend];
    if (cost > from.available) {
        return SandboxReply::error(400, 20001, QStringLiteral("Insufficient funds"),
                                   QStringLiteral("Check that the funds are sufficient"));
    }

    Order order;
    order.id = m_nextOrderId++;
    order.clientOrderId = clientOrderId;
    order.symbol = symbol->id;
    order.side = side;
    order.type = type;
    order.quantity = *quantity;
    order.price = price;
    order.created = order.updated = now();
    from.available -= cost;
    if (type == u"limit") {
        // A limit order rests on the book: its funds are reserved until it is cancelled.
        order.status = QStringLiteral("new");
        from.reserved += cost;
        order.reservedAmount = cost;
        order.reservedCurrency = spend;
    } else {
        // A market order fills at once at the ticker price, with no fee in the sandbox.
        order.status = QStringLiteral("filled");
        order.filled = *quantity;
        const QString receive = buy ? symbol->base : symbol->quote;
        m_spot[receive].available += buy ? *quantity : mulDiv(*quantity, price);
        m_trades.append({m_nextTradeId++, order.id, order.clientOrderId, order.symbol, side,
                         *quantity, price, order.created});
    }
    m_orders.append(order);
    return {200, orderJson(order)};
}

SandboxReply SandboxAccount::activeOrder(const QString &clientOrderId) const
{
    for (const Order &order : m_orders) {
        if (order.clientOrderId == clientOrderId && order.status == u"new") {
            return {200, orderJson(order)};
        }
    }
    return SandboxReply::error(400, 20002, QStringLiteral("Order not found"));
}

SandboxReply SandboxAccount::ticker(const QString &symbol) const
{
    const SandboxReply all = tickers();
    const QJsonValue one = all.body[symbol];
    if (!one.isObject()) {
        return SandboxReply::error(400, 10001, invalid(), QStringLiteral("Unknown symbol"));
    }
    return {200, one};
}

SandboxReply SandboxAccount::cancelOrder(const QString &clientOrderId)
{
    for (Order &order : m_orders) {
        if (order.clientOrderId == clientOrderId && order.status == u"new") {
            Balance &balance = m_spot[order.reservedCurrency];
            balance.reserved -= order.reservedAmount;
            balance.available += order.reservedAmount;
            order.reservedAmount = 0;
            order.status = QStringLiteral("canceled");
            order.updated = now();
            return {200, orderJson(order)};
        }
    }
    return SandboxReply::error(400, 20002, QStringLiteral("Order not found"));
}

SandboxReply SandboxAccount::tradingFee(const QString &symbol) const
{
    if (!findSymbol(symbol)) {
        return SandboxReply::error(400, 10001, invalid(), QStringLiteral("Unknown symbol"));
    }
    return {200,
            QJsonObject {{QStringLiteral("symbol"), symbol},
                         {QStringLiteral("take_rate"), QStringLiteral("0.0025")},
                         {QStringLiteral("make_rate"), QStringLiteral("0.001")}}};
}

SandboxReply SandboxAccount::transactions(const Params &params) const
{
    bool ok = false;
    const int limit = limitParam(params, 100, &ok);
    if (!ok) {
        return SandboxReply::error(400, 10001, invalid(), QStringLiteral("limit"));
    }
    // Comma-separated filters, as ccxt sends them.
    const auto filter = [&params](const char *name) {
        const QString value = params.value(QString::fromLatin1(name));
        return value.isEmpty() ? QStringList() : value.toUpper().split(u',');
    };
    const QStringList types = filter("types");
    const QStringList currencies = filter("currencies");
    QJsonArray out;
    for (auto it = m_transactions.crbegin(); it != m_transactions.crend() && out.size() < limit;
         ++it) {
        if ((!types.isEmpty() && !types.contains(it->type))
            || (!currencies.isEmpty() && !currencies.contains(it->currency))) {
            continue;
        }
        out.append(QJsonObject {{QStringLiteral("id"), it->id},
                                {QStringLiteral("type"), it->type},
                                {QStringLiteral("status"), it->status},
                                {QStringLiteral("created_at"), it->created},
                                {QStringLiteral("updated_at"), it->updated},
                                {QStringLiteral("native"),
                                 QJsonObject {{QStringLiteral("tx_id"), it->id},
                                              {QStringLiteral("currency"), it->currency},
                                              {QStringLiteral("amount"), formatAmount(it->amount)},
                                              {QStringLiteral("address"), it->address}}}});
    }
    return {200, out};
}

SandboxReply SandboxAccount::depositAddress(const Params &params) const
{
    const QString currency = params.value(QStringLiteral("currency"));
    if (!m_wallet.contains(currency)) {
        return SandboxReply::error(400, 10001, invalid(), QStringLiteral("currency"));
    }
    const QString address =
        QStringLiteral("sandbox-") + currency.toLower() + QStringLiteral("-deposit-address");
    const QJsonObject entry {{QStringLiteral("currency"), currency},
                             {QStringLiteral("address"), address}};
    return {200, QJsonArray {entry}};
}

SandboxReply SandboxAccount::withdraw(const Params &params)
{
    const QString currency = params.value(QStringLiteral("currency"));
    const auto amount = parseAmount(params.value(QStringLiteral("amount")));
    const QString address = params.value(QStringLiteral("address"));
    if (!m_wallet.contains(currency) || !amount || *amount == 0 || address.isEmpty()
        || address.size() > 256) {
        return SandboxReply::error(400, 10001, invalid(),
                                   QStringLiteral("currency, amount and address are required"));
    }
    Balance &balance = m_wallet[currency];
    if (*amount > balance.available) {
        return SandboxReply::error(400, 20001, QStringLiteral("Insufficient funds"));
    }
    // Pending until rolled back: nothing ever leaves the sandbox.
    balance.available -= *amount;
    balance.reserved += *amount;
    const QString created = now();
    Transaction transaction {QUuid::createUuid().toString(QUuid::WithoutBraces),
                             QStringLiteral("WITHDRAW"),
                             QStringLiteral("PENDING"),
                             currency,
                             *amount,
                             address,
                             created,
                             created};
    m_transactions.append(transaction);
    return {200, QJsonObject {{QStringLiteral("id"), transaction.id}}};
}

SandboxReply SandboxAccount::rollbackWithdrawal(const QString &id)
{
    for (Transaction &transaction : m_transactions) {
        if (transaction.id == id && transaction.type == u"WITHDRAW"
            && transaction.status == u"PENDING") {
            Balance &balance = m_wallet[transaction.currency];
            balance.reserved -= transaction.amount;
            balance.available += transaction.amount;
            transaction.status = QStringLiteral("ROLLED_BACK");
            transaction.updated = now();
            return {200, QJsonObject {{QStringLiteral("result"), true}}};
        }
    }
    return SandboxReply::error(400, 20005, QStringLiteral("Payout not found"));
}
