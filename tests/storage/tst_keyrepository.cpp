// KeyRepository over the real metadata file and a fake vault: every change writes both or
// neither, and every change is announced.
#include "fakevault.h"
#include "filesizelimit.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QSysInfo>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Result
{
    bool finished = false;
    Error error;
    QUuid id;
};

QByteArray token(int length, char fill)
{
    return QByteArray(length, fill);
}

} // namespace

class TestKeyRepository : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    MetadataStore *m_store = nullptr;
    FakeVault *m_vault = nullptr;
    KeyRepository *m_repo = nullptr;

    Result importKey(const QString &label, const QString &publicKey, const QByteArray &secretText,
                     const Environment &environment = Environment::hitbtc())
    {
        Result result;
        QByteArray bytes = secretText;
        m_repo->importKey(NewKey {label, publicKey, environment, QString()}, Secret::adopt(bytes),
                          [&result](const Error &error, const QUuid &id) {
                              result = {true, error, id};
                          });
        [&]() {
            QTRY_VERIFY_WITH_TIMEOUT(result.finished, 5000);
        }();
        return result;
    }

    Error removeKey(const QUuid &id)
    {
        bool finished = false;
        Error result;
        m_repo->remove(id, [&](const Error &error) {
            finished = true;
            result = error;
        });
        [&]() {
            QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
        }();
        return result;
    }

    QByteArray fileBytes() const
    {
        QFile file(m_store->filePath());
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        QVERIFY(m_dir->isValid());
        m_store = new MetadataStore(m_dir->path() + QStringLiteral("/data"));
        m_vault = new FakeVault;
        m_repo = new KeyRepository(m_store, m_vault);
        QVERIFY(!m_repo->load().isError());
    }

    void cleanup()
    {
        delete m_repo;
        delete m_vault;
        delete m_store;
        delete m_dir;
    }

    void importStoresSecretAndMetadata()
    {
        QSignalSpy added(m_repo, &KeyRepository::keyAdded);
        const Result result = importKey(QStringLiteral("  bot  "), QStringLiteral(" PUB123 "),
                                        QByteArray("  s3cret-value\n"));
        QVERIFY2(!result.error.isError(), qPrintable(result.error.message));
        QCOMPARE(added.count(), 1);
        QCOMPARE(added.first().first().toUuid(), result.id);

        const std::optional<ApiKey> key = m_repo->key(result.id);
        QVERIFY(key);
        QCOMPARE(key->label, QStringLiteral("bot"));
        QCOMPARE(key->publicKey, QStringLiteral("PUB123"));
        QVERIFY(key->enabled);
        QVERIFY(key->rights.isNone());
        QVERIFY(key->created.isValid());
        QCOMPARE(m_vault->entries.value(key->idString()), QByteArray("s3cret-value"));
        // The file holds the key but never the secret.
        QVERIFY(fileBytes().contains("PUB123"));
        QVERIFY(!fileBytes().contains("s3cret-value"));
        QVERIFY(!fileBytes().contains("pending"));
    }

    void importRefusesBadInput_data()
    {
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("publicKey");
        QTest::addColumn<QByteArray>("secret");
        QTest::addColumn<QString>("reason");
        QTest::newRow("empty label") << QString() << QStringLiteral("PUB") << QByteArray("sec")
                                     << QStringLiteral("label is empty");
        QTest::newRow("empty public key")
            << QStringLiteral("a") << QStringLiteral("  ") << QByteArray("sec")
            << QStringLiteral("public key is empty");
        QTest::newRow("empty secret")
            << QStringLiteral("a") << QStringLiteral("PUB") << QByteArray(" \n ")
            << QStringLiteral("secret key is empty");
        QTest::newRow("control in secret") << QStringLiteral("a") << QStringLiteral("PUB")
                                           << QByteArray("se\x01"
                                                         "c")
                                           << QStringLiteral("control characters");
        QTest::newRow("space in secret") << QStringLiteral("a") << QStringLiteral("PUB")
                                         << QByteArray("two words") << QStringLiteral("spaces");
        QTest::newRow("long secret") << QStringLiteral("a") << QStringLiteral("PUB")
                                     << QByteArray(257, 'x') << QStringLiteral("longer than 256");
        QTest::newRow("long public key") << QStringLiteral("a") << QString(257, u'k')
                                         << QByteArray("sec") << QStringLiteral("longer than 256");
        QTest::newRow("tab in public key")
            << QStringLiteral("a") << QStringLiteral("PU\tB") << QByteArray("sec")
            << QStringLiteral("control characters");
    }

    void importRefusesBadInput()
    {
        QFETCH(QString, label);
        QFETCH(QString, publicKey);
        QFETCH(QByteArray, secret);
        QFETCH(QString, reason);
        const Result result = importKey(label, publicKey, secret);
        QCOMPARE(result.error.kind, ErrorKind::Invalid);
        QVERIFY2(result.error.message.contains(reason), qPrintable(result.error.message));
        QVERIFY(m_repo->keys().isEmpty());
        QVERIFY(m_vault->entries.isEmpty());
        QCOMPARE(m_vault->writes, 0);
    }

    void duplicatePublicKeyRefusedPerEnvironment()
    {
        QVERIFY(!importKey(QStringLiteral("a"), QStringLiteral("PUB"), "s1").error.isError());
        const Result again = importKey(QStringLiteral("b"), QStringLiteral("PUB"), "s2");
        QCOMPARE(again.error.kind, ErrorKind::Invalid);
        QVERIFY(again.error.message.contains(QStringLiteral("already in Keyrack")));
        // The same public key on another exchange is another key.
        const Result demo =
            importKey(QStringLiteral("c"), QStringLiteral("PUB"), "s3", Environment::hitbtcDemo());
        QVERIFY2(!demo.error.isError(), qPrintable(demo.error.message));
        QCOMPARE(m_repo->keys().size(), 2);
    }

    void keychainRefusalLeavesNothing()
    {
        m_vault->failWrites =
            Error::make(ErrorKind::Keychain, QStringLiteral("The OS keychain is locked."));
        QSignalSpy added(m_repo, &KeyRepository::keyAdded);
        const Result result = importKey(QStringLiteral("a"), QStringLiteral("PUB"), "secret");
        QCOMPARE(result.error.kind, ErrorKind::Keychain);
        QVERIFY(result.error.message.contains(QStringLiteral("locked")));
        QVERIFY(result.error.message.contains(QStringLiteral("Nothing was changed")));
        QVERIFY(m_repo->keys().isEmpty());
        QVERIFY(m_vault->entries.isEmpty());
        QVERIFY(!fileBytes().contains("PUB"));
        QCOMPARE(added.count(), 0);
    }

    void metadataFailureAfterSecretRemovesSecret()
    {
        // The file becomes unwritable between the keychain write and the commit.
        m_vault->beforeWriteAnswers = [this]() {
            QFile::remove(m_store->filePath());
            QVERIFY(QDir().mkpath(m_store->filePath())); // a directory where the file was
        };
        const Result result = importKey(QStringLiteral("a"), QStringLiteral("PUB"), "secret");
        QCOMPARE(result.error.kind, ErrorKind::DataFile);
        QVERIFY(result.error.message.contains(QStringLiteral("not added")));
        QVERIFY2(m_vault->entries.isEmpty(), "the secret of a key that was not added must go");
    }

    void diskFullAfterSecretLeavesNoHalfKey()
    {
        QVERIFY(
            !importKey(QStringLiteral("before"), QStringLiteral("PUB-0"), "s0").error.isError());
        // The disk fills between the keychain write and the commit: every write of the file
        // now fails for real (EFBIG), including the undo of the pending record.
        std::unique_ptr<FileSizeLimit> full;
        m_vault->beforeWriteAnswers = [&full]() {
            full = std::make_unique<FileSizeLimit>(0);
        };
        const Result result = importKey(QStringLiteral("a"), QStringLiteral("PUB"), "secret");
        QVERIFY(full && full->isSet());
        full.reset();
        QCOMPARE(result.error.kind, ErrorKind::DataFile);
        QVERIFY2(result.error.message.contains(QStringLiteral("not added")),
                 qPrintable(result.error.message));
        QVERIFY2(result.error.message.contains(QStringLiteral("disk may be full")),
                 qPrintable(result.error.message));
        QCOMPARE(m_vault->entries.size(), 1); // only the earlier key's secret
        QCOMPARE(m_repo->keys().size(), 1);

        // The file loads; what is left is at most a pending record, which the next process
        // tidies up once this one has ended (as it has, says the record from now on).
        QVERIFY(!m_store
                     ->update([](MetadataDocument &document) {
                         for (KeyRecord &record : document.records) {
                             if (record.pending) {
                                 record.pending->pid = 2147483646; // above pid_max: ended
                             }
                         }
                         return Error::ok();
                     })
                     .isError());
        MetadataStore store(m_store->dataDir());
        FakeVault vault;
        vault.entries = m_vault->entries;
        KeyRepository next(&store, &vault);
        QVERIFY(!next.load().isError());
        QCOMPARE(next.keys().size(), 1);
        bool recovered = false;
        next.recover([&recovered](const Error &error, int) { recovered = !error.isError(); });
        QTRY_VERIFY_WITH_TIMEOUT(recovered, 5000);
        QVERIFY(!fileBytes().contains("pending"));
        QCOMPARE(vault.entries.size(), 1);
        QDir dir(m_store->dataDir());
        QCOMPARE(dir.entryList(QDir::Files | QDir::Hidden),
                 QStringList({QStringLiteral("keys.json")}));
    }

    void generateMakesSandboxKeyWithNoRights()
    {
        int calls = 0;
        const TokenSource tokens = [&calls](int length) {
            return token(length, ++calls == 1 ? 'P' : 'S');
        };
        bool finished = false;
        GeneratedKey generated;
        m_repo->generate(QStringLiteral("fresh"), QString(), tokens,
                         [&](const Error &error, GeneratedKey key) {
                             QVERIFY2(!error.isError(), qPrintable(error.message));
                             generated = std::move(key);
                             finished = true;
                         });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
        QCOMPARE(generated.publicKey, QString(32, u'P'));
        QCOMPARE(generated.secret.reveal(), QByteArray(32, 'S'));
        const std::optional<ApiKey> key = m_repo->key(generated.id);
        QVERIFY(key);
        QVERIFY(key->environment.isSandbox());
        QVERIFY(key->enabled);
        QVERIFY(key->rights.isNone());
        QCOMPARE(m_vault->entries.value(key->idString()), QByteArray(32, 'S'));
    }

    void generateRefusesBrokenRandomSource()
    {
        bool finished = false;
        m_repo->generate(
            QStringLiteral("x"), QString(), [](int) { return QByteArray(); },
            [&](const Error &error, GeneratedKey) {
                QVERIFY(error.isError());
                finished = true;
            });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
        QVERIFY(m_repo->keys().isEmpty());
        QVERIFY(m_vault->entries.isEmpty());
    }

    void rightsAndSwitchPersist()
    {
        const Result added = importKey(QStringLiteral("a"), QStringLiteral("PUB"), "secret");
        QSignalSpy changed(m_repo, &KeyRepository::keyChanged);
        QVERIFY(!m_repo->setEnabled(added.id, false).isError());
        AccessRights rights;
        rights.set(Right::Read);
        rights.set(Right::Withdraw);
        QVERIFY(!m_repo->setRights(added.id, rights).isError());
        QCOMPARE(changed.count(), 2);

        // A second process on the same directory sees the same.
        MetadataStore otherStore(m_store->dataDir());
        FakeVault otherVault;
        KeyRepository other(&otherStore, &otherVault);
        QVERIFY(!other.load().isError());
        const std::optional<ApiKey> seen = other.key(added.id);
        QVERIFY(seen);
        QVERIFY(!seen->enabled);
        QCOMPARE(seen->rights.shortNames(),
                 QStringList({QStringLiteral("read"), QStringLiteral("withdraw")}));
        QVERIFY(seen->rightsChanged.isValid());
    }

    void changesByAnotherProcessAreAnnounced()
    {
        MetadataStore otherStore(m_store->dataDir());
        FakeVault otherVault;
        KeyRepository other(&otherStore, &otherVault);
        QVERIFY(!other.load().isError());
        m_store->setWatching(true);
        QSignalSpy added(m_repo, &KeyRepository::keyAdded);
        QSignalSpy changed(m_repo, &KeyRepository::keyChanged);
        QSignalSpy removed(m_repo, &KeyRepository::keyRemoved);

        bool finished = false;
        QUuid id;
        QByteArray bytes("secret");
        other.importKey(NewKey {QStringLiteral("elsewhere"), QStringLiteral("PUB9"),
                                Environment::hitbtc(), QString()},
                        Secret::adopt(bytes), [&](const Error &error, const QUuid &newId) {
                            QVERIFY(!error.isError());
                            id = newId;
                            finished = true;
                        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(added.count(), 1, 5000);
        QCOMPARE(m_repo->key(id)->label, QStringLiteral("elsewhere"));

        QVERIFY(!other.setEnabled(id, false).isError());
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 5000);
        QVERIFY(!m_repo->key(id)->enabled);

        bool gone = false;
        other.remove(id, [&](const Error &error) {
            QVERIFY(!error.isError());
            gone = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(gone, 5000);
        QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 1, 5000);
        QVERIFY(!m_repo->key(id));
    }

    void removeDeletesBoth()
    {
        const Result added = importKey(QStringLiteral("a"), QStringLiteral("PUB"), "secret");
        QSignalSpy removed(m_repo, &KeyRepository::keyRemoved);
        QVERIFY(!removeKey(added.id).isError());
        QCOMPARE(removed.count(), 1);
        QVERIFY(m_repo->keys().isEmpty());
        QVERIFY(m_vault->entries.isEmpty());
        QVERIFY(!fileBytes().contains("PUB"));
    }

    void removeRefusedByKeychainKeepsKey()
    {
        const Result added = importKey(QStringLiteral("a"), QStringLiteral("PUB"), "secret");
        m_vault->failRemoves =
            Error::make(ErrorKind::Keychain, QStringLiteral("The OS keychain is locked."));
        const Error error = removeKey(added.id);
        QCOMPARE(error.kind, ErrorKind::Keychain);
        QVERIFY(error.message.contains(QStringLiteral("Nothing was removed")));
        QVERIFY(m_repo->key(added.id));
        QVERIFY(m_vault->entries.contains(added.id.toString(QUuid::WithoutBraces)));
        QVERIFY(!fileBytes().contains("pending"));
    }

    void findByLabelIdOrPublicKey()
    {
        const Result a = importKey(QStringLiteral("same"), QStringLiteral("PUB-A"), "s");
        const Result b = importKey(QStringLiteral("same"), QStringLiteral("PUB-B"), "s");
        ApiKey found;
        QVERIFY(!m_repo->find(QStringLiteral("PUB-B"), &found).isError());
        QCOMPARE(found.id, b.id);
        QVERIFY(!m_repo->find(a.id.toString(QUuid::WithoutBraces), &found).isError());
        QCOMPARE(found.id, a.id);
        const Error ambiguous = m_repo->find(QStringLiteral("same"), &found);
        QCOMPARE(ambiguous.kind, ErrorKind::Ambiguous);
        QVERIFY(ambiguous.message.contains(a.id.toString(QUuid::WithoutBraces)));
        QVERIFY(ambiguous.message.contains(b.id.toString(QUuid::WithoutBraces)));
        QCOMPARE(m_repo->find(QStringLiteral("nope"), &found).kind, ErrorKind::NotFound);
    }

    void recoveryUndoesWorkOfDeadProcess()
    {
        // A process that dies half-way through an import leaves a pending record and a secret.
        MetadataDocument document;
        KeyRecord record;
        record.key.id = QUuid::createUuid();
        record.key.label = QStringLiteral("half");
        record.key.publicKey = QStringLiteral("HALF");
        record.key.environment = Environment::hitbtc();
        // A pid above Linux's pid_max: no such process.
        record.pending =
            PendingOperation {PendingOperation::Kind::Add, 2147483646, QSysInfo::machineHostName(),
                              QDateTime::currentDateTimeUtc()};
        KeyRecord live = record;
        live.key.id = QUuid::createUuid();
        live.key.publicKey = QStringLiteral("LIVE");
        live.pending->pid = QCoreApplication::applicationPid() == 1 ? 2 : 1; // pid 1 is alive
        document.records = {record, live};
        QVERIFY(!m_store
                     ->update([&](MetadataDocument &doc) {
                         doc = document;
                         return Error::ok();
                     })
                     .isError());
        m_vault->entries.insert(record.key.idString(), "orphan");
        QVERIFY(m_repo->keys().isEmpty()); // pending keys are not listed

        QVERIFY(m_repo->needsRecovery());
        bool finished = false;
        m_repo->recover([&](const Error &error, int recovered) {
            QVERIFY2(!error.isError(), qPrintable(error.message));
            QCOMPARE(recovered, 1);
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
        QVERIFY(m_vault->entries.isEmpty());
        QVERIFY(!m_store->document().find(record.key.id));
        // The operation of a live process is left alone.
        QVERIFY(m_store->document().find(live.key.id));
        QVERIFY(!m_repo->needsRecovery());
    }
};

QTEST_GUILESS_MAIN(TestKeyRepository)
#include "tst_keyrepository.moc"
