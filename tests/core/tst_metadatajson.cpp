// The metadata file format: everything round-trips; anything damaged or newer is refused whole.
#include "storage/metadatajson.h"

#include <QJsonDocument>
#include <QRandomGenerator>
#include <QTest>

namespace {

MetadataDocument sample()
{
    KeyRecord record;
    ApiKey &key = record.key;
    key.id = QUuid::createUuid();
    key.label = QStringLiteral("bot \u00e9\u00e8");
    key.publicKey = QStringLiteral("PUB-1");
    key.environment = *Environment::parse(QStringLiteral("https://api.example.com"), nullptr);
    key.enabled = false;
    key.rights.set(Right::Trade);
    key.rights.set(Right::Withdraw);
    key.created = QDateTime(QDate(2026, 1, 2), QTime(3, 4, 5, 678), Qt::UTC);
    key.rightsChanged = key.created.addDays(1);
    key.lastUsed = key.created.addDays(2);
    AuditResult audit;
    audit.time = key.created.addDays(3);
    audit.setObserved(Right::Read, Observed::Yes);
    audit.setObserved(Right::Trade, Observed::No);
    audit.setObserved(Right::Withdraw, Observed::NotProbed);
    audit.summary = QStringLiteral("checked");
    key.lastAudit = audit;
    key.note = QStringLiteral("a note");
    KeyRecord pending;
    pending.key.id = QUuid::createUuid();
    pending.key.label = QStringLiteral("half");
    pending.key.publicKey = QStringLiteral("PUB-2");
    pending.pending =
        PendingOperation {PendingOperation::Kind::Remove, 42, QStringLiteral("host"), key.created};
    return MetadataDocument {{record, pending}};
}

QByteArray withKeys(const QByteArray &keys)
{
    return "{\"format\":\"keyrack-metadata\",\"version\":1,\"keys\":[" + keys + "]}";
}

const QByteArray goodKey = "{\"id\":\"6f0d3ab4-7a43-4a0e-9d8e-0d7f7ba7a0f1\",\"label\":\"a\","
                           "\"publicKey\":\"P\",\"environment\":\"hitbtc\",\"enabled\":true,"
                           "\"rights\":[\"read\"]}";

// A file with goodKey whose "created" field is `text`.
Error parseCreated(const char *text, MetadataDocument *document)
{
    return MetadataJson::parse(
        withKeys(QByteArray(goodKey).replace(
            "\"enabled\"", QByteArray("\"created\":\"" + QByteArray(text) + "\",\"enabled\""))),
        QStringLiteral("f"), document);
}

} // namespace

