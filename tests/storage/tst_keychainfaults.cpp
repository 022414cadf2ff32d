// The vault against keychains that cannot be used. Each case is run by ctest in the session it
// is about (see CMakeLists.txt) and first checks that premise, so it fails rather than passes
// in the wrong setting.
#include "storage/keychainvault.h"

#include <QTest>
#include <QUuid>

namespace {

struct Answer
{
    bool finished = false;
    Error error;
};

Answer write(KeychainVault &vault, const QString &entry)
{
    Answer answer;
    QByteArray bytes("secret-value");
    const Secret secret = Secret::adopt(bytes);
    vault.writeSecret(entry, QString(), secret, [&answer](const Error &error) {
        answer = {true, error};
    });
    [&]() {
        QTRY_VERIFY_WITH_TIMEOUT(answer.finished, 15000);
    }();
    return answer;
}

Answer read(KeychainVault &vault, const QString &entry)
{
    Answer answer;
    vault.readSecret(entry, [&answer](const Error &error, Secret) { answer = {true, error}; });
    [&]() {
        QTRY_VERIFY_WITH_TIMEOUT(answer.finished, 15000);
    }();
    return answer;
}

} // namespace

class TestKeychainFaults : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Run by tests/keyring-session.sh --locked: the login keyring exists but is locked.
    void lockedKeyring()
    {
        KeychainVault vault;
        const QString entry = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const Answer written = write(vault, entry);
        QCOMPARE(written.error.kind, ErrorKind::Keychain);
        QVERIFY2(written.error.message.contains(QStringLiteral("locked")),
                 qPrintable(written.error.message));

        // A locked keyring reads as "not found" inside QtKeychain; it must not reach the user
        // as "your secret is missing".
        const Answer got = read(vault, entry);
        QCOMPARE(got.error.kind, ErrorKind::Keychain);
        QVERIFY2(got.error.message.contains(QStringLiteral("locked")),
                 qPrintable(got.error.message));
        QVERIFY(!got.error.message.contains(QStringLiteral("missing")));
    }

    // Run with a dead bus address, and on a bus where no Secret Service can start.
    void noService()
    {
        KeychainVault vault;
        const Answer written = write(vault, QStringLiteral("entry"));
        QCOMPARE(written.error.kind, ErrorKind::Keychain);
        QVERIFY2(written.error.message.contains(QStringLiteral("No keychain service is running")),
                 qPrintable(written.error.message));
        const Answer got = read(vault, QStringLiteral("entry"));
        QCOMPARE(got.error.kind, ErrorKind::Keychain);
        QVERIFY2(got.error.message.contains(QStringLiteral("No keychain service is running")),
                 qPrintable(got.error.message));
    }
};

QTEST_GUILESS_MAIN(TestKeychainFaults)
#include "tst_keychainfaults.moc"
