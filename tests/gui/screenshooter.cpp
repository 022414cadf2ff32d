// keyrack-screenshooter: drives the real window and its real dialogs over a throwaway data
// directory and keychain (scripts/screenshots sets them up) and saves what a user sees as PNGs:
// the first start over an empty data directory, the main window after an audit, the new-key
// dialog (sandbox, and importing an exchange key), the one-time secret dialog, the confirmation
// before a trading right is granted (without and with a two-factor code), the test-call panel,
// the settings and the two-factor enrolment. The secrets shown (a sandbox key's, the TOTP
// secret) exist only for this run, in its throwaway keychain.
#include "core/totp.h"
#include "core/translations.h"
#include "gui/keytablemodel.h"
#include "gui/mainwindow.h"
#include "gui/prompter.h"
#include "gui/settingsdialog.h"
#include "gui/testcallpanel.h"
#include "gui/totpenrolmentdialog.h"
#include "guitestutil.h"
#include "sandbox/sandboxserver.h"
#include "storage/appsettings.h"
#include "storage/keychainvault.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"
#include "storage/twofactor.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QCommandLineParser>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QDockWidget>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStyleFactory>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using GuiTest::whenModalShows;

namespace {

QString s_out;
int s_failures = 0;

void save(QWidget *widget, const QString &name)
{
    const QString path = QDir(s_out).filePath(name + QStringLiteral(".png"));
    if (!widget->grab().save(path)) {
        std::fprintf(stderr, "screenshooter: could not write %s\n", qPrintable(path));
        ++s_failures;
        return;
    }
    std::printf("wrote %s\n", qPrintable(path));
}

void fail(const char *what)
{
    std::fprintf(stderr, "screenshooter: %s\n", what);
    ++s_failures;
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31), base(0x1e, 0x1f, 0x22), text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::Highlight, QColor(0x3d, 0x7a, 0xd6));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::PlaceholderText, QColor(0x90, 0x90, 0x90));
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x80, 0x80, 0x80));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x80, 0x80, 0x80));
    return p;
}

int rowOf(QTableView *view, const QString &label)
{
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        if (view->model()->index(row, KeyTableModel::LabelColumn).data().toString() == label) {
            return row;
        }
    }
    return -1;
}

