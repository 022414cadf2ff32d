// The test-call panel and the audit, driven through the real main window (offscreen) against
// the real embedded sandbox over loopback, with keys in the real keychain.
#include "guitestutil.h"

#include "gui/keytablemodel.h"
#include "gui/mainwindow.h"
#include "gui/prompter.h"
#include "gui/testcallpanel.h"
#include "net/randomtoken.h"
#include "sandbox/sandboxserver.h"
#include "storage/appsettings.h"
#include "storage/keychainvault.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"

#include <QComboBox>
#include <QDockWidget>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextDocumentFragment>

using namespace Qt::StringLiterals;

class TestTestCallPanel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    MetadataStore *m_store = nullptr;
    KeychainVault *m_vault = nullptr;
    KeyRepository *m_repo = nullptr;
    DialogPrompter *m_prompter = nullptr;
    AppSettings *m_settings = nullptr;
    SandboxServer *m_sandbox = nullptr;
    MainWindow *m_window = nullptr;
    QByteArray m_secret;

    template<typename T> T *find(const QString &name) const
    {
        T *widget = m_window->findChild<T *>(name);
        if (!widget) {
            qFatal("no widget %s", qPrintable(name));
        }
        return widget;
    }

    QUuid generate(const QString &label)
    {
        QUuid id;
        m_repo->generate(label, {}, &RandomToken::generate,
                         [&id, this](const Error &error, GeneratedKey key) {
                             QVERIFY2(!error.isError(), qPrintable(error.message));
                             m_secret = key.secret.reveal();
                             id = key.id;
                         });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!id.isNull(), 20000);
        }();
        return id;
    }

    QUuid importMirror(const QUuid &of, const QUrl &url)
    {
        // The sandbox key pair imported as an exchange key at `url`: it plays a key whose
        // switch on the exchange differs from what Keyrack believes.
        QString error;
        QByteArray secret = m_secret;
        QUuid id;
        m_repo->importKey(NewKey {u"mirror"_s,
                                  m_repo->key(of)->publicKey,
                                  *Environment::parse(url.toString(), &error),
                                  {}},
                          Secret::adopt(secret), [&id](const Error &e, const QUuid &added) {
                              QVERIFY2(!e.isError(), qPrintable(e.message));
                              id = added;
                          });
        [&] {
            QTRY_VERIFY_WITH_TIMEOUT(!id.isNull(), 20000);
        }();
        return id;
    }

    void chooseEndpoint(const QString &methodAndPath)
    {
        auto *endpoints = find<QComboBox>(u"endpointComboBox"_s);
        const int index = endpoints->findText(methodAndPath, Qt::MatchStartsWith);
        QVERIFY2(index >= 0, qPrintable(methodAndPath));
        endpoints->setCurrentIndex(index);
        Q_EMIT endpoints->activated(index);
    }

    // Clicks Send and waits for the call to end; returns the status label's text.
    QString sendAndWait()
    {
        QSignalSpy finished(m_window->testCallPanel(), &TestCallPanel::callFinished);
        QTest::mouseClick(find<QPushButton>(u"sendButton"_s), Qt::LeftButton);
        if (!finished.wait(20000)) {
            return u"(no call finished) "_s + find<QLabel>(u"statusLabel"_s)->text();
        }
        return find<QLabel>(u"statusLabel"_s)->text();
    }

    // Answers the next QMessageBox with the button whose text starts with `answer`.
    void answerNextQuestion(const QString &answer, QString *seenText = nullptr)
    {
        whenModalShows<QMessageBox>([answer, seenText](QMessageBox *box) {
            if (seenText) {
                // As the user reads it: the details are rich text.
                *seenText = box->text() + u'\n'
                    + QTextDocumentFragment::fromHtml(box->informativeText()).toPlainText();
            }
            for (QAbstractButton *b : box->buttons()) {
                if (b->text().remove(u'&').startsWith(answer)) {
                    QTest::mouseClick(b, Qt::LeftButton);
                    return;
                }
            }
            QFAIL("no such button");
        });
    }

