#include "core/secret.h"
#include "net/endpointcatalog.h"
#include "net/requestsigner.h"

#include <QTest>

using namespace Qt::StringLiterals;

// The signer against the public vectors of ../shared/reference/hitbtc-api-v3.md and the header
// parser the sandbox uses against what the signer writes and against garbage.
class TestRequestSigner : public QObject
{
    Q_OBJECT

private:
    static Secret secret(const char *text)
    {
        QByteArray bytes(text);
        return Secret::adopt(bytes);
    }

private Q_SLOTS:
    void referenceVectors_data()
    {
        QTest::addColumn<QByteArray>("method");
        QTest::addColumn<QString>("path");
        QTest::addColumn<QByteArray>("query");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<qint64>("window");
        QTest::addColumn<QByteArray>("message");
        QTest::addColumn<QByteArray>("signature");
        QTest::addColumn<QByteArray>("header");

        const QByteArray order =
            R"({"symbol":"ETHBTC","side":"sell","quantity":"0.063","price":"0.046016"})";
        QTest::newRow("1 GET balance")
            << QByteArray("GET") << u"/spot/balance"_s << QByteArray() << QByteArray() << qint64(-1)
            << QByteArray("GET/api/3/spot/balance1700000000000")
            << QByteArray("af37628aa0d05e7f9f544642b8bea7d792c0401293b48398fe07da882bc00550")
            << QByteArray("HS256 dGVzdFB1YmxpY0tleTEyMzphZjM3NjI4YWEwZDA1ZTdmOWY1NDQ2NDJiOGJlYTdk"
                          "NzkyYzA0MDEyOTNiNDgzOThmZTA3ZGE4ODJiYzAwNTUwOjE3MDAwMDAwMDAwMDA=");
        QTest::newRow("2 GET with query")
            << QByteArray("GET") << u"/api/3/spot/history/order"_s
            << QByteArray("symbol=ETHBTC&limit=10&sort=DESC") << QByteArray() << qint64(-1)
            << QByteArray("GET/api/3/spot/history/order?symbol=ETHBTC&limit=10&sort=DESC"
                          "1700000000000")
            << QByteArray("23ecc943af5baf2f007a2f466baa598379b0afc8478914f7f56a6a71fa70935b")
            << QByteArray();
        QTest::newRow("3 POST order")
            << QByteArray("POST") << u"spot/order"_s << QByteArray() << order << qint64(-1)
            << QByteArray("POST/api/3/spot/order" + order + "1700000000000")
            << QByteArray("f62f6456c9675a177ec80c1b3d7942d4f398b49446b9"
                          "0b836f605c311045700c")
            << QByteArray();
        QTest::newRow("3 POST order, window 10000")
            << QByteArray("POST") << u"/spot/order"_s << QByteArray() << order << qint64(10000)
            << QByteArray("POST/api/3/spot/order" + order + "170000000000010000")
            << QByteArray("8d9df2bd5d0d09a46b710c6a6ee73c45cd2b70965a6aca38fee514c3daef72dd")
            << QByteArray(
                   "HS256 dGVzdFB1YmxpY0tleTEyMzo4ZDlkZjJiZDVkMGQwOWE0NmI3MTBjNmE2ZWU3M2M0N"
                   "WNkMmI3MDk2NWE2YWNhMzhmZWU1MTRjM2RhZWY3MmRkOjE3MDAwMDAwMDAwMDA6MTAwMDA=");
    }

    void referenceVectors()
    {
        QFETCH(QByteArray, method);
        QFETCH(QString, path);
        QFETCH(QByteArray, query);
        QFETCH(QByteArray, body);
        QFETCH(qint64, window);
        QFETCH(QByteArray, message);
        QFETCH(QByteArray, signature);
        QFETCH(QByteArray, header);

        SignInput input {method, RequestSigner::apiPath(path), query, body, 1700000000000, {}};
        if (window >= 0) {
            input.window = window;
        }
        const SignedRequest signedRequest =
            RequestSigner::signHs256(input, "testPublicKey123", secret("testSecretKey456"));
        QCOMPARE(signedRequest.stringToSign, message);
        QCOMPARE(signedRequest.signature, signature);
        if (!header.isEmpty()) {
            QCOMPARE(signedRequest.authorization, header);
        }

        // What the sandbox reads back is what was signed.
        const auto parsed = RequestSigner::parseAuthorization(signedRequest.authorization);
        QVERIFY(parsed.authorization);
        QCOMPARE(parsed.authorization->scheme, ParsedAuthorization::Scheme::Hs256);
        QCOMPARE(parsed.authorization->publicKey, QByteArray("testPublicKey123"));
        QCOMPARE(parsed.authorization->signature, signature);
        QCOMPARE(parsed.authorization->timestamp, 1700000000000);
        QCOMPARE(parsed.authorization->window.value_or(-1), window);
    }

