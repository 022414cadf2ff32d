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
};

QTEST_MAIN(TestKeyTableModel)
#include "tst_keytablemodel.moc"
