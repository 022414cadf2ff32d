#include "net/apierror.h"

#include <QTest>

// HitBTC error bodies as the exchange and the sandbox send them, and bodies that are not.
class TestApiError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("meaning");
        QTest::addColumn<QString>("message");
        QTest::newRow("403") << QByteArray(
            R"({"error":{"code":1003,"message":"Action is forbidden )"
            R"(for this API key","description":"x"}})")
                             << 1003 << int(ApiError::Meaning::RightMissing)
                             << QStringLiteral("Action is forbidden for this API key");
        QTest::newRow("code as string")
            << QByteArray(R"({"error":{"code":"1002","message":"Authorization failed"}})") << 1002
            << int(ApiError::Meaning::AuthorisationFailed)
            << QStringLiteral("Authorization failed");
        QTest::newRow("429") << QByteArray(R"({"error":{"code":429,"message":"Too many"}})") << 429
                             << int(ApiError::Meaning::TooManyRequests)
                             << QStringLiteral("Too many");
        QTest::newRow("unknown code")
            << QByteArray(R"({"error":{"code":2011,"message":"m"}})") << 2011
            << int(ApiError::Meaning::Other) << QStringLiteral("m");
    }

    void decodes()
    {
        QFETCH(QByteArray, body);
        QFETCH(int, code);
        QFETCH(int, meaning);
        QFETCH(QString, message);
        const auto error = ApiError::decode(body);
        QVERIFY(error);
        QCOMPARE(error->code, code);
        QCOMPARE(int(error->meaning()), meaning);
        QCOMPARE(error->message, message);
        if (error->meaning() != ApiError::Meaning::Other) {
            QVERIFY(!error->explanation().isEmpty());
        }
    }

    void refusesWhatIsNotAnError_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("html") << QByteArray("<html>502 Bad Gateway</html>");
        QTest::newRow("array") << QByteArray("[1,2]");
        QTest::newRow("no error") << QByteArray(R"({"result":1})");
        QTest::newRow("error string") << QByteArray(R"({"error":"nope"})");
        QTest::newRow("no code") << QByteArray(R"({"error":{"message":"m"}})");
        QTest::newRow("code fraction") << QByteArray(R"({"error":{"code":1.5}})");
        QTest::newRow("code huge") << QByteArray(R"({"error":{"code":1e300}})");
        QTest::newRow("code text") << QByteArray(R"({"error":{"code":"abc"}})");
        QTest::newRow("truncated") << QByteArray(R"({"error":{"code":10)");
        QTest::newRow("deep") << QByteArray(5000, '[');
    }

    void refusesWhatIsNotAnError()
    {
        QFETCH(QByteArray, body);
        QVERIFY(!ApiError::decode(body));
    }
};

QTEST_GUILESS_MAIN(TestApiError)
#include "tst_apierror.moc"
