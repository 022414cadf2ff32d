#include "cli/cliapp.h"
#include "core/hardening.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    hardenProcess();

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYRACK_VERSION));
    CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
