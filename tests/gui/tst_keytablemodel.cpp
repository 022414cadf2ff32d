// KeyTableModel and KeyFilterProxyModel over a real metadata file and a fake vault.
#include "fakevault.h"
#include "gui/keyfilterproxymodel.h"
#include "gui/keytablemodel.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"

#include <QAbstractItemModelTester>
#include <QIcon>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class TestKeyTableModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    MetadataStore *m_store = nullptr;
    FakeVault *m_vault = nullptr;
    KeyRepository *m_repo = nullptr;
    KeyTableModel *m_model = nullptr;
    QAbstractItemModelTester *m_tester = nullptr;
    QList<std::pair<QString, AccessRights>> m_confirmations;
    bool m_answer = true;

    QUuid addKey(const QString &label, const QString &publicKey, const Environment &environment,
                 AccessRights rights = {})
    {
        bool finished = false;
        QUuid id;
        QByteArray secret("secret");
        m_repo->importKey(
            NewKey {label, publicKey, environment, QStringLiteral("note of ") + label},
            Secret::adopt(secret), [&](const Error &error, const QUuid &added) {
                QVERIFY2(!error.isError(), qPrintable(error.message));
                id = added;
                finished = true;
            });
        [&]() {
            QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
        }();
        if (!rights.isNone()) {
            [&]() {
                QVERIFY(!m_repo->setRights(id, rights).isError());
            }();
        }
        return id;
    }

    void removeKey(const QUuid &id)
    {
        bool finished = false;
        m_repo->remove(id, [&](const Error &error) {
            QVERIFY2(!error.isError(), qPrintable(error.message));
            finished = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
    }

    QModelIndex cell(const QUuid &id, int column) const
    {
        return m_model->index(m_model->rowOf(id), column);
    }

    AccessRights rightsOf(const QUuid &id) const { return m_repo->key(id)->rights; }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        m_store = new MetadataStore(m_dir->path());
        m_vault = new FakeVault;
        m_repo = new KeyRepository(m_store, m_vault);
        QVERIFY(!m_repo->load().isError());
        m_model = new KeyTableModel(m_repo);
        m_tester = new QAbstractItemModelTester(
            m_model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        m_confirmations.clear();
        m_answer = true;
        m_model->setGrantConfirmer([this](const ApiKey &key, AccessRights granted) {
            m_confirmations.append({key.label, granted});
            return m_answer;
        });
    }

    void cleanup()
    {
        delete m_tester;
        delete m_model;
        delete m_repo;
        delete m_vault;
        delete m_store;
        delete m_dir;
    }

    void rowsFollowTheRepository()
    {
        QCOMPARE(m_model->rowCount(), 0);
        const QUuid a =
            addKey(QStringLiteral("alpha"), QStringLiteral("PUB-A"), Environment::hitbtc());
        const QUuid b =
            addKey(QStringLiteral("beta"), QStringLiteral("PUB-B"), Environment::sandbox());
        QCOMPARE(m_model->rowCount(), 2);
        QCOMPARE(cell(a, KeyTableModel::LabelColumn).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(cell(b, KeyTableModel::EnvironmentColumn).data().toString(),
                 QStringLiteral("Sandbox"));
        QCOMPARE(cell(a, KeyTableModel::PublicKeyColumn).data().toString(),
                 QStringLiteral("PUB-A"));
        QCOMPARE(
            cell(a, KeyTableModel::StatusColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
            Qt::Checked);
        QCOMPARE(cell(a, KeyTableModel::LastUsedColumn).data().toString(), QStringLiteral("never"));
        QCOMPARE(m_model->headerData(KeyTableModel::TradeColumn, Qt::Horizontal, Qt::ToolTipRole)
                     .toString(),
                 QStringLiteral("Place/cancel orders"));

        QSignalSpy removed(m_model, &QAbstractItemModel::rowsRemoved);
        bool finished = false;
        m_repo->remove(a, [&](const Error &) { finished = true; });
        QTRY_VERIFY_WITH_TIMEOUT(finished, 5000);
        QCOMPARE(removed.count(), 1);
        QCOMPARE(m_model->rowCount(), 1);
    }

    void switchGoesThroughTheRepository()
    {
        const QUuid a =
            addKey(QStringLiteral("alpha"), QStringLiteral("PUB-A"), Environment::hitbtc());
        QSignalSpy changed(m_model, &QAbstractItemModel::dataChanged);
        QVERIFY(m_model->setData(cell(a, KeyTableModel::StatusColumn), Qt::Unchecked,
                                 Qt::CheckStateRole));
        QVERIFY(!m_repo->key(a)->enabled);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(cell(a, KeyTableModel::StatusColumn).data().toString(), QStringLiteral("OFF"));
        // A revoked key's row is greyed.
        QVERIFY(cell(a, KeyTableModel::LabelColumn).data(Qt::ForegroundRole).isValid());
    }

    void readIsGrantedWithoutConfirmationTradeWithIt()
    {
        const QUuid a =
            addKey(QStringLiteral("alpha"), QStringLiteral("PUB-A"), Environment::hitbtc());
        QVERIFY(
            m_model->setData(cell(a, KeyTableModel::ReadColumn), Qt::Checked, Qt::CheckStateRole));
        QVERIFY(m_confirmations.isEmpty());
        QVERIFY(rightsOf(a).has(Right::Read));

        m_answer = false;
        QVERIFY(!m_model->setData(cell(a, KeyTableModel::TradeColumn), Qt::Checked,
                                  Qt::CheckStateRole));
        QCOMPARE(m_confirmations.size(), 1);
        QCOMPARE(m_confirmations.first().first, QStringLiteral("alpha"));
        QVERIFY(m_confirmations.first().second.has(Right::Trade));
        QVERIFY(!rightsOf(a).has(Right::Trade));

        m_answer = true;
        QVERIFY(m_model->setData(cell(a, KeyTableModel::WithdrawColumn), Qt::Checked,
                                 Qt::CheckStateRole));
        QVERIFY(rightsOf(a).has(Right::Withdraw));
        QVERIFY(!cell(a, KeyTableModel::LabelColumn).data(Qt::DecorationRole).isNull());
        // The mark is an SVG drawn at any size, sharp on high-DPI screens.
        const QIcon mark =
            cell(a, KeyTableModel::LabelColumn).data(Qt::DecorationRole).value<QIcon>();
        QCOMPARE(mark.pixmap(64, 64).size(), QSize(64, 64));
        // Revoking asks nothing.
        m_confirmations.clear();
        QVERIFY(m_model->setData(cell(a, KeyTableModel::WithdrawColumn), Qt::Unchecked,
                                 Qt::CheckStateRole));
        QVERIFY(m_confirmations.isEmpty());
        QVERIFY(!rightsOf(a).has(Right::Withdraw));
    }

    void allowAllIsTriState()
    {
        AccessRights read;
        read.set(Right::Read);
        const QUuid a =
            addKey(QStringLiteral("alpha"), QStringLiteral("PUB-A"), Environment::hitbtc(), read);
        const QModelIndex all = cell(a, KeyTableModel::AllowAllColumn);
        QCOMPARE(all.data(Qt::CheckStateRole).value<Qt::CheckState>(), Qt::PartiallyChecked);
        QCOMPARE(cell(a, KeyTableModel::LabelColumn).data(Qt::DecorationRole).isNull(), true);

        QVERIFY(m_model->setData(all, Qt::Checked, Qt::CheckStateRole));
        QCOMPARE(m_confirmations.size(), 1);
        QVERIFY(rightsOf(a).isAll());
        QCOMPARE(
            cell(a, KeyTableModel::AllowAllColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
            Qt::Checked);

        QVERIFY(m_model->setData(cell(a, KeyTableModel::AllowAllColumn), Qt::Unchecked,
                                 Qt::CheckStateRole));
        QVERIFY(rightsOf(a).isNone());
        QCOMPARE(
            cell(a, KeyTableModel::AllowAllColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
            Qt::Unchecked);

        // Granting all four one by one checks "Allow all" too.
        for (int column : {KeyTableModel::ReadColumn, KeyTableModel::TradeColumn,
                           KeyTableModel::PaymentColumn, KeyTableModel::WithdrawColumn}) {
            QVERIFY(m_model->setData(cell(a, column), Qt::Checked, Qt::CheckStateRole));
        }
        QCOMPARE(
            cell(a, KeyTableModel::AllowAllColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
            Qt::Checked);
    }

    void failedSaveIsReported()
    {
        const QUuid a =
            addKey(QStringLiteral("alpha"), QStringLiteral("PUB-A"), Environment::hitbtc());
        QSignalSpy failed(m_model, &KeyTableModel::changeFailed);
        QFile::remove(m_store->filePath());
        QVERIFY(QDir().mkpath(m_store->filePath())); // the file cannot be written any more
        QVERIFY(!m_model->setData(cell(a, KeyTableModel::StatusColumn), Qt::Unchecked,
                                  Qt::CheckStateRole));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(
            cell(a, KeyTableModel::StatusColumn).data(Qt::CheckStateRole).value<Qt::CheckState>(),
            Qt::Checked);
    }

    void proxySearchesFiltersAndSorts()
    {
        AccessRights trade;
        trade.set(Right::Trade);
        const QUuid a = addKey(QStringLiteral("Zeta bot"), QStringLiteral("PUB-ZETA"),
                               Environment::hitbtc(), trade);
        addKey(QStringLiteral("alpha"), QStringLiteral("PUB-ALPHA"), Environment::sandbox());
        addKey(QStringLiteral("Mid"), QStringLiteral("PUB-MID"), Environment::hitbtcDemo());
        QVERIFY(!m_repo->setEnabled(a, false).isError());

        KeyFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model);
        QCOMPARE(proxy.rowCount(), 3);

        proxy.sort(KeyTableModel::LabelColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("alpha"));
        QCOMPARE(proxy.index(2, 0).data().toString(), QStringLiteral("Zeta bot"));

        proxy.setSearchText(QStringLiteral("zeta"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("note of mid")); // the note is searched too
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("pub-"));
        QCOMPARE(proxy.rowCount(), 3);

        proxy.setEnvironment(QStringLiteral("sandbox"));
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data().toString(), QStringLiteral("alpha"));
        proxy.setEnvironment(QString());

        proxy.setState(KeyFilterProxyModel::State::Off);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setState(KeyFilterProxyModel::State::On);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setState(KeyFilterProxyModel::State::Any);

        proxy.setRequiredRight(Right::Trade);
        QCOMPARE(proxy.rowCount(), 1);
        // The filter follows changes: a right granted elsewhere shows the key.
        QVERIFY(!m_repo->setRights(m_repo->keys().at(1).id, AccessRights::all()).isError());
        QCOMPARE(proxy.rowCount(), 2);
    }

    void rowsStaySortedThroughChanges()
    {
        const QUuid b =
            addKey(QStringLiteral("bravo"), QStringLiteral("PUB-B"), Environment::hitbtc());
        addKey(QStringLiteral("Delta"), QStringLiteral("PUB-D"), Environment::hitbtc());
        const QUuid a =
            addKey(QStringLiteral("alpha"), QStringLiteral("PUB-A"), Environment::hitbtc());
        KeyFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model);
        const auto labels = [&proxy]() {
            QStringList out;
            for (int row = 0; row < proxy.rowCount(); ++row) {
                out << proxy.index(row, KeyTableModel::LabelColumn).data().toString();
            }
            return out;
        };
        // A selected row stays selected (a persistent index) while rows move under it.
        const QPersistentModelIndex selected = proxy.index(0, 0); // bravo, in the file's order

        proxy.sort(KeyTableModel::LabelColumn, Qt::AscendingOrder);
        QCOMPARE(labels(), (QStringList {u"alpha"_s, u"bravo"_s, u"Delta"_s}));
        QCOMPARE(selected.data().toString(), QStringLiteral("bravo"));
        // A new key is inserted in its place, a renamed one moves to its new place.
        addKey(QStringLiteral("charlie"), QStringLiteral("PUB-C"), Environment::hitbtc());
        QCOMPARE(labels(), (QStringList {u"alpha"_s, u"bravo"_s, u"charlie"_s, u"Delta"_s}));
        QVERIFY(!m_repo->setLabel(a, QStringLiteral("echo")).isError());
        QCOMPARE(labels(), (QStringList {u"bravo"_s, u"charlie"_s, u"Delta"_s, u"echo"_s}));
        QVERIFY(!m_repo->setLabel(b, QStringLiteral("foxtrot")).isError());
        QCOMPARE(labels(), (QStringList {u"charlie"_s, u"Delta"_s, u"echo"_s, u"foxtrot"_s}));
        QCOMPARE(selected.data().toString(), QStringLiteral("foxtrot"));

        proxy.sort(KeyTableModel::LabelColumn, Qt::DescendingOrder);
        QCOMPARE(labels(), (QStringList {u"foxtrot"_s, u"echo"_s, u"Delta"_s, u"charlie"_s}));
        // A filtered view keeps the order too.
        proxy.setSearchText(QStringLiteral("c"));
        QCOMPARE(labels(), (QStringList {u"echo"_s, u"charlie"_s}));
        removeKey(b);
        QCOMPARE(labels(), (QStringList {u"echo"_s, u"charlie"_s}));
        proxy.setSearchText(QString());
        QCOMPARE(labels(), (QStringList {u"echo"_s, u"Delta"_s, u"charlie"_s}));
        // A change that leaves a row in order leaves it where it is, under the user's pointer.
        proxy.sort(KeyTableModel::StatusColumn, Qt::AscendingOrder);
        const QStringList before = labels();
        QVERIFY(!m_repo->setRights(m_repo->keys().at(1).id, AccessRights::all()).isError());
        QVERIFY(!m_repo->markUsed(m_repo->keys().at(0).id).isError());
        QCOMPARE(labels(), before);
        proxy.sort(KeyTableModel::LabelColumn, Qt::DescendingOrder);
        // The switch column: OFF keys first when ascending.
        QVERIFY(!m_repo->setEnabled(m_repo->keys().at(0).id, false).isError());
        proxy.sort(KeyTableModel::StatusColumn, Qt::AscendingOrder);
        QCOMPARE(proxy.index(0, KeyTableModel::StatusColumn).data(Qt::CheckStateRole).toInt(),
                 int(Qt::Unchecked));
    }

    void searchFollowsChangesWhileTyping()
    {
        addKey(QStringLiteral("Ärger bot"), QStringLiteral("K-1"), Environment::hitbtc());
        addKey(QStringLiteral("spot bot"), QStringLiteral("K-2"), Environment::hitbtc());
        const QUuid three =
            addKey(QStringLiteral("margin"), QStringLiteral("K-3"), Environment::sandbox());
        KeyFilterProxyModel proxy;
        QAbstractItemModelTester tester(&proxy,
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(m_model);
        proxy.sort(KeyTableModel::LabelColumn);

        // Typed one character at a time, then erased: each step gives exactly the matches.
        const QList<std::pair<QString, int>> steps = {{u"b"_s, 2},    {u"bo"_s, 2},  {u"bot"_s, 2},
                                                      {u"bots"_s, 0}, {u"bot"_s, 2}, {u"bo"_s, 2},
                                                      {u"b"_s, 2},    {u""_s, 3}};
        for (const auto &[text, rows] : steps) {
            proxy.setSearchText(text);
            QVERIFY2(proxy.rowCount() == rows, qPrintable(text));
        }
        // Case and accents: the folded forms match.
        proxy.setSearchText(QStringLiteral("ärg"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("ÄRGER"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("arger")); // not the same letter
        QCOMPARE(proxy.rowCount(), 0);

        // Keys change between keystrokes: what was remembered of earlier searches is not used.
        proxy.setSearchText(QStringLiteral("bo"));
        QCOMPARE(proxy.rowCount(), 2);
        const QUuid added =
            addKey(QStringLiteral("bond desk"), QStringLiteral("K-4"), Environment::hitbtc());
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setSearchText(QStringLiteral("bot"));
        QCOMPARE(proxy.rowCount(), 2);
        QVERIFY(!m_repo->setLabel(three, QStringLiteral("robot")).isError());
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setSearchText(QStringLiteral("bo"));
        QCOMPARE(proxy.rowCount(), 4); // and bond desk
        removeKey(added);
        QCOMPARE(proxy.rowCount(), 3);
        proxy.setSearchText(QStringLiteral("b"));
        QCOMPARE(proxy.rowCount(), 3);
        // The note and the public key are searched too, but not across them.
        proxy.setSearchText(QStringLiteral("k-3"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("note of margin"));
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setSearchText(QStringLiteral("robot\nk-3"));
        QCOMPARE(proxy.rowCount(), 1); // fields are one per line
        proxy.setSearchText(QStringLiteral("k-3note"));
        QCOMPARE(proxy.rowCount(), 0);
    }
};

QTEST_MAIN(TestKeyTableModel)
#include "tst_keytablemodel.moc"
