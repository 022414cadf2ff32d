#include "core/hardening.h"
#include "gui/mainwindow.h"
#include "gui/prompter.h"
#include "storage/keychainvault.h"
#include "storage/keyrepository.h"
#include "storage/metadatastore.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char *argv[])
{
    hardenProcess();

    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("keyrack"));
    QApplication::setApplicationDisplayName(QStringLiteral("Keyrack"));
    QApplication::setApplicationVersion(QStringLiteral(KEYRACK_VERSION));

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
    KeychainVault vault;
    KeyRepository repository(&store, &vault);
    // Loading reads only the metadata file: no keychain access at start-up.
    const Error loaded = repository.load();
    store.setWatching(!loaded.isError());
    DialogPrompter prompter;
    MainWindow window(&repository, &prompter,
                      loaded.isError() ? loaded.message.toHtmlEscaped() : QString());
    window.resize(1460, 440);
    window.show();
    return app.exec();
}
