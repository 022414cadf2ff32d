#include "cli/cliapp.h"

#include <QCoreApplication>

#include <sys/prctl.h>
#include <sys/resource.h>

int main(int argc, char *argv[])
{
    // A secret may be in this process's memory: no core dumps, no ptrace by other users.
    const struct rlimit noCore
    {
        0, 0
    };
    ::setrlimit(RLIMIT_CORE, &noCore);
    ::prctl(PR_SET_DUMPABLE, 0);

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("keyrack"));
    QCoreApplication::setApplicationVersion(QStringLiteral(KEYRACK_VERSION));
    CliApp cli;
    return cli.run(QCoreApplication::arguments());
}
