#include "audit/auditreportwriter.h"
#include "audit/keyrisks.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

// Risk notes and the report in its three formats.
class TestAuditReport : public QObject
{
    Q_OBJECT

private:
    const QDateTime m_now = QDateTime(QDate(2026, 11, 26), QTime(12, 0), Qt::UTC);

    ApiKey key(const QString &label, AccessRights rights, const QString &publicKey = {})
    {
        ApiKey k;
        k.id = QUuid::createUuid();
        k.label = label;
        k.publicKey = publicKey.isEmpty() ? label + u"-public"_s : publicKey;
        k.rights = rights;
        k.created = m_now.addDays(-10);
        return k;
    }

private Q_SLOTS:
    void riskNotes()
    {
        ApiKey everything = key(u"everything"_s, AccessRights::all());
        ApiKey withdraw = key(u"withdraw"_s, AccessRights::fromBits(0x8), u"twin"_s);
        ApiKey twin = key(u"twin"_s, AccessRights(), u"twin"_s);
        ApiKey old = key(u"old"_s, AccessRights::fromBits(0x1));
        old.created = m_now.addDays(-200);
        old.lastUsed = m_now.addDays(-120);
        AuditResult audit;
        audit.time = m_now.addDays(-40);
        audit.setObserved(Right::Read, Observed::Yes);
        audit.setObserved(Right::Trade, Observed::Yes); // more than declared
        old.lastAudit = audit;
        const QList<ApiKey> all {everything, withdraw, twin, old};

        const QString e = KeyRisks::notes(everything, all, 30, m_now).join(u'\n');
        QVERIFY(e.contains(u"Allow all"_s));
        QVERIFY(e.contains(u"Never audited"_s));
        const QString w = KeyRisks::notes(withdraw, all, 30, m_now).join(u'\n');
        QVERIFY(w.contains(u"Withdrawals allowed"_s));
        QVERIFY(w.contains(u"imported 1 more time"_s));
        const QString o = KeyRisks::notes(old, all, 30, m_now).join(u'\n');
        QVERIFY2(o.contains(u"Not used for 120 day"_s), qPrintable(o));
        QVERIFY(o.contains(u"No audit for 40 day"_s));
        QVERIFY(o.contains(u"can do more than you think"_s));
        QVERIFY(KeyRisks::auditDue(old, 30, m_now));
        QVERIFY(!KeyRisks::auditDue(old, 60, m_now));
    }

    void reportsInThreeFormats()
    {
        ApiKey hostile = key(u"<script>alert(1)</script>,=cmd"_s, AccessRights::fromBits(0x3));
        AuditResult audit;
        audit.time = m_now;
        audit.setObserved(Right::Read, Observed::Yes);
        audit.setObserved(Right::Trade, Observed::No);
        audit.summary = u"declared but refused: trade"_s;
        hostile.lastAudit = audit;
        const QList<ApiKey> keys {hostile, key(u"plain"_s, AccessRights())};

        const QByteArray html =
            AuditReportWriter::write(AuditReportWriter::Format::Html, keys, 30, m_now);
        QVERIFY(!html.contains("<script>"));
        QVERIFY(html.contains("&lt;script&gt;"));
        QVERIFY(html.contains("class=\"less\""));

        const QJsonObject json =
            QJsonDocument::fromJson(
                AuditReportWriter::write(AuditReportWriter::Format::Json, keys, 30, m_now))
                .object();
        const QJsonObject first = json.value(u"keys").toArray().first().toObject();
        QCOMPARE(first.value(u"label").toString(), hostile.label);
        QCOMPARE(first.value(u"rights")
                     .toObject()
                     .value(u"trade")
                     .toObject()
                     .value(u"observed")
                     .toString(),
                 u"no"_s);
        QCOMPARE(json.value(u"keys").toArray().size(), 2);

        const QByteArray csv =
            AuditReportWriter::write(AuditReportWriter::Format::Csv, keys, 30, m_now);
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 4); // header, two keys, and the empty tail
        // The label with a comma is quoted; the cell starting with '=' could not be a formula.
        QVERIFY(lines[1].startsWith("\"<script>alert(1)</script>,=cmd\""));
        QVERIFY(AuditReportWriter::formatForFile(u"r.HTML"_s) == AuditReportWriter::Format::Html);
        QVERIFY(!AuditReportWriter::formatForFile(u"r.txt"_s));
    }
};

QTEST_GUILESS_MAIN(TestAuditReport)
#include "tst_auditreport.moc"
