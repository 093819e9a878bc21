#include "commands.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("loket-collector"));
    QTextStream out(stdout);
    QTextStream err(stderr);
    QTextStream in(stdin);
    return loket::collector::run(QCoreApplication::arguments(), {out, err, &in});
}
