// Keyrack's start-up as src/app/main.cpp does it (metadata, repository, settings, two-factor,
// main window, embedded sandbox once the window has painted), timed to the window's first paint.
// The keychain is wrapped to count calls: start-up must make none.

#include "benchkeys.h"
#include "firstpaint.h"

#include "core/hardening.h"
#include "gui/afternextpaint.h"
#include "gui/mainwindow.h"
#include "gui/prompter.h"
#include "sandbox/sandboxaddress.h"
#include "sandbox/sandboxserver.h"
#include "storage/appsettings.h"
#include "storage/keychainvault.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"
#include "storage/twofactor.h"

#include <QApplication>
#include <QCommandLineParser>

#include <memory>

int main(int argc, char *argv[])
{
    hardenProcess();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("keyrack"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyrack"));

    QCommandLineParser parser;
    const QCommandLineOption dataDir(QStringLiteral("data-dir"), QStringLiteral("data directory"),
                                     QStringLiteral("DIR"));
    parser.addOption(dataDir);
    parser.process(app);

    MetadataStore store(MetadataStore::resolveDataDir(parser.value(dataDir)));
    KeychainVault keychain;
    CountingVault vault(&keychain);
    KeyRepository repository(&store, &vault);
    const Error loaded = repository.load();
    store.setWatching(!loaded.isError());
    AppSettings settings;
    DialogPrompter prompter;
    prompter.clipboardClearSeconds = settings.clipboardClearSeconds();
    TwoFactor twoFactor(&settings, &vault);
    prompter.twoFactor = &twoFactor;
    MainWindow window(&repository, &prompter, &settings,
                      loaded.isError() ? loaded.message.toHtmlEscaped() : QString());
    window.setTwoFactor(&twoFactor);

    // As main.cpp: the sandbox starts after the first paint; the peak RSS is taken once it runs.
    std::unique_ptr<SandboxServer> sandbox;
    if (!loaded.isError()) {
        afterNextPaint(&window, [&] {
            sandbox = std::make_unique<SandboxServer>(&repository);
            if (!sandbox->start().isError()) {
                SandboxAddress::publish(store.dataDir(), sandbox->url());
                window.setSandbox(sandbox.get());
            }
        });
    }
    FirstPaint firstPaint(&window, [&] {
        return QStringLiteral("keys=%1 keychain_calls=%2 load_error=%3 sandbox=%4")
            .arg(repository.keys().size())
            .arg(vault.calls())
            .arg(loaded.isError() ? 1 : 0)
            .arg(sandbox && sandbox->url().isValid() ? 1 : 0);
    });
    window.resize(1460, 560);
    window.show();
    const int code = app.exec();
    window.setSandbox(nullptr);
    SandboxAddress::withdraw(store.dataDir()); // removes only a file this process wrote
    return code;
}
