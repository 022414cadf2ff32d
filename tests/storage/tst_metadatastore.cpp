// The metadata file: atomic, private, versioned; a damaged or newer file is never overwritten.
#include "filesizelimit.h"
#include "storage/metadatastore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(file.write(bytes), bytes.size());
}

Error addKey(MetadataStore &store, const QString &label)
{
    return store.update([&label](MetadataDocument &document) {
        KeyRecord record;
        record.key.id = QUuid::createUuid();
        record.key.label = label;
        record.key.publicKey = label + QStringLiteral("-public");
        record.key.environment = Environment::hitbtc();
        record.key.created = QDateTime::currentDateTimeUtc();
        document.records.append(record);
        return Error::ok();
    });
}

} // namespace

class TestMetadataStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void missingFileIsEmptyAndNothingIsCreated()
    {
        QTemporaryDir dir;
        MetadataStore store(dir.path() + QStringLiteral("/data"));
        QVERIFY(!store.load().isError());
        QVERIFY(store.document().records.isEmpty());
        QVERIFY(!QFileInfo::exists(store.dataDir()));
    }

    void saveIsPrivateAndReadable()
    {
        QTemporaryDir dir;
        MetadataStore store(dir.path() + QStringLiteral("/data"));
        QVERIFY(!addKey(store, QStringLiteral("one")).isError());
        const QFileInfo file(store.filePath());
        QVERIFY(file.exists());
        QCOMPARE(
            file.permissions()
                & (QFile::ReadGroup | QFile::WriteGroup | QFile::ReadOther | QFile::WriteOther),
            QFile::Permissions());
        QCOMPARE(QFileInfo(store.dataDir()).permissions() & (QFile::ReadOther | QFile::ExeOther),
                 QFile::Permissions());

        MetadataStore again(store.dataDir());
        QVERIFY(!again.load().isError());
        QCOMPARE(again.document().records.size(), 1);
        QCOMPARE(again.document().records.first().key.label, QStringLiteral("one"));
        QVERIFY(readAll(store.filePath()).contains("\"version\": 1"));
        // No temporary file is left behind.
        QCOMPARE(QDir(store.dataDir()).entryList(QDir::Files),
                 QStringList({QStringLiteral("keys.json")}));
    }

    void damagedFileIsLeftUntouched_data()
    {
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("message");
        QTest::newRow("truncated")
            << QByteArray("{\"format\":\"keyrack-metadata\",\"version\":1,\"keys\":[{")
            << QStringLiteral("damaged");
        QTest::newRow("not json") << QByteArray("\x00\x01garbage", 9) << QStringLiteral("damaged");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("damaged");
        QTest::newRow("other format") << QByteArray("{\"format\":\"x\",\"version\":1,\"keys\":[]}")
                                      << QStringLiteral("not a Keyrack metadata file");
        QTest::newRow("future version")
            << QByteArray("{\"format\":\"keyrack-metadata\",\"version\":2,\"keys\":[]}")
            << QStringLiteral("newer Keyrack");
    }

    void damagedFileIsLeftUntouched()
    {
        QFETCH(QByteArray, content);
        QFETCH(QString, message);
        QTemporaryDir dir;
        MetadataStore store(dir.path());
        writeAll(store.filePath(), content);

        const Error loaded = store.load();
        QCOMPARE(loaded.kind, ErrorKind::DataFile);
        QVERIFY2(loaded.message.contains(message), qPrintable(loaded.message));
        QVERIFY(loaded.message.contains(QDir::toNativeSeparators(store.filePath())));

        const Error updated = addKey(store, QStringLiteral("new"));
        QCOMPARE(updated.kind, ErrorKind::DataFile);
        QCOMPARE(readAll(store.filePath()), content);
    }

    void noUpdateIsLostBetweenTwoWriters()
    {
        QTemporaryDir dir;
        MetadataStore first(dir.path());
        MetadataStore second(dir.path());
        QVERIFY(!first.load().isError());
        QVERIFY(!second.load().isError());
        // Each writer starts from a stale view, yet both keys survive.
        QVERIFY(!addKey(first, QStringLiteral("a")).isError());
        QVERIFY(!addKey(second, QStringLiteral("b")).isError());
        MetadataStore reader(dir.path());
        QVERIFY(!reader.load().isError());
        QCOMPARE(reader.document().records.size(), 2);
    }

    void failedChangeWritesNothing()
    {
        QTemporaryDir dir;
        MetadataStore store(dir.path());
        QVERIFY(!addKey(store, QStringLiteral("a")).isError());
        const QByteArray before = readAll(store.filePath());
        const Error error = store.update([](MetadataDocument &document) {
            document.records.clear();
            return Error::make(ErrorKind::Invalid, QStringLiteral("refused"));
        });
        QCOMPARE(error.kind, ErrorKind::Invalid);
        QCOMPARE(readAll(store.filePath()), before);
        QCOMPARE(store.document().records.size(), 1);
    }

    void writeFailureChangesNothing_data()
    {
        QTest::addColumn<int>("limit");
        QTest::addColumn<QString>("message");
        // On a full disk the lock file is the first thing that cannot be written.
        QTest::newRow("no room for the lock file") << 0 << QStringLiteral("the disk may be full");
        QTest::newRow("save cut short") << 1024 << QStringLiteral("larger than this process");
    }

    void writeFailureChangesNothing()
    {
        QFETCH(int, limit);
        QFETCH(QString, message);
        QTemporaryDir dir;
        MetadataStore store(dir.path());
        for (int i = 0; i < 20; ++i) {
            QVERIFY(!addKey(store, QStringLiteral("key-%1").arg(i)).isError());
        }
        const QByteArray before = readAll(store.filePath());
        QVERIFY(before.size() > limit + 512);

        Error error;
        {
            const FileSizeLimit tooSmall(static_cast<rlim_t>(limit));
            QVERIFY(tooSmall.isSet());
            error = addKey(store, QStringLiteral("one-too-many"));
        }
        QCOMPARE(error.kind, ErrorKind::DataFile);
        QVERIFY2(error.message.contains(message), qPrintable(error.message));
        QVERIFY2(error.message.contains(QStringLiteral("Nothing was changed")),
                 qPrintable(error.message));
        QVERIFY(error.message.contains(QDir::toNativeSeparators(store.filePath())));
        // The previous state, whole, and nothing else in the directory.
        QCOMPARE(readAll(store.filePath()), before);
        QCOMPARE(store.document().records.size(), 20);
        MetadataStore again(dir.path());
        QVERIFY(!again.load().isError());
        QCOMPARE(again.document().records.size(), 20);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({QStringLiteral("keys.json")}));
        // Once there is room again, saving works.
        QVERIFY(!addKey(store, QStringLiteral("one-too-many")).isError());
        QCOMPARE(store.document().records.size(), 21);
    }

    void leftoversOfAKilledSaveAreRemoved()
    {
        QTemporaryDir dir;
        MetadataStore store(dir.path());
        writeAll(store.filePath() + QStringLiteral(".tmp-AbC123"), "{\"half");
        QVERIFY(!addKey(store, QStringLiteral("a")).isError());
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList({QStringLiteral("keys.json")}));
    }

    void saveThroughSymbolicLinkKeepsTheLink()
    {
        QTemporaryDir dir;
        MetadataStore real(dir.path() + QStringLiteral("/real"));
        QVERIFY(!addKey(real, QStringLiteral("first")).isError());
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("data")));
        MetadataStore store(dir.path() + QStringLiteral("/data"));
        QVERIFY(QFile::link(real.filePath(), store.filePath()));
        const Error error = addKey(store, QStringLiteral("second"));
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QVERIFY(QFileInfo(store.filePath()).isSymLink());
        QVERIFY(!real.load().isError());
        QCOMPARE(real.document().records.size(), 2);
    }

    void watcherFollowsAnotherWriter()
    {
        QTemporaryDir dir;
        MetadataStore watcher(dir.path());
        QVERIFY(!watcher.load().isError());
        watcher.setWatching(true);
        QSignalSpy replaced(&watcher, &MetadataStore::documentReplaced);
        MetadataStore writer(dir.path());
        QVERIFY(!addKey(writer, QStringLiteral("a")).isError());
        QVERIFY(replaced.wait(5000));
        QCOMPARE(watcher.document().records.size(), 1);
        QVERIFY(!addKey(writer, QStringLiteral("b")).isError());
        QTRY_COMPARE_WITH_TIMEOUT(watcher.document().records.size(), 2, 5000);
    }

    void watcherReportsDamage()
    {
        QTemporaryDir dir;
        MetadataStore watcher(dir.path());
        MetadataStore writer(dir.path());
        QVERIFY(!addKey(writer, QStringLiteral("a")).isError());
        QVERIFY(!watcher.load().isError());
        watcher.setWatching(true);
        QSignalSpy failed(&watcher, &MetadataStore::loadFailed);
        writeAll(writer.filePath(), "not json");
        QVERIFY(failed.wait(5000));
        // What was loaded stays on show rather than vanishing.
        QCOMPARE(watcher.document().records.size(), 1);
    }

    void staleLockOfDeadProcessIsTakenOver()
    {
        QTemporaryDir dir;
        MetadataStore store(dir.path());
        // A lock file left by a process that was killed (pid above pid_max: not running).
        writeAll(store.filePath() + QStringLiteral(".lock"),
                 "2147483646\nkeyrack-cli\n" + QSysInfo::machineHostName().toUtf8() + "\n");
        QVERIFY(!addKey(store, QStringLiteral("a")).isError());
    }
};

QTEST_GUILESS_MAIN(TestMetadataStore)
#include "tst_metadatastore.moc"
