#include "audit/rightsauditor.h"
#include "net/apiclient.h"
#include "net/randomtoken.h"
#include "sandbox/sandboxserver.h"
#include "storage/keychainvault.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

// The audit against the real sandbox: what it reports is exactly the difference between the
// rights a key is declared to have and those the exchange grants it.
class TestRightsAuditor : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<MetadataStore> m_store;
    std::unique_ptr<KeychainVault> m_vault;
    std::unique_ptr<KeyRepository> m_repository;
    std::unique_ptr<SandboxServer> m_server;
    ApiClient m_client;
    QUuid m_id;

    RightsAuditor::SecretReader reader()
    {
        return [this](const QUuid &id, auto done) {
            m_repository->readSecret(id, std::move(done));
        };
    }

    // The key as Keyrack declares it, while the sandbox (the exchange) grants `granted`.
    AuditReport audit(AccessRights declared, AccessRights granted,
                      const std::function<void(RightsAuditor &)> &during = {})
    {
        [&] {
            QVERIFY(!m_repository->setRights(m_id, granted).isError());
        }();
        ApiKey key = *m_repository->key(m_id);
        key.rights = declared;
        key.enabled = true;
        RightsAuditor auditor(&m_client, reader());
        if (during) {
            during(auditor);
        }
        QSignalSpy finished(&auditor, &RightsAuditor::finished);
        auditor.start(key, m_server->url(), false);
        if (!finished.wait(30000)) {
            qWarning("the audit never finished");
            return {};
        }
        return finished.at(0).at(0).value<AuditReport>();
    }

    QByteArray accountState() const
    {
        const SandboxAccount &account = m_server->account();
        QByteArray out;
        for (const SandboxReply &reply :
             {account.spotBalance(), account.walletBalance(), account.activeOrders({}),
              account.orderHistory({}), account.transactions({})}) {
            out += QJsonDocument(reply.body.toArray()).toJson(QJsonDocument::Compact);
        }
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<AuditReport>();
        qRegisterMetaType<ApiResponse>();
        m_store = std::make_unique<MetadataStore>(m_dir.path());
        m_vault = std::make_unique<KeychainVault>(u"Keyrack-test-audit"_s);
        m_repository = std::make_unique<KeyRepository>(m_store.get(), m_vault.get());
        QVERIFY(!m_repository->load().isError());
        QSignalSpy done(this, &QObject::objectNameChanged);
        m_repository->generate(u"audited"_s, {}, &RandomToken::generate,
                               [this](const Error &error, GeneratedKey key) {
                                   QVERIFY2(!error.isError(), qPrintable(error.message));
                                   m_id = key.id;
                                   setObjectName(u"generated"_s);
                               });
        QVERIFY(done.wait(30000));
        m_server = std::make_unique<SandboxServer>(m_repository.get());
        QVERIFY(!m_server->start().isError());
    }

    void cleanupTestCase()
    {
        QSignalSpy done(this, &QObject::objectNameChanged);
        m_repository->remove(m_id, [this](const Error &) { setObjectName(u"removed"_s); });
        QVERIFY(done.wait(30000));
    }

    void init()
    {
        QVERIFY(!m_repository->setEnabled(m_id, true).isError());
        m_server->setRateLimit(0);
    }

    void reportsExactlyTheDifference_data()
    {
        QTest::addColumn<unsigned>("granted");
        QTest::addColumn<unsigned>("declared");
        for (unsigned bits = 0; bits < 16; ++bits) {
            QTest::addRow("granted %u, declared the opposite", bits) << bits << (~bits & 0xFu);
            QTest::addRow("granted %u, declared the same", bits) << bits << bits;
        }
    }

    void reportsExactlyTheDifference()
    {
        QFETCH(unsigned, granted);
        QFETCH(unsigned, declared);
        const QByteArray before = accountState();
        const AuditReport report =
            audit(AccessRights::fromBits(declared), AccessRights::fromBits(granted));
        QVERIFY(!report.keyRefused);
        QVERIFY2(!report.error.isError(), qPrintable(report.error.message));
        for (const Right right : AccessRights::allRights) {
            const bool has = granted & static_cast<unsigned>(right);
            QCOMPARE(report.result.observed(right), has ? Observed::Yes : Observed::No);
        }
        QCOMPARE(report.moreThanDeclared().bits(), granted & ~declared);
        QCOMPARE(report.lessThanDeclared().bits(), declared & ~granted);
        QCOMPARE(report.matchesDeclared(), granted == declared);
        QCOMPARE(report.probes.size(), 4);
        // Probes change nothing on the account.
        QCOMPARE(accountState(), before);
    }

    void keyOffOnTheExchangeJudgesNothing()
    {
        QVERIFY(!m_repository->setEnabled(m_id, false).isError());
        const AuditReport report = audit(AccessRights::all(), AccessRights::all());
        QVERIFY(report.keyRefused);
        QVERIFY(report.result.summary.contains(u"key refused"_s));
        QCOMPARE(report.probes.size(), 1);
        for (const Right right : AccessRights::allRights) {
            QCOMPARE(report.result.observed(right), Observed::Unknown);
        }
        QVERIFY(!report.matchesDeclared());
    }

    void unexpectedAnswerIsUnknown()
    {
        // The sandbox's rate limit answers 429 from the third request on.
        m_server->setRateLimit(2);
        const AuditReport report = audit(AccessRights::all(), AccessRights::all());
        QCOMPARE(report.result.observed(Right::Read), Observed::Yes);
        QCOMPARE(report.result.observed(Right::Trade), Observed::Yes);
        QCOMPARE(report.result.observed(Right::Payment), Observed::Unknown);
        QVERIFY2(report.probes[2].note.contains(u"429"_s), qPrintable(report.probes[2].note));
        QVERIFY(report.moreThanDeclared().isNone() && report.lessThanDeclared().isNone());
    }

    void cancelStopsBetweenProbes()
    {
        const AuditReport report =
            audit(AccessRights::all(), AccessRights::all(), [](RightsAuditor &auditor) {
                connect(&auditor, &RightsAuditor::progress, &auditor,
                        [&auditor](int done, int, const QString &) {
                            if (done == 1) {
                                auditor.cancel();
                            }
                        });
            });
        QVERIFY(report.cancelled);
        QVERIFY(report.probes.size() < 4);
        QCOMPARE(report.result.observed(Right::Withdraw), Observed::Unknown);
    }

    void offInKeyrackIsNotProbed()
    {
        ApiKey key = *m_repository->key(m_id);
        key.enabled = false;
        RightsAuditor auditor(&m_client, reader());
        QSignalSpy finished(&auditor, &RightsAuditor::finished);
        m_server->setRateLimit(0);
        auditor.start(key, m_server->url(), true);
        QVERIFY(finished.wait(10000));
        const auto report = finished.at(0).at(0).value<AuditReport>();
        QVERIFY(report.error.isError());
        QVERIFY(report.probes.isEmpty());
    }

    void exchangeKeySkipsWithdrawUnlessAskedFor()
    {
        // A key of a "custom exchange" served by the sandbox: withdraw is not probed by default.
        ApiKey key = *m_repository->key(m_id);
        QString error;
        key.environment = *Environment::parse(m_server->url().toString(), &error);
        QVERIFY(!m_repository->setRights(m_id, AccessRights::all()).isError());
        for (const bool include : {false, true}) {
            RightsAuditor auditor(&m_client, reader());
            QSignalSpy finished(&auditor, &RightsAuditor::finished);
            auditor.start(key, m_server->url(), include);
            QVERIFY(finished.wait(30000));
            const auto report = finished.at(0).at(0).value<AuditReport>();
            QCOMPARE(report.probes.size(), include ? 4 : 3);
            QCOMPARE(report.result.observed(Right::Withdraw),
                     include ? Observed::Yes : Observed::NotProbed);
        }
    }
};

QTEST_GUILESS_MAIN(TestRightsAuditor)
#include "tst_rightsauditor.moc"
