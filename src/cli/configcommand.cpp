// `loket-cli config`: the device settings of store::settings(), shown and changed.
#include "commands.h"

#include "store/responsestore.h"
#include "store/settings.h"
#include "store/supervisorpin.h"

namespace loket::cli {

namespace {

using store::Setting;
using store::settings;

void usage(Io io)
{
    io.err << "Usage: loket-cli [--data-dir DIR] config [KEY [VALUE]]\n\nSettings:\n";
    for (const Setting &s : settings())
        io.err << "  " << QString::fromLatin1(s.key).leftJustified(16) << s.help << '\n';
}

} // namespace

int config(const QString &dataDir, const QStringList &args, Io io)
{
    if (args.size() > 3) {
        usage(io);
        return Usage;
    }
    const Setting *setting = nullptr;
    if (args.size() >= 2) {
        setting = store::findSetting(args.at(1));
        if (!setting) {
            io.err << "loket-cli: no setting '" << args.at(1) << "'\n";
            usage(io);
            return Usage;
        }
    }
    if (args.size() == 3 && !setting->valid(args.at(2))) {
        io.err << "loket-cli: " << setting->key << " must be " << setting->help << '\n';
        return Failed;
    }
    const auto db = openDatabase(dataDir, io);
    if (!db)
        return Failed;
    store::ResponseStore responses(db);
    store::SupervisorPin pin(db);
    if (args.size() == 3) {
        if (auto error = store::applySetting(db, args.at(1), args.at(2))) {
            io.err << "loket-cli: " << error->message << '\n';
            return Failed;
        }
        io.out << setting->key << " set\n";
        return Ok;
    }
    for (const Setting &s : settings()) {
        if (setting && setting != &s)
            continue;
        if (s.secret) {
            io.out << s.key << " = " << (pin.isSet() ? "(set)" : "(not set)") << '\n';
            continue;
        }
        const QString value = responses.config(QLatin1String(s.key));
        io.out << s.key << " = " << (value.isEmpty() ? QStringLiteral("(default)") : value) << '\n';
    }
    return Ok;
}

} // namespace loket::cli
