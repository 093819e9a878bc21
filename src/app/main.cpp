#include "appmain.h"

#include <QtQml/qqmlextensionplugin.h>

Q_IMPORT_QML_PLUGIN(LoketPlugin)

int main(int argc, char *argv[])
{
    return loket::runApp(argc, argv);
}
