// One-time codes against the RFC 6238 and RFC 4648 vectors, verification with drift and replay,
// and the otpauth:// URI authenticator apps scan.
#include "core/totp.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

namespace {

// RFC 6238 Appendix B's SHA-1 key.
QByteArray rfcKey()
{
    return QByteArrayLiteral("12345678901234567890");
}

// A time in the middle of the test vectors' range; its step is 37037037.
constexpr qint64 s_now = 1111111111;
constexpr qint64 s_step = s_now / 30;

} // namespace

class TestTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void base32Encode_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        // RFC 4648 section 10, without the padding.
        QTest::newRow("empty") << QByteArray() << QString();
        QTest::newRow("f") << QByteArrayLiteral("f") << QStringLiteral("MY");
        QTest::newRow("fo") << QByteArrayLiteral("fo") << QStringLiteral("MZXQ");
        QTest::newRow("foo") << QByteArrayLiteral("foo") << QStringLiteral("MZXW6");
        QTest::newRow("foob") << QByteArrayLiteral("foob") << QStringLiteral("MZXW6YQ");
        QTest::newRow("fooba") << QByteArrayLiteral("fooba") << QStringLiteral("MZXW6YTB");
        QTest::newRow("foobar") << QByteArrayLiteral("foobar") << QStringLiteral("MZXW6YTBOI");
        QTest::newRow("rfc 6238 key")
            << rfcKey() << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        QTest::newRow("all bits") << QByteArray(5, '\xff') << QStringLiteral("77777777");
    }

    void base32Encode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QCOMPARE(Totp::base32Encode(bytes), text);
    }

    void base32Decode_data() { base32Encode_data(); }

    void base32Decode()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        const std::optional<QByteArray> decoded = Totp::base32Decode(text);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, bytes);
    }

    void base32DecodeLenient_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QByteArray>("bytes");
        QTest::newRow("lower case") << QStringLiteral("mzxw6ytboi") << QByteArrayLiteral("foobar");
        QTest::newRow("mixed case") << QStringLiteral("mZxW6yTbOi") << QByteArrayLiteral("foobar");
        QTest::newRow("grouped by four")
            << QStringLiteral("MZXW 6YTB OI") << QByteArrayLiteral("foobar");
        QTest::newRow("padded") << QStringLiteral("MZXW6YTBOI======")
                                << QByteArrayLiteral("foobar");
        QTest::newRow("padded f") << QStringLiteral("MY======") << QByteArrayLiteral("f");
        QTest::newRow("only spaces and padding") << QStringLiteral(" = = ") << QByteArray();
    }

    void base32DecodeLenient()
    {
        QFETCH(QString, text);
        QFETCH(QByteArray, bytes);
        const std::optional<QByteArray> decoded = Totp::base32Decode(text);
        QVERIFY(decoded.has_value());
        QCOMPARE(*decoded, bytes);
    }

    void base32DecodeInvalid_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("1") << QStringLiteral("MZXW1");
        QTest::newRow("8") << QStringLiteral("MZXW8");
        QTest::newRow("!") << QStringLiteral("MZXW6!");
        QTest::newRow("0") << QStringLiteral("0");
        QTest::newRow("tab") << QStringLiteral("MZXW\t6");
        QTest::newRow("non-ASCII letter") << QString(QChar(0x00c4));
    }

    void base32DecodeInvalid()
    {
        QFETCH(QString, text);
        QVERIFY(!Totp::base32Decode(text).has_value());
    }

    void base32RoundTrip()
    {
        for (int size = 0; size <= 41; ++size) {
            QByteArray bytes(size, Qt::Uninitialized);
            for (int i = 0; i < size; ++i) {
                bytes[i] = char(i * 37 + size);
            }
            const std::optional<QByteArray> decoded = Totp::base32Decode(Totp::base32Encode(bytes));
            QVERIFY(decoded.has_value());
            QCOMPARE(*decoded, bytes);
        }
    }

    void code_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<QString>("eightDigits");
        // RFC 6238 Appendix B, SHA-1.
        QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
        QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
        QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("14050471");
        QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
        QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
        QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("65353130");
    }

    void code()
    {
        QFETCH(qint64, time);
        QFETCH(QString, eightDigits);
        QCOMPARE(Totp::code(rfcKey(), time, 8), eightDigits);
        // Six digits are the same number modulo 10^6: the last six.
        QCOMPARE(Totp::code(rfcKey(), time, 6), eightDigits.right(6));
        QCOMPARE(Totp::code(rfcKey(), time), eightDigits.right(6));
    }

    void codeSameWithinStep()
    {
        QCOMPARE(Totp::code(rfcKey(), 30), Totp::code(rfcKey(), 59));
        QVERIFY(Totp::code(rfcKey(), 59) != Totp::code(rfcKey(), 60));
        // A longer period stretches the step: 59 s at 60 s per step is step 0.
        QCOMPARE(Totp::code(rfcKey(), 59, 6, 60), Totp::code(rfcKey(), 0));
    }

    void codeRefusesBadParameters()
    {
        QVERIFY(Totp::code(QByteArray(), s_now).isEmpty());
        QVERIFY(Totp::code(rfcKey(), -1).isEmpty());
        QVERIFY(Totp::code(rfcKey(), s_now, 5).isEmpty());
        QVERIFY(Totp::code(rfcKey(), s_now, 9).isEmpty());
        QVERIFY(Totp::code(rfcKey(), s_now, 6, 0).isEmpty());
    }

    void verify_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<qint64>("lastUsedStep");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<qint64>("step");

        const QByteArray key = rfcKey();
        const QString current = Totp::code(key, s_now);
        QString wrong = current;
        wrong[5] = QChar(char16_t(u'0' + (wrong.at(5).unicode() - u'0' + 1) % 10));
        QString letter = current;
        letter[2] = u'a';

        QTest::newRow("current") << current << qint64(-1) << true << s_step;
        QTest::newRow("previous") << Totp::code(key, s_now - 30) << qint64(-1) << true
                                  << s_step - 1;
        QTest::newRow("next") << Totp::code(key, s_now + 30) << qint64(-1) << true << s_step + 1;
        QTest::newRow("two steps back")
            << Totp::code(key, s_now - 60) << qint64(-1) << false << qint64(0);
        QTest::newRow("two steps ahead")
            << Totp::code(key, s_now + 60) << qint64(-1) << false << qint64(0);
        QTest::newRow("wrong digit") << wrong << qint64(-1) << false << qint64(0);
        QTest::newRow("spaced") << current.left(3) + u' ' + current.mid(3) << qint64(-1) << true
                                << s_step;
        QTest::newRow("surrounding spaces")
            << u' ' + current + u' ' << qint64(-1) << true << s_step;
        QTest::newRow("five digits") << current.left(5) << qint64(-1) << false << qint64(0);
        QTest::newRow("seven digits") << current + u'0' << qint64(-1) << false << qint64(0);
        QTest::newRow("eight-digit code")
            << Totp::code(key, s_now, 8) << qint64(-1) << false << qint64(0);
        QTest::newRow("letter") << letter << qint64(-1) << false << qint64(0);
        QTest::newRow("non-ASCII digits")
            << QString(6, QChar(0x0661)) << qint64(-1) << false << qint64(0);
        QTest::newRow("empty") << QString() << qint64(-1) << false << qint64(0);
        QTest::newRow("replayed") << current << s_step << false << qint64(0);
        QTest::newRow("previous after current was used")
            << Totp::code(key, s_now - 30) << s_step << false << qint64(0);
        QTest::newRow("next after current was used")
            << Totp::code(key, s_now + 30) << s_step << true << s_step + 1;
        QTest::newRow("current after previous was used") << current << s_step - 1 << true << s_step;
    }

    void verify()
    {
        QFETCH(QString, code);
        QFETCH(qint64, lastUsedStep);
        QFETCH(bool, accepted);
        QFETCH(qint64, step);
        const std::optional<qint64> matched = Totp::verify(rfcKey(), code, s_now, lastUsedStep);
        QCOMPARE(matched.has_value(), accepted);
        if (accepted) {
            QCOMPARE(*matched, step);
        }
    }

    void verifyAtFirstStep()
    {
        // Step 0 has no previous step to fall back to.
        const std::optional<qint64> matched = Totp::verify(rfcKey(), Totp::code(rfcKey(), 0), 10);
        QVERIFY(matched.has_value());
        QCOMPARE(*matched, qint64(0));
        QVERIFY(!Totp::verify(QByteArray(), Totp::code(rfcKey(), 0), 10).has_value());
    }

    void provisioningUri_data()
    {
        QTest::addColumn<QString>("account");
        QTest::addColumn<QString>("issuer");
        QTest::newRow("plain") << QStringLiteral("alice") << QStringLiteral("Keyrack");
        QTest::newRow("space and colon")
            << QStringLiteral("alice smith:work") << QStringLiteral("Keyrack");
        QTest::newRow("issuer with query characters")
            << QStringLiteral("bob@example.com") << QStringLiteral("Key&Rack=1 ?#");
    }

    void provisioningUri()
    {
        QFETCH(QString, account);
        QFETCH(QString, issuer);
        const QByteArray key = rfcKey();
        const QString uri = Totp::provisioningUri(key, account, issuer);

        const QUrl url(uri, QUrl::StrictMode);
        QVERIFY2(url.isValid(), qPrintable(url.errorString()));
        QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
        QCOMPARE(url.host(), QStringLiteral("totp"));

        // Exactly one literal ':' separates the label's issuer and account.
        const QString label = url.path(QUrl::FullyEncoded);
        QVERIFY(label.startsWith(u'/'));
        const QStringList parts = label.mid(1).split(u':');
        QCOMPARE(parts.size(), 2);
        QCOMPARE(QUrl::fromPercentEncoding(parts.at(0).toLatin1()), issuer);
        QCOMPARE(QUrl::fromPercentEncoding(parts.at(1).toLatin1()), account);

        const QUrlQuery query(url);
        const QString secret = query.queryItemValue(QStringLiteral("secret"), QUrl::FullyDecoded);
        QCOMPARE(secret, QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
        QCOMPARE(Totp::base32Decode(secret), std::optional<QByteArray>(key));
        QCOMPARE(query.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded), issuer);
        QCOMPARE(query.queryItemValue(QStringLiteral("algorithm")), QStringLiteral("SHA1"));
        QCOMPARE(query.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
        QCOMPARE(query.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
        QCOMPARE(query.queryItems().size(), 5);
    }

    void provisioningUriDefaultIssuer()
    {
        QCOMPARE(Totp::provisioningUri(rfcKey(), QStringLiteral("alice smith:work")),
                 QStringLiteral("otpauth://totp/Keyrack:alice%20smith%3Awork"
                                "?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Keyrack"
                                "&algorithm=SHA1&digits=6&period=30"));
    }

    void generateKey()
    {
        const QByteArray first = Totp::generateKey();
        const QByteArray second = Totp::generateKey();
        QCOMPARE(first.size(), Totp::keySize);
        QCOMPARE(second.size(), Totp::keySize);
        QVERIFY(first != second);
        QCOMPARE(Totp::code(first, s_now).size(), 6);
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
