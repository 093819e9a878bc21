#include "commands.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    // The same names as the app, so both find the same default data directory.
    QCoreApplication::setOrganizationName(QStringLiteral("Loket"));
    QCoreApplication::setApplicationName(QStringLiteral("loket"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    return loket::cli::run(QCoreApplication::arguments(), {out, err});
}
