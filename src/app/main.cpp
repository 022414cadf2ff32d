#include "core/hardening.h"
#include "core/translations.h"
#include "gui/afternextpaint.h"
#include "gui/mainwindow.h"
#include "gui/prompter.h"
#include "gui/singleinstance.h"
#include "sandbox/sandboxaddress.h"
#include "sandbox/sandboxserver.h"
#include "storage/appsettings.h"
#include "storage/keychainvault.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"
#include "storage/twofactor.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QIcon>

#include <cstdio>
#include <memory>

namespace {

void describe(QCommandLineParser *parser, const QCommandLineOption &dataDir)
{
    parser->setApplicationDescription(
        QCoreApplication::translate("main", "Desktop manager for HitBTC API keys."));
    parser->addHelpOption();
    parser->addVersionOption();
    parser->addOption(dataDir);
}

// --help and --version need no window: answered before a display is asked for, so they work
// over ssh or in a script.
bool onlyDescribes(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        const QByteArray arg(argv[i]);
        if (arg == "--") {
            return false;
        }
        if (arg == "-h" || arg == "-?" || arg == "--help" || arg == "--help-all" || arg == "-v"
            || arg == "--version") {
            return true;
        }
    }
    return false;
}

// The arguments without the options QGuiApplication takes ("-platform offscreen", "-style
// Fusion", ...), which a QCoreApplication would not know.
QStringList withoutWindowOptions(const QStringList &arguments)
{
    static const QStringList withValue = {
        QStringLiteral("-platform"),        QStringLiteral("-platformpluginpath"),
        QStringLiteral("-platformtheme"),   QStringLiteral("-plugin"),
        QStringLiteral("-qwindowgeometry"), QStringLiteral("-qwindowicon"),
        QStringLiteral("-qwindowtitle"),    QStringLiteral("-session"),
        QStringLiteral("-display"),         QStringLiteral("-style"),
        QStringLiteral("-stylesheet")};
    static const QStringList alone = {QStringLiteral("-reverse"), QStringLiteral("-widgetcount")};
    QStringList kept;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString &argument = arguments.at(i);
        if (withValue.contains(argument)) {
            ++i;
        } else if (!alone.contains(argument)) {
            kept << argument;
        }
    }
    return kept;
}

} // namespace

int main(int argc, char *argv[])
{
    hardenProcess();
    const auto name = [] {
        QCoreApplication::setApplicationName(QStringLiteral("keyrack"));
        QCoreApplication::setApplicationVersion(QStringLiteral(KEYRACK_VERSION));
    };
    const auto dataDirOption = [] {
        return QCommandLineOption(
            QStringLiteral("data-dir"),
            QCoreApplication::translate("main", "Use DIR as the data directory."),
            QStringLiteral("DIR"));
    };
    if (onlyDescribes(argc, argv)) {
        QCoreApplication app(argc, argv);
        name();
        AppSettings settings;
        Translations::install(settings.language());
        QCommandLineParser parser;
        describe(&parser, dataDirOption());
        parser.process(withoutWindowOptions(QCoreApplication::arguments())); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    name();
    QApplication::setApplicationDisplayName(QStringLiteral("Keyrack"));
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.keyrack.Keyrack"));
    QApplication::setWindowIcon(QIcon::fromTheme(QStringLiteral("io.github.keyrack.Keyrack"),
                                                 QIcon(QStringLiteral(":/icons/keyrack.svg"))));

    AppSettings settings;
    Translations::install(settings.language());

    QCommandLineParser parser;
    const QCommandLineOption dataDir = dataDirOption();
    describe(&parser, dataDir);
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
