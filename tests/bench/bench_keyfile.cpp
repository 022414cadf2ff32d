// Writes a keys.json with N synthetic keys into a data directory, through MetadataStore, for the
// start-up benchmark. Usage: bench_keyfile DATA_DIR N

#include "benchkeys.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    bool ok = false;
    const int count = arguments.size() == 3 ? arguments.at(2).toInt(&ok) : 0;
    if (!ok || count < 0) {
        std::fprintf(stderr, "usage: bench_keyfile DATA_DIR N\n");
        return 1;
    }
    if (!BenchKeys::writeKeyFile(arguments.at(1), count)) {
        std::fprintf(stderr, "cannot write keys.json in %s\n", qPrintable(arguments.at(1)));
        return 1;
    }
    return 0;
}
