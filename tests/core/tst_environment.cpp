// Where a key lives: names, https base URLs, and plain http only to loopback.
#include "core/environment.h"

#include <QTest>

class TestEnvironment : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("id"); // empty: refused
        QTest::addColumn<QString>("baseUrl");
        QTest::newRow("sandbox") << QStringLiteral("sandbox") << QStringLiteral("sandbox")
                                 << QString();
        QTest::newRow("hitbtc") << QStringLiteral("HitBTC") << QStringLiteral("hitbtc")
                                << QStringLiteral("https://api.hitbtc.com");
        QTest::newRow("demo") << QStringLiteral("hitbtc-demo") << QStringLiteral("hitbtc-demo")
                              << QStringLiteral("https://api.demo.hitbtc.com");
        QTest::newRow("hitbtc by url")
            << QStringLiteral("https://api.hitbtc.com/api/3/") << QStringLiteral("hitbtc")
            << QStringLiteral("https://api.hitbtc.com");
        QTest::newRow("custom") << QStringLiteral("https://api.example.com/api/3")
                                << QStringLiteral("https://api.example.com")
                                << QStringLiteral("https://api.example.com");
        QTest::newRow("custom with prefix")
            << QStringLiteral("https://Ex.com/proxy/") << QStringLiteral("https://ex.com/proxy")
            << QStringLiteral("https://ex.com/proxy");
        QTest::newRow("loopback http")
            << QStringLiteral("http://127.0.0.1:8080") << QStringLiteral("http://127.0.0.1:8080")
            << QStringLiteral("http://127.0.0.1:8080");
        QTest::newRow("localhost http")
            << QStringLiteral("http://localhost:9") << QStringLiteral("http://localhost:9")
            << QStringLiteral("http://localhost:9");
        QTest::newRow("ipv6 loopback")
            << QStringLiteral("http://[::1]:8080") << QStringLiteral("http://[::1]:8080")
            << QStringLiteral("http://[::1]:8080");
        QTest::newRow("remote http")
            << QStringLiteral("http://api.example.com") << QString() << QString();
        QTest::newRow("lookalike loopback")
            << QStringLiteral("http://127.0.0.1.evil.com") << QString() << QString();
        QTest::newRow("ftp") << QStringLiteral("ftp://example.com") << QString() << QString();
        QTest::newRow("word") << QStringLiteral("binance") << QString() << QString();
        QTest::newRow("credentials")
            << QStringLiteral("https://user:pw@example.com") << QString() << QString();
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, id);
        QFETCH(QString, baseUrl);
        QString error;
        const std::optional<Environment> environment = Environment::parse(text, &error);
        if (id.isEmpty()) {
            QVERIFY(!environment);
            QVERIFY(!error.isEmpty());
            return;
        }
        QVERIFY2(environment, qPrintable(error));
        QCOMPARE(environment->id(), id);
        QCOMPARE(environment->baseUrl().toString(), baseUrl);
        // What is stored reads back the same.
        QCOMPARE(*Environment::parse(environment->id(), nullptr), *environment);
    }

    void loopback()
    {
        QVERIFY(Environment::isLoopbackHost(QStringLiteral("127.0.0.1")));
        QVERIFY(Environment::isLoopbackHost(QStringLiteral("127.1.2.3")));
        QVERIFY(Environment::isLoopbackHost(QStringLiteral("::1")));
        QVERIFY(!Environment::isLoopbackHost(QStringLiteral("128.0.0.1")));
        QVERIFY(!Environment::isLoopbackHost(QStringLiteral("127.0.0.256")));
        QVERIFY(!Environment::isLoopbackHost(QStringLiteral("10.0.0.1")));
    }
};

QTEST_GUILESS_MAIN(TestEnvironment)
#include "tst_environment.moc"