class TestMetadataJson : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const MetadataDocument before = sample();
        MetadataDocument after;
        const Error error =
            MetadataJson::parse(MetadataJson::serialize(before), QStringLiteral("f"), &after);
        QVERIFY2(!error.isError(), qPrintable(error.message));
        QCOMPARE(after.records.size(), 2);
        QCOMPARE(after.records.at(0).key, before.records.at(0).key);
        QVERIFY(!after.records.at(0).pending);
        QCOMPARE(after.records.at(1).key, before.records.at(1).key);
        QVERIFY(after.records.at(1).pending);
        QCOMPARE(after.records.at(1).pending->kind, PendingOperation::Kind::Remove);
        QCOMPARE(after.records.at(1).pending->pid, 42);
    }

    // The cache of serialised records must never change what is written: after a change, an
    // addition and a deletion, the file is what a fresh serialisation gives, and reads back.
    void cachedSerializationWritesTheSame()
    {
        MetadataDocument document = sample();
        MetadataJson::SerializeCache cache;
        QCOMPARE(MetadataJson::serialize(document, &cache), MetadataJson::serialize(document));

        document.records[0].key.enabled = !document.records[0].key.enabled;
        document.records[0].key.note = QStringLiteral("changed \u00e9\n\"quoted\"");
        QCOMPARE(MetadataJson::serialize(document, &cache), MetadataJson::serialize(document));

        KeyRecord added = document.records.at(0);
        added.key.id = QUuid::createUuid();
        added.key.label = QStringLiteral("added");
        document.records.append(added);
        document.records.removeAt(1);
        const QByteArray bytes = MetadataJson::serialize(document, &cache);
        QCOMPARE(bytes, MetadataJson::serialize(document));
        QCOMPARE(cache.records.size(), 2);

        MetadataDocument reread;
        QVERIFY(!MetadataJson::parse(bytes, QStringLiteral("f"), &reread).isError());
        QCOMPARE(reread.records.size(), 2);
        QCOMPARE(reread.records.at(0).key, document.records.at(0).key);
        QCOMPARE(reread.records.at(1).key.label, QStringLiteral("added"));

        MetadataDocument empty;
        QVERIFY(!MetadataJson::parse(MetadataJson::serialize(empty, &cache), QStringLiteral("f"),
                                     &reread)
                     .isError());
        QVERIFY(reread.records.isEmpty());
    }

    // Times are written and read without QDateTime's ISO code (for speed): what is written must
    // be exactly QDateTime's ISO text, and any other ISO form must still read as QDateTime reads
    // it.
    void timesAreWrittenAndReadAsQDateTimeDoes()
    {
        QList<QDateTime> times = {
            QDateTime::fromMSecsSinceEpoch(0, Qt::UTC),
            QDateTime::fromMSecsSinceEpoch(-1, Qt::UTC), // 1969-12-31T23:59:59.999Z
            QDateTime(QDate(1, 1, 1), QTime(0, 0), Qt::UTC),
            QDateTime(QDate(9999, 12, 31), QTime(23, 59, 59, 999), Qt::UTC),
            QDateTime(QDate(2024, 2, 29), QTime(12, 0, 0, 5), Qt::UTC),
            QDateTime(QDate(2026, 7, 1), QTime(1, 30), Qt::OffsetFromUTC,
                      7200), // 23:30Z the day before
        };
        for (int i = 0; i < 200; ++i) {
            times.append(QDateTime::fromMSecsSinceEpoch(
                QRandomGenerator::global()->bounded(Q_INT64_C(-62135596800000),
                                                    Q_INT64_C(253402300799999)),
                Qt::UTC));
        }
        for (const QDateTime &time : std::as_const(times)) {
            MetadataDocument document = sample();
            document.records[0].key.created = time;
            const QByteArray bytes = MetadataJson::serialize(document);
            const QString expected = time.toUTC().toString(Qt::ISODateWithMs);
            QVERIFY2(bytes.contains(QByteArray("\"created\": \"" + expected.toLatin1() + '"')),
                     qPrintable(expected));
            MetadataDocument reread;
            QVERIFY(!MetadataJson::parse(bytes, QStringLiteral("f"), &reread).isError());
            QCOMPARE(reread.records.at(0).key.created, time);
            QCOMPARE(reread.records.at(0).key.created.toMSecsSinceEpoch(),
                     time.toMSecsSinceEpoch());
        }
        // Other ISO forms a person might write by hand: read as QDateTime reads them.
        for (const char *text : {"2026-01-02T03:04:05Z", "2026-01-02T03:04:05.678+02:00",
                                 "2026-01-02T03:04:05.6Z", "2026-01-02T24:00:00.000Z"}) {
            MetadataDocument document;
            const Error error = parseCreated(text, &document);
            const QDateTime qt =
                QDateTime::fromString(QString::fromLatin1(text), Qt::ISODateWithMs).toUTC();
            if (qt.isValid()) {
                QVERIFY2(!error.isError(), text);
                QCOMPARE(document.records.at(0).key.created, qt);
            } else {
                QVERIFY2(error.isError(), text);
            }
        }
        // Not dates, though the same length as the written form.
        for (const char *text : {"2026-02-30T03:04:05.678Z", "2026-01-02T03:04:65.678Z",
                                 "2026-01-02T03:04:05.67xZ", "0000-01-02T03:04:05.678Z"}) {
            MetadataDocument document;
            const Error error = parseCreated(text, &document);
            QVERIFY2(error.isError() && error.message.contains(QStringLiteral("not a date")), text);
        }
    }

    // Keys are parsed one entry at a time; files shaped in other ways than Keyrack writes them
    // (compact, "keys" first, brackets and quotes inside strings) read exactly as a whole parse.
    void keyByKeyReadsAsTheWholeFile()
    {
        MetadataDocument tricky = sample();
        tricky.records[0].key.label = QStringLiteral("a \"}]{[\\\" label");
        tricky.records[0].key.note = QStringLiteral("],{\"keys\": [} ends with \\");
        tricky.records[1].key.label = QStringLiteral("\\\\\"\\");
        const QByteArray compactKey = QByteArray(goodKey).replace("\"a\"", "\"x]}\\\"{\"");
        const QList<QByteArray> files = {
            MetadataJson::serialize(tricky),
            withKeys(goodKey),
            withKeys(""),
            withKeys(" \r\n\t "),
            QByteArray("{\"keys\":[" + compactKey
                       + "],\"version\":1,\"format\":\"keyrack-metadata\"}"),
            " \n{ \"keys\" :\t[ " + goodKey
                + " ] , \"format\":\"keyrack-metadata\",\"version\":1 } \n",
        };
        for (const QByteArray &file : files) {
            MetadataDocument split;
            MetadataDocument whole;
            const Error splitError = MetadataJson::parse(file, QStringLiteral("f"), &split, true);
            const Error wholeError = MetadataJson::parse(file, QStringLiteral("f"), &whole, false);
            QVERIFY2(!splitError.isError(), qPrintable(splitError.message));
            QVERIFY2(!wholeError.isError(), qPrintable(wholeError.message));
            QCOMPARE(split.records.size(), whole.records.size());
            for (qsizetype i = 0; i < split.records.size(); ++i) {
                QCOMPARE(split.records.at(i), whole.records.at(i));
            }
        }
        MetadataDocument reread;
        QVERIFY(!MetadataJson::parse(MetadataJson::serialize(tricky), QStringLiteral("f"), &reread)
                     .isError());
        QCOMPARE(reread.records.at(0).key.label, tricky.records.at(0).key.label);
        QCOMPARE(reread.records.at(0).key.note, tricky.records.at(0).key.note);
        // Damage anywhere gives the message of the whole file's first problem; a second "keys"
        // list is read as QJsonDocument reads it (the last one) either way.
        const QList<QByteArray> damagedFiles = {
            withKeys(goodKey + ',').replace("\"version\":1", "\"version\":2"),
            withKeys(goodKey + ',' + QByteArray(goodKey).replace("\"enabled\":true", "")),
            QByteArray("{\"keys\":[" + goodKey
                       + "], \"keys\":[], \"format\":\"keyrack-metadata\",\"version\":1}"),
            withKeys("{\"id\":\"x\""),
            // A name written with an escape is the same name: the last "keys" list counts.
            QByteArray("{\"format\":\"keyrack-metadata\",\"version\":1,\"keys\":[],\"k\\u0065ys\":["
                       + goodKey + "]}"),
            // Nesting that QJsonDocument refuses in the whole file.
            withKeys(
                QByteArray(goodKey).replace("\"enabled\"",
                                            QByteArray("\"deep\":" + QByteArray(1023, '[')
                                                       + QByteArray(1023, ']') + ",\"enabled\""))),
            QByteArray("{\"format\":\"keyrack-metadata\",\"version\":1,\"keys\":[" + goodKey
                       + "}}"), // the list closed with a brace
        };
        for (const QByteArray &damaged : damagedFiles) {
            MetadataDocument split = sample();
            MetadataDocument whole = sample();
            const Error splitError =
                MetadataJson::parse(damaged, QStringLiteral("f"), &split, true);
            const Error wholeError =
                MetadataJson::parse(damaged, QStringLiteral("f"), &whole, false);
            QCOMPARE(splitError.message, wholeError.message);
            QCOMPARE(split.records.size(), whole.records.size()); // untouched when refused
        }
    }

    void minimalKeyIsAccepted()
    {
        MetadataDocument document;
        QVERIFY(!MetadataJson::parse(withKeys(goodKey), QStringLiteral("f"), &document).isError());
        QCOMPARE(document.records.size(), 1);
        QVERIFY(!document.records.first().key.lastAudit);
    }

    void refused_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QTest::newRow("not json") << QByteArray("nope") << QStringLiteral("damaged");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("not a JSON object");
        QTest::newRow("newer") << QByteArray(
            "{\"format\":\"keyrack-metadata\",\"version\":2,\"keys\":[]}")
                               << QStringLiteral("newer Keyrack");
        QTest::newRow("fractional version")
            << QByteArray("{\"format\":\"keyrack-metadata\",\"version\":1.5,\"keys\":[]}")
            << QStringLiteral("whole number");
        QTest::newRow("keys not a list")
            << QByteArray("{\"format\":\"keyrack-metadata\",\"version\":1,\"keys\":{}}")
            << QStringLiteral("not a list");
        QTest::newRow("duplicate id")
            << withKeys(goodKey + ',' + goodKey) << QStringLiteral("appears twice");
        QTest::newRow("unknown right")
            << withKeys(QByteArray(goodKey).replace("\"read\"", "\"fly\""))
            << QStringLiteral("unknown right");
        QTest::newRow("plain http")
            << withKeys(QByteArray(goodKey).replace("\"hitbtc\"", "\"http://example.com\""))
            << QStringLiteral("https://");
        QTest::newRow("empty label")
            << withKeys(QByteArray(goodKey).replace("\"label\":\"a\"", "\"label\":\"\""))
            << QStringLiteral("empty label");
        QTest::newRow("bad id") << withKeys(QByteArray(goodKey).replace("6f0d3ab4", "zzzz"))
                                << QStringLiteral("UUID");
        QTest::newRow("bad date") << withKeys(
            QByteArray(goodKey).replace("\"enabled\"", "\"created\":\"soon\",\"enabled\""))
                                  << QStringLiteral("not a date");
        QTest::newRow("enabled not bool")
            << withKeys(QByteArray(goodKey).replace("\"enabled\":true", "\"enabled\":1"))
            << QStringLiteral("true or false");
    }

    void refused()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        MetadataDocument document = sample();
        const Error error =
            MetadataJson::parse(bytes, QStringLiteral("/data/keys.json"), &document);
        QCOMPARE(error.kind, ErrorKind::DataFile);
        QVERIFY2(error.message.contains(reason), qPrintable(error.message));
        QVERIFY(error.message.contains(QStringLiteral("/data/keys.json")));
        QCOMPARE(document.records.size(), 2); // the caller's document is not half-replaced
    }
};

QTEST_GUILESS_MAIN(TestMetadataJson)
#include "tst_metadatajson.moc"
