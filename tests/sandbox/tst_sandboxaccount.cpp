#include "sandbox/sandboxaccount.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// The fake account's arithmetic: amounts parse and format exactly, and what orders and
// withdrawals reserve always adds back up.
class TestSandboxAccount : public QObject
{
    Q_OBJECT

private:
    static SandboxAccount::Amount total(const SandboxReply &balances, const QString &currency)
    {
        for (const QJsonValue &entry : balances.body.toArray()) {
            if (entry[u"currency"_s].toString() == currency) {
                return *SandboxAccount::parseAmount(entry[u"available"_s].toString())
                    + *SandboxAccount::parseAmount(entry[u"reserved"_s].toString());
            }
        }
        return -1;
    }

private Q_SLOTS:
    void amounts_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("units");
        QTest::addColumn<QString>("formatted");
        QTest::newRow("whole") << u"1"_s << qint64(100000000) << u"1.00000000"_s;
        QTest::newRow("fraction") << u"0.063"_s << qint64(6300000) << u"0.06300000"_s;
        QTest::newRow("eight decimals") << u"0.00000001"_s << qint64(1) << u"0.00000001"_s;
        QTest::newRow("trailing dot") << u"5."_s << qint64(500000000) << u"5.00000000"_s;
        QTest::newRow("large") << u"9999999999.99999999"_s << qint64(999999999999999999)
                               << u"9999999999.99999999"_s;
    }

    void amounts()
    {
        QFETCH(QString, text);
        QFETCH(qint64, units);
        QFETCH(QString, formatted);
        QCOMPARE(SandboxAccount::parseAmount(text), std::optional<qint64>(units));
        QCOMPARE(SandboxAccount::formatAmount(units), formatted);
    }

    void badAmounts_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad :
             {"", "-1", "1e5", "0.000000001", "12345678901", "1,5", " 1", "abc", ".5", "0x10"}) {
            QTest::newRow(bad) << QString::fromLatin1(bad);
        }
    }

    void badAmounts()
    {
        QFETCH(QString, text);
        QVERIFY(!SandboxAccount::parseAmount(text));
    }

    void ordersAndWithdrawalsConserveFunds()
    {
        SandboxAccount account;
        const auto ethBefore = total(account.spotBalance(), u"ETH"_s);
        const auto btcBefore = total(account.spotBalance(), u"BTC"_s);
        QList<QString> ids;
        for (int i = 0; i < 5; ++i) {
            const SandboxReply placed =
                account.placeOrder({{u"symbol"_s, u"ETHBTC"_s},
                                    {u"side"_s, i % 2 ? u"buy"_s : u"sell"_s},
                                    {u"quantity"_s, u"0.3"_s},
                                    {u"price"_s, u"0.0512"_s}});
            QCOMPARE(placed.status, 200);
            ids << placed.body[u"client_order_id"_s].toString();
        }
        // Reserved, not spent: the totals are unchanged while orders rest.
        QCOMPARE(total(account.spotBalance(), u"ETH"_s), ethBefore);
        QCOMPARE(total(account.spotBalance(), u"BTC"_s), btcBefore);
        QCOMPARE(account.activeOrders({}).body.toArray().size(), 5);
        for (const QString &id : ids) {
            QCOMPARE(account.cancelOrder(id).status, 200);
        }
        QCOMPARE(account.activeOrders({}).body.toArray().size(), 0);
        QCOMPARE(total(account.spotBalance(), u"ETH"_s), ethBefore);

        const SandboxReply tooMuch = account.withdraw(
            {{u"currency"_s, u"BTC"_s}, {u"amount"_s, u"100"_s}, {u"address"_s, u"x"_s}});
        QCOMPARE(tooMuch.status, 400);
        QCOMPARE(tooMuch.body[u"error"_s][u"code"_s].toInt(), 20001);
    }
};

QTEST_GUILESS_MAIN(TestSandboxAccount)
#include "tst_sandboxaccount.moc"