    void apiPathAcceptsBothForms_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("short") << u"/spot/balance"_s;
        QTest::newRow("no slash") << u"spot/balance"_s;
        QTest::newRow("full") << u"/api/3/spot/balance"_s;
        QTest::newRow("spaces") << u"  /spot/balance "_s;
    }

    void apiPathAcceptsBothForms()
    {
        QFETCH(QString, path);
        QCOMPARE(RequestSigner::apiPath(path), QByteArray("/api/3/spot/balance"));
    }

    void basicCarriesTheSecret()
    {
        const QByteArray header = RequestSigner::basicAuthorization("pub", secret("sec"));
        QCOMPARE(header, "Basic " + QByteArray("pub:sec").toBase64());
        const auto parsed = RequestSigner::parseAuthorization(header);
        QVERIFY(parsed.authorization);
        QCOMPARE(parsed.authorization->scheme, ParsedAuthorization::Scheme::Basic);
        QCOMPARE(parsed.authorization->publicKey, QByteArray("pub"));
        QCOMPARE(parsed.authorization->basicSecret, QByteArray("sec"));
    }

    void malformedHeadersAreRefused_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<int>("problem");
        const auto b64 = [](const QByteArray &text) {
            return text.toBase64();
        };
        const QByteArray sig(64, 'a');
        const int missing = int(AuthorizationProblem::Missing);
        const int unsupported = int(AuthorizationProblem::UnsupportedScheme);
        const int malformed = int(AuthorizationProblem::Malformed);
        QTest::newRow("empty") << QByteArray() << missing;
        QTest::newRow("blank") << QByteArray("   ") << missing;
        QTest::newRow("bearer") << QByteArray("Bearer abc") << unsupported;
        QTest::newRow("v2 HS256 lookalike") << QByteArray("HMAC abc") << unsupported;
        QTest::newRow("scheme only") << QByteArray("HS256") << malformed;
        QTest::newRow("bad base64") << QByteArray("HS256 !!!notbase64!!!") << malformed;
        QTest::newRow("two parts") << "HS256 " + b64("key:" + sig) << malformed;
        QTest::newRow("five parts") << "HS256 " + b64("key:" + sig + ":1:2:3") << malformed;
        QTest::newRow("short signature") << "HS256 " + b64("key:abc:1700000000000") << malformed;
        QTest::newRow("letters in timestamp")
            << "HS256 " + b64("key:" + sig + ":17000000000x0") << malformed;
        QTest::newRow("negative timestamp") << "HS256 " + b64("key:" + sig + ":-1") << malformed;
        QTest::newRow("huge timestamp")
            << "HS256 " + b64("key:" + sig + ":99999999999999999999999") << malformed;
        QTest::newRow("letters in window")
            << "HS256 " + b64("key:" + sig + ":1700000000000:ten") << malformed;
        QTest::newRow("empty key") << "HS256 " + b64(":" + sig + ":1700000000000") << malformed;
        QTest::newRow("basic without colon") << "Basic " + b64("justakey") << malformed;
        QTest::newRow("basic empty secret") << "Basic " + b64("key:") << malformed;
        QTest::newRow("huge") << "HS256 " + QByteArray(100000, 'A') << malformed;
        QTest::newRow("binary") << QByteArray("HS256 \x01\x02\xff\xfe", 10) << malformed;
    }

    void malformedHeadersAreRefused()
    {
        QFETCH(QByteArray, header);
        QFETCH(int, problem);
        const auto parsed = RequestSigner::parseAuthorization(header);
        QVERIFY(!parsed.authorization);
        QCOMPARE(int(parsed.problem), problem);
    }

    void constantTimeEquals()
    {
        QVERIFY(RequestSigner::constantTimeEquals("abc", "abc"));
        QVERIFY(!RequestSigner::constantTimeEquals("abc", "abd"));
        QVERIFY(!RequestSigner::constantTimeEquals("abc", "abcd"));
        QVERIFY(RequestSigner::constantTimeEquals("", ""));
    }

    void catalogueMatchesPathsWithPlaceholders()
    {
        const auto cancel = EndpointCatalog::match("DELETE", u"/api/3/spot/order/abc123");
        QVERIFY(cancel);
        QCOMPARE(cancel->right, std::optional<Right>(Right::Trade));
        QVERIFY(cancel->changesState);
        QCOMPARE(EndpointCatalog::match("GET", u"/spot/balance")->right,
                 std::optional<Right>(Right::Read));
        QCOMPARE(EndpointCatalog::match("GET", u"/public/ticker")->right, std::optional<Right>());
        QVERIFY(!EndpointCatalog::match("DELETE", u"/spot/order"));
        QVERIFY(!EndpointCatalog::match("GET", u"/spot/nothing"));
        QVERIFY(!EndpointCatalog::match("DELETE", u"/spot/order/"));
        // Every right has at least one endpoint, so the panel and the audit can test each.
        for (const Right right : {Right::Read, Right::Trade, Right::Payment, Right::Withdraw}) {
            QVERIFY(std::any_of(EndpointCatalog::all().cbegin(), EndpointCatalog::all().cend(),
                                [right](const Endpoint &e) { return e.right == right; }));
        }
    }
};

QTEST_GUILESS_MAIN(TestRequestSigner)
#include "tst_requestsigner.moc"