// What a user sees on the very first start: a window over an empty data directory, with the
// embedded sandbox running.
void shootFirstStart(const QString &tail)
{
    QTemporaryDir dir;
    if (!dir.isValid()) {
        fail("no temporary directory for the first-start window");
        return;
    }
    MetadataStore store(dir.filePath(QStringLiteral("data")));
    KeychainVault vault;
    KeyRepository repository(&store, &vault);
    if (repository.load().isError()) {
        fail("the empty data directory did not load");
        return;
    }
    AppSettings settings(dir.filePath(QStringLiteral("settings.ini")));
    DialogPrompter prompter;
    MainWindow window(&repository, &prompter, &settings);
    SandboxServer sandbox(&repository);
    if (sandbox.start().isError()) {
        fail("the sandbox of the first-start window did not start");
        return;
    }
    window.setSandbox(&sandbox);
    window.resize(1560, 520);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        fail("the first-start window was never shown");
        return;
    }
    QTest::qWait(200);
    save(&window, QStringLiteral("first-start") + tail);
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("keyrack"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyrack"));
    QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));

    QCommandLineParser parser;
    parser.addHelpOption();
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("Data directory."),
                                     QStringLiteral("DIR"));
    const QCommandLineOption out(QStringLiteral("out"), QStringLiteral("Where PNGs go."),
                                 QStringLiteral("DIR"));
    const QCommandLineOption dark(QStringLiteral("dark"), QStringLiteral("Use a dark palette."));
    const QCommandLineOption suffix(QStringLiteral("suffix"),
                                    QStringLiteral("Appended to every file name."),
                                    QStringLiteral("TEXT"));
    const QCommandLineOption language(QStringLiteral("language"),
                                      QStringLiteral("Interface language (de, ru, en)."),
                                      QStringLiteral("CODE"));
    parser.addOptions({dataDir, out, dark, suffix, language});
    parser.process(app);
    s_out = parser.value(out);
    const QString tail = parser.value(suffix);
    Translations::install(parser.isSet(language) ? parser.value(language) : QStringLiteral("en"));
    if (parser.isSet(dark)) {
        QApplication::setPalette(darkPalette());
    }

    shootFirstStart(tail);

    MetadataStore store(parser.value(dataDir));
    KeychainVault vault;
    KeyRepository repository(&store, &vault);
    if (const Error loaded = repository.load(); loaded.isError()) {
        std::fprintf(stderr, "screenshooter: %s\n", qPrintable(loaded.message));
        return 1;
    }
    AppSettings settings(QDir(parser.value(dataDir)).filePath(QStringLiteral("settings.ini")));
    DialogPrompter prompter;
    TwoFactor twoFactor(&settings, &vault);
    prompter.twoFactor = &twoFactor;
    MainWindow window(&repository, &prompter, &settings);
    window.setTwoFactor(&twoFactor);
    SandboxServer sandbox(&repository);
    if (const Error started = sandbox.start(); started.isError()) {
        std::fprintf(stderr, "screenshooter: %s\n", qPrintable(started.message));
        return 1;
    }
    window.setSandbox(&sandbox);
    window.resize(1560, 520);
    window.show();
    if (!QTest::qWaitForWindowExposed(&window)) {
        fail("the main window was never shown");
        return 1;
    }
    auto *view = window.findChild<QTableView *>(QStringLiteral("keyTableView"));

    // Audit the sandbox keys, so the table shows declared and observed rights together.
    view->clearSelection();
    for (int row = 0; row < view->model()->rowCount(); ++row) {
        const QModelIndex index = view->model()->index(row, KeyTableModel::EnvironmentColumn);
        const std::optional<ApiKey> key =
            repository.key(index.data(KeyTableModel::KeyIdRole).toUuid());
        if (key && key->environment.isSandbox()) {
            view->selectionModel()->select(index,
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }
    QSignalSpy audited(&window, &MainWindow::auditsFinished);
    window.auditSelected();
    if (!audited.wait(30000)) {
        fail("the audit did not finish");
    }
    view->clearSelection();
    QTest::qWait(200);
    save(&window, QStringLiteral("main-window") + tail);

    // The search, typed as a user types it (the sorted rows stay sorted, only filtered).
    auto *search = window.findChild<QLineEdit *>(QStringLiteral("searchLineEdit"));
    search->setFocus();
    QTest::keyClicks(search, QStringLiteral("bot"));
    QTest::qWait(200);
    save(&window, QStringLiteral("search") + tail);
    search->clear();
    QTest::qWait(100);

    // New API key, then the one-time secret.
    whenModalShows<QDialog>([&](QDialog *dialog) {
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("labelLineEdit")),
                         QStringLiteral("Grid bot"));
        save(dialog, QStringLiteral("new-key") + tail);
        whenModalShows<QDialog>([&](QDialog *reveal) {
            save(reveal, QStringLiteral("secret-reveal") + tail);
            reveal->findChild<QCheckBox *>(QStringLiteral("savedCheckBox"))->setChecked(true);
            reveal->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Close)->click();
        });
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
    });
    window.newKey();
    QTest::qWait(300);

    // Importing a key created on HitBTC: the public key pasted, the secret masked; cancelled.
    whenModalShows<QDialog>([&](QDialog *dialog) {
        dialog->findChild<QComboBox *>(QStringLiteral("environmentComboBox"))->setCurrentIndex(1);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("labelLineEdit")),
                         QStringLiteral("Arbitrage bot"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("publicKeyLineEdit")),
                         QStringLiteral("Qm7TzR2vX9cLp4Wn8KsB1hYdE6jF3uGa"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("secretLineEdit")),
                         QStringLiteral("example-secret-not-real-0000000"));
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("noteLineEdit")),
                         QStringLiteral("spot only, no withdrawals"));
        QTest::qWait(100);
        save(dialog, QStringLiteral("import-key") + tail);
        dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
    });
    window.newKey();
    QTest::qWait(300);

    // The confirmation before "Place/cancel orders" is granted, cancelled.
    const int row = rowOf(view, QStringLiteral("Grid bot"));
    if (row < 0) {
        fail("the generated key is not in the table");
    } else {
        whenModalShows<QDialog>([&](QDialog *dialog) {
            save(dialog, QStringLiteral("confirm-grant") + tail);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        });
        view->setFocus();
        view->setCurrentIndex(view->model()->index(row, KeyTableModel::TradeColumn));
        QTest::keyClick(view, Qt::Key_Space);
    }

    // A test call: the balance of a key that may read.
    const int reader = rowOf(view, QStringLiteral("Market maker bot"));
    if (reader >= 0) {
        window.testCallDock()->show();
        view->setCurrentIndex(view->model()->index(reader, KeyTableModel::LabelColumn));
        auto *endpoints = window.findChild<QComboBox *>(QStringLiteral("endpointComboBox"));
        const int index =
            endpoints->findText(QStringLiteral("GET /spot/balance"), Qt::MatchStartsWith);
        endpoints->setCurrentIndex(index);
        Q_EMIT endpoints->activated(index);
        QSignalSpy called(window.testCallPanel(), &TestCallPanel::callFinished);
        window.findChild<QPushButton *>(QStringLiteral("sendButton"))->click();
        if (!called.wait(20000)) {
            fail("the test call did not finish");
        }
        window.resize(1560, 900);
        QTest::qWait(200);
        save(&window, QStringLiteral("test-call") + tail);
        window.testCallDock()->hide();
    }

    SettingsDialog settingsDialog(&settings, &twoFactor, &window);
    settingsDialog.show();
    if (QTest::qWaitForWindowExposed(&settingsDialog)) {
        save(&settingsDialog, QStringLiteral("settings") + tail);
    }
    settingsDialog.reject();

    // Two-factor codes: ticking the box shows the enrolment dialog; a first code from the TOTP
    // secret it shows (as an authenticator app would compute it) turns them on.
    SettingsDialog twoFactorSettings(&settings, &twoFactor, &window);
    twoFactorSettings.show();
    if (QTest::qWaitForWindowExposed(&twoFactorSettings)) {
        twoFactorSettings.findChild<QCheckBox *>(QStringLiteral("twoFactorCheckBox"))
            ->setChecked(true);
        auto *enrolment = twoFactorSettings.findChild<TotpEnrolmentDialog *>();
        if (!enrolment || !QTest::qWaitForWindowExposed(enrolment)) {
            fail("the two-factor enrolment dialog was never shown");
        } else {
            QTest::qWait(200);
            save(enrolment, QStringLiteral("totp-enrolment") + tail);
            const std::optional<QByteArray> key = Totp::base32Decode(
                enrolment->findChild<QLineEdit *>(QStringLiteral("secretLineEdit"))->text());
            QSignalSpy enabled(&twoFactor, &TwoFactor::enabledChanged);
            QTest::keyClicks(
                enrolment->findChild<QLineEdit *>(QStringLiteral("codeLineEdit")),
                Totp::code(key.value_or(QByteArray()), QDateTime::currentSecsSinceEpoch()));
            enrolment->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->click();
            if (!twoFactor.isEnabled() && !enabled.wait(30000)) {
                fail("two-factor codes were not turned on");
            }
        }
        QTest::qWait(200);
        twoFactorSettings.accept();
    }

    // With two-factor codes on, the grant confirmation asks for a code; cancelled.
    if (row >= 0 && twoFactor.isEnabled()) {
        whenModalShows<QDialog>([&](QDialog *dialog) {
            QTest::qWait(100);
            save(dialog, QStringLiteral("confirm-grant-2fa") + tail);
            dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Cancel)->click();
        });
        const int gridBot = rowOf(view, QStringLiteral("Grid bot"));
        view->setFocus();
        view->setCurrentIndex(view->model()->index(gridBot, KeyTableModel::TradeColumn));
        QTest::keyClick(view, Qt::Key_Space);
    }
    return s_failures == 0 ? 0 : 1;
}
