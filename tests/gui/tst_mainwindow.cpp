// The real main window, on the offscreen platform, with the real OS keychain and real dialogs,
// driven by mouse and keyboard as a user drives it.
#include "gui/keytablemodel.h"
#include "gui/mainwindow.h"
#include "gui/newkeydialog.h"
#include "gui/prompter.h"
#include "gui/settingsdialog.h"
#include "guitestutil.h"
#include "storage/appsettings.h"
#include "storage/keychainvault.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"
#include "storage/twofactor.h"

#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir *m_dir = nullptr;
    MetadataStore *m_store = nullptr;
    KeychainVault *m_vault = nullptr;
    KeyRepository *m_repo = nullptr;
    DialogPrompter *m_prompter = nullptr;
    AppSettings *m_settings = nullptr;
    MainWindow *m_window = nullptr;

    QTableView *view() const
    {
        return m_window->findChild<QTableView *>(QStringLiteral("keyTableView"));
    }

    QModelIndex cell(int row, int column) const { return view()->model()->index(row, column); }

    QPoint centreOf(const QModelIndex &index) const { return view()->visualRect(index).center(); }

    QUuid generateThroughCli(const QString &label)
    {
        QProcess cli;
        cli.start(QStringLiteral(KEYRACK_CLI),
                  {QStringLiteral("--data-dir"), m_store->dataDir(), QStringLiteral("generate"),
                   QStringLiteral("--label"), label, QStringLiteral("--json")});
        [&]() {
            QVERIFY(cli.waitForFinished(30000));
            QCOMPARE(cli.exitCode(), 0);
        }();
        const QUuid id =
            QUuid::fromString(QString::fromUtf8(cli.readAllStandardOutput()).section(u'"', 3, 3));
        [&]() {
            QTRY_VERIFY_WITH_TIMEOUT(m_window->model()->rowOf(id) >= 0, 5000);
        }();
        return id;
    }

    int rowOf(const QString &label) const
    {
        for (int row = 0; row < view()->model()->rowCount(); ++row) {
            if (cell(row, KeyTableModel::LabelColumn).data().toString() == label) {
                return row;
            }
        }
        return -1;
    }

    ApiKey keyOf(const QString &label) const
    {
        return *m_repo->key(cell(rowOf(label), 0).data(KeyTableModel::KeyIdRole).toUuid());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS"),
                 "run under scripts/test: it provides the private keychain session");
    }

    void init()
    {
        m_dir = new QTemporaryDir;
        m_store = new MetadataStore(m_dir->path());
        m_vault = new KeychainVault;
        m_repo = new KeyRepository(m_store, m_vault);
        QVERIFY(!m_repo->load().isError());
        m_store->setWatching(true);
        m_prompter = new DialogPrompter;
        m_settings = new AppSettings(m_dir->path() + QStringLiteral("/settings.ini"));
        m_window = new MainWindow(m_repo, m_prompter, m_settings);
        m_window->resize(1300, 500);
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
        delete m_settings;
        delete m_prompter;
        delete m_repo;
        delete m_vault;
        delete m_store;
        delete m_dir;
    }

    // Switching the new-key dialog to an exchange shows more rows: the dialog grows to fit them
    // instead of squeezing what is there (tst_translations checks it in German, where it did).
    void newKeyDialogGrowsForAnImport()
    {
        NewKeyDialog dialog([](const NewKeyRequest &) { return QString(); });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int before = dialog.height();
        auto *environments = dialog.findChild<QComboBox *>(QStringLiteral("environmentComboBox"));
        QVERIFY(environments && environments->count() > 1);
        environments->setCurrentIndex(1); // an exchange: an import
        QApplication::processEvents();
        QVERIFY(dialog.findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))->isVisible());
        QVERIFY(dialog.height() >= before); // never smaller
        QVERIFY(dialog.width() >= dialog.sizeHint().width());
        QVERIFY(dialog.height() >= dialog.sizeHint().height());
        for (QWidget *field : dialog.findChildren<QWidget *>()) {
            if (field->isVisible()
                && (qobject_cast<QLineEdit *>(field) || qobject_cast<QLabel *>(field))) {
                QVERIFY2(field->height() >= field->minimumSizeHint().height(),
                         qPrintable(field->objectName()));
            }
        }
    }

    void generateShowsTheSecretOnceAndForgetsIt()
    {
        auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pageStackedWidget"));
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("emptyPage"));
        QVERIFY(m_window->findChild<QLabel *>(QStringLiteral("emptyStateLabel"))
                    ->text()
                    .contains(QStringLiteral("New API key")));

        QString shownSecret;
        QString shownPublicKey;
        bool refusedToClose = false;
        whenModalShows<QDialog>([&](QDialog *dialog) {
            // The new-key dialog: a sandbox key needs only a label.
            QCOMPARE(dialog->objectName(), QStringLiteral("NewKeyDialog"));
            auto *ok = button(dialog->findChild<QDialogButtonBox *>(), QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("labelLineEdit")),
                             QStringLiteral("desk bot"));
            QVERIFY(ok->isEnabled());
            whenModalShows<QDialog>([&](QDialog *reveal) {
                QCOMPARE(reveal->objectName(), QStringLiteral("SecretRevealDialog"));
                shownSecret =
                    reveal->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))->text();
                shownPublicKey =
                    reveal->findChild<QLineEdit *>(QStringLiteral("publicKeyLineEdit"))->text();
                auto *close =
                    button(reveal->findChild<QDialogButtonBox *>(), QDialogButtonBox::Close);
                QVERIFY(!close->isEnabled());
                // Escape and closing the window do nothing until the secret is saved.
                QTest::keyClick(reveal, Qt::Key_Escape);
                reveal->close();
                QVERIFY(reveal->isVisible());
                refusedToClose = true;
                auto *saved = reveal->findChild<QCheckBox *>(QStringLiteral("savedCheckBox"));
                QTest::mouseClick(saved, Qt::LeftButton, {}, QPoint(8, saved->height() / 2));
                QVERIFY(close->isEnabled());
                QTest::mouseClick(close, Qt::LeftButton);
            });
            QTest::mouseClick(ok, Qt::LeftButton);
        });
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("newKeyButton")),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(refusedToClose && !QApplication::activeModalWidget(), 15000);

        QCOMPARE(shownSecret.size(), 32);
        QCOMPARE(view()->model()->rowCount(), 1);
        QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("tablePage"));
        const ApiKey key = keyOf(QStringLiteral("desk bot"));
        QCOMPARE(key.publicKey, shownPublicKey);
        QVERIFY(key.rights.isNone());
        QVERIFY(key.enabled);

        // The keychain holds exactly what was shown...
        bool read = false;
        m_repo->readSecret(key.id, [&](const Error &error, Secret secret) {
            QVERIFY2(!error.isError(), qPrintable(error.message));
            QCOMPARE(QString::fromUtf8(secret.reveal()), shownSecret);
            read = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
        // ...and no widget shows it any more.
        for (QWidget *widget : QApplication::allWidgets()) {
            if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
                QVERIFY(!edit->text().contains(shownSecret));
            }
            if (auto *label = qobject_cast<QLabel *>(widget)) {
                QVERIFY(!label->text().contains(shownSecret));
            }
        }
        // Nor does anything a screen reader can reach: every name, value, description and
        // help text in the accessibility tree of every window, table cells included.
        QStringList spoken;
        std::function<void(QAccessibleInterface *, int)> walk = [&](QAccessibleInterface *node,
                                                                    int depth) {
            if (!node || depth > 40) {
                return;
            }
            for (QAccessible::Text kind : {QAccessible::Name, QAccessible::Value,
                                           QAccessible::Description, QAccessible::Help}) {
                spoken << node->text(kind);
            }
            for (int i = 0; i < node->childCount(); ++i) {
                walk(node->child(i), depth + 1);
            }
        };
        for (QWidget *top : QApplication::topLevelWidgets()) {
            walk(QAccessible::queryAccessibleInterface(top), 0);
        }
        QVERIFY(spoken.size() > 100); // the table's cells were reached
        QVERIFY(spoken.join(u'\n').contains(key.publicKey));
        QVERIFY(!spoken.join(u'\n').contains(shownSecret));
    }

    void settingsFromTheKeyboardChangeTheAuditReminder()
    {
        const QUuid id = generateThroughCli(QStringLiteral("audited"));
        AuditResult audit;
        audit.time = QDateTime::currentDateTimeUtc().addDays(-10);
        QVERIFY(!m_repo->setAudit(id, audit).isError());
        const int row = rowOf(QStringLiteral("audited"));
        QVERIFY(!cell(row, KeyTableModel::LastAuditColumn).data().toString().contains(u"due"));

        TwoFactor twoFactor(m_settings, m_vault);
        m_window->setTwoFactor(&twoFactor);
        QTest::keyClick(m_window, Qt::Key_Comma, Qt::ControlModifier);
        auto *dialog = m_window->findChild<SettingsDialog *>();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        auto *reminder = dialog->findChild<QSpinBox *>(QStringLiteral("auditReminderSpinBox"));
        QCOMPARE(reminder->value(), 30);
        reminder->setFocus();
        reminder->selectAll();
        QTest::keyClicks(reminder, QStringLiteral("7"));
        QTest::mouseClick(button(dialog->findChild<QDialogButtonBox *>(), QDialogButtonBox::Ok),
                          Qt::LeftButton);

        QCOMPARE(m_settings->auditReminderDays(), 7);
        QVERIFY2(cell(row, KeyTableModel::LastAuditColumn).data().toString().contains(u"due"),
                 qPrintable(cell(row, KeyTableModel::LastAuditColumn).data().toString()));
        QTRY_VERIFY(!m_window->findChild<SettingsDialog *>());
    }

    // What a screen reader announces: every control that takes focus has a name, in the window,
    // the test-call panel and the new-key dialog, and the table's cells say what they show.
    void everyControlHasAnAccessibleName()
    {
        generateThroughCli(QStringLiteral("spoken"));
        QTest::keyClick(m_window, Qt::Key_T, Qt::ControlModifier);
        QTRY_VERIFY(m_window->testCallDock()->isVisible());
        const auto checkNames = [](QWidget *top) {
            QStringList unnamed;
            for (QWidget *widget : top->findChildren<QWidget *>()) {
                if (widget->focusPolicy() == Qt::NoFocus || !widget->isVisibleTo(top)
                    || qobject_cast<QAbstractScrollArea *>(widget->parentWidget())
                    || qobject_cast<QAbstractSpinBox *>(widget->parentWidget())) {
                    continue;
                }
                QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
                if (!face || face->text(QAccessible::Name).trimmed().isEmpty()) {
                    unnamed << QStringLiteral("%1 (%2)").arg(
                        widget->objectName(),
                        QString::fromLatin1(widget->metaObject()->className()));
                }
            }
            return unnamed;
        };
        const QStringList unnamed = checkNames(m_window);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u", ")));

        const int row = rowOf(QStringLiteral("spoken"));
        for (int column = 0; column < KeyTableModel::ColumnCount; ++column) {
            const QModelIndex index = cell(row, column);
            const QString spoken = index.data(Qt::AccessibleTextRole).toString();
            QVERIFY2(!spoken.isEmpty(), qPrintable(QString::number(column)));
        }
        QVERIFY(cell(row, KeyTableModel::StatusColumn)
                    .data(Qt::AccessibleTextRole)
                    .toString()
                    .contains(QStringLiteral("ON")));

        QStringList dialogUnnamed;
        whenModalShows<QDialog>([&](QDialog *dialog) {
            dialogUnnamed = checkNames(dialog);
            dialog->reject();
        });
        QTest::mouseClick(m_window->findChild<QPushButton *>(QStringLiteral("newKeyButton")),
                          Qt::LeftButton);
        QTRY_VERIFY(!QApplication::activeModalWidget());
        QVERIFY2(dialogUnnamed.isEmpty(), qPrintable(dialogUnnamed.join(u", ")));
    }

    void switchToggledByMouseAndSpace()
    {
        generateThroughCli(QStringLiteral("switchy"));
        const int row = rowOf(QStringLiteral("switchy"));
        const QModelIndex status = cell(row, KeyTableModel::StatusColumn);
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, centreOf(status));
        QVERIFY(!keyOf(QStringLiteral("switchy")).enabled);
        QCOMPARE(cell(row, KeyTableModel::StatusColumn).data().toString(), QStringLiteral("OFF"));

        view()->setCurrentIndex(cell(row, KeyTableModel::StatusColumn));
        QTest::keyClick(view(), Qt::Key_Space);
        QVERIFY(keyOf(QStringLiteral("switchy")).enabled);
    }

    void tradeGrantCancelledThenConfirmed()
    {
        generateThroughCli(QStringLiteral("trader"));
        const int row = rowOf(QStringLiteral("trader"));
        QString question;
        whenModalShows<QDialog>([&](QDialog *dialog) {
            QCOMPARE(dialog->objectName(), QStringLiteral("ConfirmGrantDialog"));
            question = dialog->findChild<QLabel *>(QStringLiteral("messageLabel"))->text();
            QTest::mouseClick(
                button(dialog->findChild<QDialogButtonBox *>(), QDialogButtonBox::Cancel),
                Qt::LeftButton);
        });
        view()->setCurrentIndex(cell(row, KeyTableModel::TradeColumn));
        QTest::keyClick(view(), Qt::Key_Space);
        QVERIFY(question.contains(QStringLiteral("trader")));
        QVERIFY(question.contains(QStringLiteral("Place/cancel orders")));
        QVERIFY(!keyOf(QStringLiteral("trader")).rights.has(Right::Trade));

        whenModalShows<QDialog>([&](QDialog *dialog) {
            QTest::mouseClick(button(dialog->findChild<QDialogButtonBox *>(), QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        QTest::keyClick(view(), Qt::Key_Space);
        QVERIFY(keyOf(QStringLiteral("trader")).rights.has(Right::Trade));
    }

    void allowAllBothWays()
    {
        generateThroughCli(QStringLiteral("everything"));
        const int row = rowOf(QStringLiteral("everything"));
        view()->setCurrentIndex(cell(row, KeyTableModel::ReadColumn));
        QTest::keyClick(view(), Qt::Key_Space); // read: no confirmation
        QCOMPARE(cell(row, KeyTableModel::AllowAllColumn)
                     .data(Qt::CheckStateRole)
                     .value<Qt::CheckState>(),
                 Qt::PartiallyChecked);

        bool asked = false;
        whenModalShows<QDialog>([&](QDialog *dialog) {
            asked = true;
            QTest::mouseClick(button(dialog->findChild<QDialogButtonBox *>(), QDialogButtonBox::Ok),
                              Qt::LeftButton);
        });
        view()->setCurrentIndex(cell(row, KeyTableModel::AllowAllColumn));
        QTest::keyClick(view(), Qt::Key_Space);
        QVERIFY(asked);
        QVERIFY(keyOf(QStringLiteral("everything")).rights.isAll());

        QTest::keyClick(view(), Qt::Key_Space); // unchecking revokes all, with no question
        QVERIFY(keyOf(QStringLiteral("everything")).rights.isNone());
        QCOMPARE(cell(row, KeyTableModel::AllowAllColumn)
                     .data(Qt::CheckStateRole)
                     .value<Qt::CheckState>(),
                 Qt::Unchecked);
    }

    void deleteCancelledThenConfirmed()
    {
        const QUuid id = generateThroughCli(QStringLiteral("doomed"));
        QVERIFY(!id.isNull());
        const QModelIndex trash =
            cell(rowOf(QStringLiteral("doomed")), KeyTableModel::DeleteColumn);
        QString question;
        whenModalShows<QMessageBox>([&](QMessageBox *box) {
            question = box->informativeText();
            box->button(QMessageBox::Cancel)->click();
        });
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, centreOf(trash));
        QVERIFY(question.contains(QStringLiteral("A deleted API key can not be retrieved")));
        QCOMPARE(view()->model()->rowCount(), 1);

        whenModalShows<QMessageBox>([&](QMessageBox *box) {
            for (QAbstractButton *b : box->buttons()) {
                if (box->buttonRole(b) == QMessageBox::DestructiveRole) {
                    b->click();
                }
            }
        });
        QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, centreOf(trash));
        QTRY_COMPARE_WITH_TIMEOUT(view()->model()->rowCount(), 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!m_window->isBusy(), 10000);
        // The secret went with it.
        bool read = false;
        KeychainVault vault;
        vault.readSecret(id.toString(QUuid::WithoutBraces), [&](const Error &error, Secret) {
            QCOMPARE(error.kind, ErrorKind::NotFound);
            read = true;
        });
        QTRY_VERIFY_WITH_TIMEOUT(read, 10000);
    }

    void changeByCliAppearsInOpenWindow()
    {
        generateThroughCli(QStringLiteral("remote"));
        const int row = rowOf(QStringLiteral("remote"));
        QProcess cli;
        cli.start(QStringLiteral(KEYRACK_CLI),
                  {QStringLiteral("--data-dir"), m_store->dataDir(), QStringLiteral("disable"),
                   QStringLiteral("remote")});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        QTRY_COMPARE_WITH_TIMEOUT(cell(row, KeyTableModel::StatusColumn).data().toString(),
                                  QStringLiteral("OFF"), 5000);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
