// The four rights of HitBTC's page, their names, and what needs a confirmation.
#include "core/accessrights.h"

#include <QTest>

class TestAccessRights : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QStringList>("names");
        QTest::newRow("one") << QStringLiteral("read") << true
                             << QStringList {QStringLiteral("read")};
        QTest::newRow("several, spaced, any case")
            << QStringLiteral(" Trade , read,WITHDRAW") << true
            << QStringList {QStringLiteral("read"), QStringLiteral("trade"),
                            QStringLiteral("withdraw")};
        QTest::newRow("all") << QStringLiteral("all") << true
                             << QStringList {QStringLiteral("read"), QStringLiteral("trade"),
                                             QStringLiteral("payment"), QStringLiteral("withdraw")};
        QTest::newRow("unknown") << QStringLiteral("read,fly") << false << QStringList();
        QTest::newRow("empty") << QStringLiteral(",") << false << QStringList();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(bool, valid);
        QFETCH(QStringList, names);
        QString error;
        const std::optional<AccessRights> rights = AccessRights::parse(text, &error);
        QCOMPARE(rights.has_value(), valid);
        if (valid) {
            QCOMPARE(rights->shortNames(), names);
            QVERIFY(error.isEmpty());
        } else {
            QVERIFY(error.contains(QStringLiteral("read, trade, payment")));
        }
    }

    void pageWording()
    {
        QCOMPARE(AccessRights::title(Right::Read),
                 QStringLiteral("Order book, History, Trading balance"));
        QCOMPARE(AccessRights::title(Right::Trade), QStringLiteral("Place/cancel orders"));
        QCOMPARE(AccessRights::title(Right::Payment), QStringLiteral("Payment information"));
        QCOMPARE(AccessRights::title(Right::Withdraw), QStringLiteral("Withdraw cryptocurrencies"));
    }

    void setsAndSensitivity()
    {
        AccessRights rights;
        QVERIFY(rights.isNone());
        rights.set(Right::Read);
        rights.set(Right::Payment);
        QVERIFY(!rights.hasSensitive());
        QCOMPARE(rights.count(), 2);
        rights.set(Right::Withdraw);
        QVERIFY(rights.hasSensitive());
        rights.set(Right::Trade);
        QVERIFY(rights.isAll());
        QCOMPARE(rights, AccessRights::all());
        rights.set(Right::Withdraw, false);
        QVERIFY(!rights.isAll());
        QCOMPARE(AccessRights::all().minus(rights).shortNames(),
                 QStringList {QStringLiteral("withdraw")});
        QCOMPARE(rights.unite(AccessRights::all()), AccessRights::all());
    }
};

QTEST_GUILESS_MAIN(TestAccessRights)
#include "tst_accessrights.moc"
