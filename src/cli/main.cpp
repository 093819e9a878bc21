#include "commands.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loket-cli"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return loket::cli::run(QCoreApplication::arguments(), {out, err});
}
