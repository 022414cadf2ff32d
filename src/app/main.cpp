#include "core/hardening.h"
#include "core/translations.h"
#include "gui/afternextpaint.h"
#include "gui/appsettings.h"
#include "gui/mainwindow.h"
#include "gui/prompter.h"
#include "gui/singleinstance.h"
#include "gui/twofactor.h"
#include "sandbox/sandboxaddress.h"
#include "sandbox/sandboxserver.h"
#include "storage/keychainvault.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

#include <cstdio>
#include <memory>

int main(int argc, char *argv[])
{
    hardenProcess();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("keyrack"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyrack"));
    QApplication::setApplicationVersion(QStringLiteral(KEYRACK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.keyrack.Keyrack"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.keyrack.Keyrack"),
                                                 QIcon(QStringLiteral(":/icons/keyrack.svg"))));

    AppSettings settings;
    Translations::install(settings.language());

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Desktop manager for HitBTC API keys."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QApplication::translate("main", "Use DIR as the data directory."), QStringLiteral("DIR"));
    parser.addOption(dataDir);
    parser.process(app);

    MetadataStore store(MetadataStore::resolveDataDir(parser.value(dataDir)));
    // One window per data directory: a second start shows the first one instead.
    SingleInstance instance(store.dataDir());
    if (instance.forwardToRunning()) {
        std::fprintf(
            stderr, "%s\n",
            qPrintable(QApplication::translate("main",
                                               "Keyrack is already running on %1: its window was "
                                               "brought to the front.")
                           .arg(QDir::toNativeSeparators(store.dataDir()))));
        return 0;
    }
    KeychainVault vault;
    KeyRepository repository(&store, &vault);
    // Loading reads only the metadata file: no keychain access at start-up.
    const Error loaded = repository.load();
    store.setWatching(!loaded.isError());
    DialogPrompter prompter;
    prompter.clipboardClearSeconds = settings.clipboardClearSeconds();
    QObject::connect(&settings, &AppSettings::changed, &app, [&prompter, &settings] {
        prompter.clipboardClearSeconds = settings.clipboardClearSeconds();
    });
    // Trading and withdrawal rights need a TOTP code once two-factor codes are on in Settings.
    TwoFactor twoFactor(&settings, &vault);
    prompter.twoFactor = &twoFactor;
    MainWindow window(&repository, &prompter, &settings,
                      loaded.isError() ? loaded.message.toHtmlEscaped() : QString());
    window.setTwoFactor(&twoFactor);

    // The embedded sandbox, so every feature works offline from the first start. It starts once
    // the window has painted: the keys do not need it, and its HTTP server (with the TLS library
    // Qt loads for it) was a tenth of the time to the first paint.
    std::unique_ptr<SandboxServer> sandbox;
    if (!loaded.isError()) {
        afterNextPaint(&window, [&] {
            sandbox = std::make_unique<SandboxServer>(&repository);
            if (const Error started = sandbox->start(); started.isError()) {
                prompter.showError(&window, QApplication::translate("main", "Sandbox not started"),
                                   started.message);
            } else {
                SandboxAddress::publish(store.dataDir(), sandbox->url());
                window.setSandbox(sandbox.get());
            }
        });
    }
    QObject::connect(&instance, &SingleInstance::activationRequested, &window, [&window] {
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    window.resize(1460, 560);
    window.show();
    const int code = app.exec();
    window.setSandbox(nullptr);
    SandboxAddress::withdraw(store.dataDir()); // removes only a file this process wrote
    return code;
}