private Q_SLOTS:
    void init()
    {
        m_dir = new QTemporaryDir;
        m_store = new MetadataStore(m_dir->path());
        m_vault = new KeychainVault(u"Keyrack-test-gui"_s);
        m_repo = new KeyRepository(m_store, m_vault);
        QVERIFY(!m_repo->load().isError());
        m_store->setWatching(true);
        m_prompter = new DialogPrompter;
        m_settings = new AppSettings(m_dir->path() + u"/settings.ini"_s);
        m_window = new MainWindow(m_repo, m_prompter, m_settings);
        m_sandbox = new SandboxServer(m_repo);
        QVERIFY(!m_sandbox->start().isError());
        m_window->setSandbox(m_sandbox);
        m_window->resize(1400, 800);
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window));
    }

    void cleanup()
    {
        for (const ApiKey &key : m_repo->keys()) {
            bool done = false;
            m_repo->remove(key.id, [&done](const Error &) { done = true; });
            QTRY_VERIFY_WITH_TIMEOUT(done, 10000);
        }
        delete m_window;
        delete m_sandbox;
        delete m_settings;
        delete m_prompter;
        delete m_repo;
        delete m_vault;
        delete m_store;
        delete m_dir;
    }

    void headerShowsTheSandbox()
    {
        const QString text = find<QLabel>(u"sandboxLabel"_s)->text();
        QVERIFY2(text.contains(m_sandbox->url().toString()), qPrintable(text));
    }

    void callsAgainstTheSandbox()
    {
        const QUuid id = generate(u"panel bot"_s);
        QVERIFY(!m_repo->setRights(id, AccessRights::fromBits(0x1)).isError());
        // Ctrl+T opens the panel; the selected row's key is the panel's key.
        QTest::keyClick(m_window, Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(m_window->testCallDock()->isVisible());
        auto *view = find<QTableView>(u"keyTableView"_s);
        view->setCurrentIndex(view->model()->index(0, 0));
        QCOMPARE(find<QComboBox>(u"keyComboBox"_s)->currentData().toUuid(), id);

        chooseEndpoint(u"GET /spot/balance"_s);
        QString status = sendAndWait();
        QVERIFY2(status.contains(u"HTTP 200"_s), qPrintable(status));
        QVERIFY(find<QPlainTextEdit>(u"responseBodyPlainTextEdit"_s)
                    ->toPlainText()
                    .contains(u"\"currency\": \"BTC\""_s));
        const QString signedText =
            find<QPlainTextEdit>(u"stringToSignPlainTextEdit"_s)->toPlainText();
        QVERIFY2(signedText.startsWith(u"GET/api/3/spot/balance"_s), qPrintable(signedText));
        QVERIFY(m_repo->key(id)->lastUsed.isValid());

        // The right revoked: the panel warns first, then the exchange answers 403.
        QVERIFY(!m_repo->setRights(id, AccessRights()).isError());
        QString warning;
        answerNextQuestion(u"Send anyway"_s, &warning);
        status = sendAndWait();
        QVERIFY2(warning.contains(u"not declared"_s), qPrintable(warning));
        QVERIFY2(status.contains(u"HTTP 403"_s), qPrintable(status));
        QVERIFY(find<QLabel>(u"explanationLabel"_s)->text().contains(u"Right missing"_s));

        // Switched OFF: the panel refuses to send and says why.
        QVERIFY(!m_repo->setEnabled(id, false).isError());
        QTRY_VERIFY(!find<QPushButton>(u"sendButton"_s)->isEnabled());
        QVERIFY(find<QLabel>(u"policyLabel"_s)->text().contains(u"OFF"_s));

        // A key ON in Keyrack but OFF on the exchange: 401, explained.
        const QUuid mirror = importMirror(id, m_sandbox->url());
        m_window->testCallPanel()->selectKey(mirror);
        chooseEndpoint(u"GET /public/ticker \u2014"_s);
        chooseEndpoint(u"GET /spot/balance"_s);
        answerNextQuestion(u"Send anyway"_s);
        status = sendAndWait();
        QVERIFY2(status.contains(u"HTTP 401"_s), qPrintable(status));
        QVERIFY(find<QLabel>(u"explanationLabel"_s)->text().contains(u"Authorisation failed"_s));

        // The history names calls, never a secret or a signature; a re-run sends again.
        const auto &records = m_window->testCallPanel()->history().records();
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.first().status, 401);
        QFile settingsFile(m_dir->path() + u"/settings.ini"_s);
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray stored = settingsFile.readAll();
        QVERIFY(stored.contains("spot/balance"));
        QVERIFY(!stored.contains(m_secret));
        QVERIFY(!stored.contains("HS256"));
    }

    void stateChangingCallsAskFirst()
    {
        const QUuid id = generate(u"trader"_s);
        QVERIFY(!m_repo->setRights(id, AccessRights::fromBits(0x3)).isError());
        m_window->testCallPanel()->selectKey(id);
        chooseEndpoint(u"POST /spot/order"_s);
        QString question;
        answerNextQuestion(u"Cancel"_s, &question);
        QTest::mouseClick(find<QPushButton>(u"sendButton"_s), Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY2(question.contains(u"POST http://127.0.0.1"_s), qPrintable(question));
        QVERIFY(question.contains(u"\"side\":\"sell\""_s));
        QCOMPARE(find<QLabel>(u"statusLabel"_s)->text(), u"Not sent."_s);
        QVERIFY(m_sandbox->account().activeOrders({}).body.toArray().isEmpty());

        answerNextQuestion(u"Send"_s);
        const QString status = sendAndWait();
        QVERIFY2(status.contains(u"HTTP 200"_s), qPrintable(status));
        QCOMPARE(m_sandbox->account().activeOrders({}).body.toArray().size(), 1);

        // Switched off for the sandbox in Settings: no question.
        m_settings->setConfirmSandboxStateChangingCalls(false);
        QVERIFY(sendAndWait().contains(u"HTTP 200"_s));
        QCOMPARE(m_sandbox->account().activeOrders({}).body.toArray().size(), 2);
    }

    void serverDownKeepsTheWindowUsable()
    {
        const QUuid id = generate(u"lonely"_s);
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl closed(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();
        const QUuid mirror = importMirror(id, closed);
        m_window->testCallPanel()->selectKey(mirror);
        chooseEndpoint(u"GET /public/ticker \u2014"_s);
        const QString status = sendAndWait();
        QVERIFY2(status.contains(u"No answer"_s), qPrintable(status));
        QVERIFY(!find<QLabel>(u"explanationLabel"_s)->text().isEmpty());
        QVERIFY(find<QPushButton>(u"sendButton"_s)->isEnabled());
    }

    // A step that lasts says what the call waits for (a quick one is not shown: it would only
    // flicker); Cancel ends it and the panel is ready again.
    void aCallThatLastsSaysWhatItWaitsFor()
    {
        const QUuid id = generate(u"patient"_s);
        QTcpServer silent; // accepts connections and never answers
        QVERIFY(silent.listen(QHostAddress::LocalHost));
        const QUuid mirror =
            importMirror(id, QUrl(u"http://127.0.0.1:%1"_s.arg(silent.serverPort())));
        TestCallPanel *panel = m_window->testCallPanel();
        panel->selectKey(mirror);
        chooseEndpoint(u"GET /public/ticker \u2014"_s);
        auto *status = find<QLabel>(u"statusLabel"_s);
        QTest::mouseClick(find<QPushButton>(u"sendButton"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"Sending to 127.0.0.1"_s), 5000);
        QVERIFY(find<QLabel>(u"explanationLabel"_s)->text().isEmpty());
        QSignalSpy finished(panel, &TestCallPanel::callFinished);
        QTest::mouseClick(find<QPushButton>(u"cancelButton"_s), Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QVERIFY(!status->text().contains(u"Sending to"_s));
        QVERIFY(find<QPushButton>(u"sendButton"_s)->isEnabled());
    }

    // The key is marked used and the call kept after the frame that shows the answer, or when
    // the window closes first: a call answered just before closing is not forgotten.
    void aCallAnsweredAsTheWindowClosesIsRecorded()
    {
        const QUuid id = generate(u"last call"_s);
        QVERIFY(!m_repo->setRights(id, AccessRights::fromBits(0x1)).isError());
        m_window->testCallPanel()->selectKey(id);
        chooseEndpoint(u"GET /spot/balance"_s);
        QSignalSpy shown(m_window->testCallPanel(), &TestCallPanel::responseShown);
        QTest::mouseClick(find<QPushButton>(u"sendButton"_s), Qt::LeftButton);
        QVERIFY(shown.wait(20000));
        QVERIFY(!m_repo->key(id)->lastUsed.isValid()); // not yet: the frame comes first
        delete m_window;
        m_window = nullptr;
        QVERIFY(m_repo->key(id)->lastUsed.isValid());
        AppSettings reread(m_dir->path() + u"/settings.ini"_s);
        CallHistory history(&reread.store());
        QVERIFY(!history.records().isEmpty());
        QCOMPARE(history.records().first().keyId, id);
    }

    void copyAsCurlSignsFreshly()
    {
        const QUuid id = generate(u"curl"_s);
        QVERIFY(!m_repo->setRights(id, AccessRights::fromBits(0x1)).isError());
        m_window->testCallPanel()->selectKey(id);
        chooseEndpoint(u"GET /spot/balance"_s);
        QSignalSpy copied(m_window->testCallPanel(), &TestCallPanel::curlCopied);
        QTest::mouseClick(find<QPushButton>(u"copyCurlButton"_s), Qt::LeftButton);
        QVERIFY(copied.wait(20000));
        const QString command = copied.at(0).at(0).toString();
        QVERIFY2(command.startsWith(u"curl -sS -X GET 'http://127.0.0.1:"_s), qPrintable(command));
        QVERIFY(command.contains(u"Authorization: HS256 "_s));
        QVERIFY(!command.contains(QString::fromUtf8(m_secret)));
        QVERIFY(find<QLabel>(u"statusLabel"_s)->text().contains(u"expires"_s));
    }

    void auditFromTheWindow()
    {
        const QUuid id = generate(u"audited"_s);
        QVERIFY(!m_repo->setRights(id, AccessRights::fromBits(0x1)).isError());
        auto *view = find<QTableView>(u"keyTableView"_s);
        view->setCurrentIndex(view->model()->index(0, 0));
        view->selectRow(0);
        QSignalSpy finished(m_window, &MainWindow::auditsFinished);
        QTest::keyClick(view, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(finished.wait(30000));
        const ApiKey key = *m_repo->key(id);
        QVERIFY(key.lastAudit);
        QCOMPARE(key.lastAudit->observed(Right::Read), Observed::Yes);
        QCOMPARE(key.lastAudit->observed(Right::Trade), Observed::No);
        const QModelIndex read = view->model()->index(0, KeyTableModel::ReadColumn);
        QCOMPARE(read.data().toString(), u"seen"_s);
        QVERIFY(!view->model()
                     ->index(0, KeyTableModel::LastAuditColumn)
                     .data(KeyTableModel::AuditDueRole)
                     .toBool());

        // The exchange grants more than declared: marked red, with words.
        const QUuid mirror = importMirror(id, m_sandbox->url());
        Q_UNUSED(mirror)
        QVERIFY(!m_repo->setRights(id, AccessRights::fromBits(0x3)).isError());
        QSignalSpy all(m_window, &MainWindow::auditsFinished);
        QMetaObject::invokeMethod(m_window, &MainWindow::auditAll, Qt::QueuedConnection);
        answerNextQuestion(u"Cancel"_s); // do not probe withdraw on the "exchange"
        QVERIFY(all.wait(30000));
        const int row = m_window->model()->rowOf(mirror);
        const QModelIndex trade = m_window->model()->index(row, KeyTableModel::TradeColumn);
        QCOMPARE(trade.data().toString(), u"seen!"_s);
        QVERIFY(trade.data(Qt::BackgroundRole).value<QBrush>().color().red() > 200);
        QVERIFY(trade.data(Qt::ToolTipRole).toString().contains(u"more than you think"_s));
        QCOMPARE(m_window->model()->index(row, KeyTableModel::WithdrawColumn).data().toString(),
                 u"not probed"_s);
    }
};

QTEST_MAIN(TestTestCallPanel)
#include "tst_testcallpanel.moc"
