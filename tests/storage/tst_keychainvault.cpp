// The real OS keychain: gnome-keyring's Secret Service on the suite's private D-Bus session.
#include "storage/keychainindex.h"
#include "storage/keychainvault.h"

#include <QProcess>
#include <QTest>
#include <QUuid>

namespace {

struct Answer
{
    bool finished = false;
    Error error;
    QByteArray secret;
};

Answer write(KeychainVault &vault, const QString &entry, QByteArray bytes)
{
    Answer answer;
    const Secret secret = Secret::adopt(bytes);
    vault.writeSecret(entry, QStringLiteral("test"), secret, [&answer](const Error &error) {
        answer.finished = true;
        answer.error = error;
    });
    [&]() {
        QTRY_VERIFY_WITH_TIMEOUT(answer.finished, 10000);
    }();
    return answer;
}

Answer read(KeychainVault &vault, const QString &entry)
{
    Answer answer;
    vault.readSecret(entry, [&answer](const Error &error, Secret secret) {
        answer.finished = true;
        answer.error = error;
        answer.secret = secret.reveal();
    });
    [&]() {
        QTRY_VERIFY_WITH_TIMEOUT(answer.finished, 10000);
    }();
    return answer;
}

Answer remove(KeychainVault &vault, const QString &entry)
{
    Answer answer;
    vault.removeSecret(entry, [&answer](const Error &error) {
        answer.finished = true;
        answer.error = error;
    });
    [&]() {
        QTRY_VERIFY_WITH_TIMEOUT(answer.finished, 10000);
    }();
    return answer;
}

struct Listing
{
    bool finished = false;
    Error error;
    QList<KeychainIndex::Entry> entries;
    QStringList names() const
    {
        QStringList out;
        for (const KeychainIndex::Entry &entry : entries) {
            out << entry.name;
        }
        return out;
    }
};

Listing listEntries(KeychainIndex &index)
{
    Listing listing;
    index.list([&listing](const Error &error, QList<KeychainIndex::Entry> entries) {
        listing = {true, error, std::move(entries)};
    });
    [&]() {
        QTRY_VERIFY_WITH_TIMEOUT(listing.finished, 10000);
    }();
    return listing;
}

// What secret-tool, a program independent of Keyrack, finds in the keychain for an entry.
QString secretToolLookup(const QString &service, const QString &entry)
{
    QProcess tool;
    tool.start(QStringLiteral("secret-tool"),
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                service, QStringLiteral("user"), entry});
    if (!tool.waitForFinished(10000)) {
        return QStringLiteral("<secret-tool timed out>");
    }
    return QString::fromUtf8(tool.readAllStandardOutput() + tool.readAllStandardError());
}

} // namespace

class TestKeychainVault : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        KeychainVault vault;
        const QString entry = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(!write(vault, entry, "sEcReT-value_123").error.isError());

        const Answer got = read(vault, entry);
        QVERIFY2(!got.error.isError(), qPrintable(got.error.message));
        QCOMPARE(got.secret, QByteArray("sEcReT-value_123"));

        // It is really in the OS keychain, under service Keyrack, one entry per key id.
        const QString listed = secretToolLookup(QStringLiteral("Keyrack"), entry);
        QVERIFY2(listed.contains(QStringLiteral("attribute.user = ") + entry), qPrintable(listed));

        QVERIFY(!remove(vault, entry).error.isError());
        QVERIFY(!secretToolLookup(QStringLiteral("Keyrack"), entry).contains(entry));
    }

    void overwriteReplaces()
    {
        KeychainVault vault;
        const QString entry = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(!write(vault, entry, "first").error.isError());
        QVERIFY(!write(vault, entry, "second").error.isError());
        QCOMPARE(read(vault, entry).secret, QByteArray("second"));
        QVERIFY(!remove(vault, entry).error.isError());
    }

    void missingEntryIsNotFoundWhenKeychainAnswers()
    {
        KeychainVault vault;
        const Answer got = read(vault, QUuid::createUuid().toString(QUuid::WithoutBraces));
        QCOMPARE(got.error.kind, ErrorKind::NotFound);
        QVERIFY(got.error.message.contains(QStringLiteral("missing")));
        QVERIFY(got.secret.isEmpty());
        // The check that the keychain answers leaves nothing behind.
        QVERIFY(!secretToolLookup(QStringLiteral("Keyrack"), QStringLiteral("keyrack-probe"))
                     .contains(QStringLiteral("keyrack-probe")));
    }

    void removingMissingEntrySucceeds()
    {
        KeychainVault vault;
        QVERIFY(!remove(vault, QUuid::createUuid().toString(QUuid::WithoutBraces)).error.isError());
    }

    void servicesAreSeparate()
    {
        KeychainVault keyrack;
        KeychainVault other(QStringLiteral("KeyrackOther"));
        const QString entry = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(!write(other, entry, "elsewhere").error.isError());
        QCOMPARE(read(keyrack, entry).error.kind, ErrorKind::NotFound);
        QVERIFY(!remove(other, entry).error.isError());
    }

    // The index names what the vault wrote, of its own service only, and never a secret.
    void indexListsTheServicesEntries()
    {
        KeychainVault vault(QStringLiteral("KeyrackIndexTest"));
        KeychainVault other(QStringLiteral("KeyrackIndexOther"));
        KeychainIndex index(QStringLiteral("KeyrackIndexTest"));
        QVERIFY(listEntries(index).names().isEmpty());

        const QString first = QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QString second = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(!write(vault, first, "index-secret-1").error.isError());
        QVERIFY(!write(vault, second, "index-secret-2").error.isError());
        QVERIFY(!write(other, QStringLiteral("elsewhere"), "index-secret-3").error.isError());

        const Listing listing = listEntries(index);
        QVERIFY2(!listing.error.isError(), qPrintable(listing.error.message));
        QStringList expected {first, second};
        expected.sort();
        QCOMPARE(listing.names(), expected); // sorted, this service only
        for (const KeychainIndex::Entry &entry : listing.entries) {
            QVERIFY(!entry.locked);
        }

        QVERIFY(!remove(vault, first).error.isError());
        QCOMPARE(listEntries(index).names(), QStringList {second});
        QVERIFY(!remove(vault, second).error.isError());
        QVERIFY(!remove(other, QStringLiteral("elsewhere")).error.isError());
        QVERIFY(listEntries(index).names().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainVault)
#include "tst_keychainvault.moc"
