#include "cli/cliapp.h"
#include "core/hardening.h"
#include "core/translations.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    hardenProcess();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYRACK_VERSION));
    // Messages in the language of the user's locale (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    Translations::install(QString());
    CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
