// The vault against keychains that cannot be used. Each case is run by ctest in the session it
// is about (see CMakeLists.txt) and first checks that premise, so it fails rather than passes
// in the wrong setting.
#include "storage/keychainindex.h"
#include "storage/keychainvault.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QElapsedTimer>
#include <QProcess>
#include <QTemporaryDir>
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

Answer remove(KeychainVault &vault, const QString &entry)
{
    Answer answer;
    vault.removeSecret(entry, [&answer](const Error &error) { answer = {true, error}; });
    [&]() {
        QTRY_VERIFY_WITH_TIMEOUT(answer.finished, 15000);
    }();
    return answer;
}

Answer listEntries(KeychainIndex &index)
{
    Answer answer;
    index.list([&answer](const Error &error, QList<KeychainIndex::Entry>) {
        answer = {true, error};
    });
    [&]() {
        QTRY_VERIFY_WITH_TIMEOUT(answer.finished, 15000);
    }();
    return answer;
}

// The timeout answer, on time: not before the wait is up, and not long after.
void checkTimedOut(const Answer &answer, const QElapsedTimer &timer)
{
    QCOMPARE(answer.error.kind, ErrorKind::Keychain);
    QVERIFY2(answer.error.message.contains(QStringLiteral("did not answer within 1.5 s")),
             qPrintable(answer.error.message));
    QVERIFY2(timer.elapsed() >= 1400 && timer.elapsed() < 4000,
             qPrintable(QString::number(timer.elapsed())));
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
        KeychainIndex index;
        const Answer listed = listEntries(index);
        QCOMPARE(listed.error.kind, ErrorKind::Keychain);
        QVERIFY2(listed.error.message.contains(QStringLiteral("No keychain service is running")),
                 qPrintable(listed.error.message));
    }

    // Run by silentsecretservice: org.freedesktop.secrets is owned by a service that never
    // answers, as a keyring waiting at an unlock prompt nobody sees.
    void silentKeychain()
    {
        QDBusConnectionInterface *bus = QDBusConnection::sessionBus().interface();
        QVERIFY2(bus && bus->isServiceRegistered(QStringLiteral("org.freedesktop.secrets")),
                 "run under silentsecretservice (see CMakeLists.txt)");
        qputenv("KEYRACK_KEYCHAIN_TIMEOUT_MS", "1500");
        KeychainVault vault;
        const QString entry = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QElapsedTimer timer;
        timer.start();
        checkTimedOut(write(vault, entry), timer);
        timer.start();
        const Answer got = read(vault, entry);
        checkTimedOut(got, timer);
        QVERIFY(!got.error.message.contains(QStringLiteral("missing")));
        timer.start();
        checkTimedOut(remove(vault, entry), timer);
        KeychainIndex index;
        timer.start();
        checkTimedOut(listEntries(index), timer);

        // Through the repository: an import leaves no row, a key's secret is not "missing", and
        // a delete keeps the key.
        QTemporaryDir dir;
        MetadataStore store(dir.path());
        KeyRepository repository(&store, &vault);
        QVERIFY(!repository.load().isError());
        Answer imported;
        QByteArray bytes("secret-value");
        repository.importKey(NewKey {QStringLiteral("silent"), QStringLiteral("PUB-SILENT"),
                                     Environment::hitbtc(), QString()},
                             Secret::adopt(bytes), [&imported](const Error &error, const QUuid &) {
                                 imported = {true, error};
                             });
        QTRY_VERIFY_WITH_TIMEOUT(imported.finished, 15000);
        QCOMPARE(imported.error.kind, ErrorKind::Keychain);
        QVERIFY2(imported.error.message.contains(QStringLiteral("did not answer within 1.5 s"))
                     && imported.error.message.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(imported.error.message));
        QVERIFY(repository.keys().isEmpty());
        MetadataStore fresh(dir.path());
        QVERIFY(!fresh.load().isError());
        QVERIFY(fresh.document().records.isEmpty()); // not even a pending one

        KeyRecord record;
        record.key.id = QUuid::createUuid();
        record.key.label = QStringLiteral("kept");
        record.key.publicKey = QStringLiteral("PUB-KEPT");
        record.key.environment = Environment::hitbtc();
        record.key.created = QDateTime::currentDateTimeUtc();
        QVERIFY(!store
                     .update([&record](MetadataDocument &document) {
                         document.records.append(record);
                         return Error::ok();
                     })
                     .isError());
        Answer secret;
        repository.readSecret(record.key.id, [&secret](const Error &error, Secret) {
            secret = {true, error};
        });
        QTRY_VERIFY_WITH_TIMEOUT(secret.finished, 15000);
        QCOMPARE(secret.error.kind, ErrorKind::Keychain);
        QVERIFY(!secret.error.message.contains(QStringLiteral("missing")));
        Answer removed;
        repository.remove(record.key.id, [&removed](const Error &error) {
            removed = {true, error};
        });
        QTRY_VERIFY_WITH_TIMEOUT(removed.finished, 15000);
        QCOMPARE(removed.error.kind, ErrorKind::Keychain);
        QVERIFY2(removed.error.message.contains(QStringLiteral("still there")),
                 qPrintable(removed.error.message));
        QVERIFY(repository.key(record.key.id).has_value());

        // keyrack-cli: exit 3, the timeout named, nothing written.
        QProcess cli;
        cli.start(QStringLiteral(KEYRACK_CLI),
                  {QStringLiteral("--data-dir"), dir.path() + QStringLiteral("/cli"),
                   QStringLiteral("import"), QStringLiteral("--label"), QStringLiteral("c"),
                   QStringLiteral("--env"), QStringLiteral("hitbtc"),
                   QStringLiteral("--public-key"), QStringLiteral("PUB-CLI")});
        QVERIFY(cli.waitForStarted());
        cli.write("secret-value");
        cli.closeWriteChannel();
        timer.start();
        QVERIFY(cli.waitForFinished(15000));
        const QString err = QString::fromUtf8(cli.readAllStandardError());
        QCOMPARE(cli.exitCode(), 3);
        QVERIFY2(err.contains(QStringLiteral("did not answer within 1.5 s"))
                     && err.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(err));
        QVERIFY(timer.elapsed() < 5000);
        MetadataStore cliStore(dir.path() + QStringLiteral("/cli"));
        QVERIFY(!cliStore.load().isError());
        QVERIFY(cliStore.document().records.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainFaults)
#include "tst_keychainfaults.moc"
