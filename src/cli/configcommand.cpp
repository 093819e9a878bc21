// `loket-cli config`: the device settings a supervisor may change, each checked before it is
// stored, so that the app never starts with a value it cannot use.
#include "commands.h"

#include "store/responsestore.h"
#include "store/supervisorpin.h"

namespace loket::cli {

namespace {

struct Setting
{
    const char *key;
    const char *help;
    std::function<bool(const QString &)> valid;
    bool secret = false;
};

bool intIn(const QString &v, int low, int high)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok && n >= low && n <= high;
}

const QList<Setting> &settings()
{
    static const QList<Setting> list{
        {"unit_name", "the office name the kiosk shows (up to 200 characters)",
         [](const QString &v) { return !v.trimmed().isEmpty() && v.size() <= 200; }},
        {"idle_timeout", "seconds without a touch before \"still there?\" (10-600, default 45)",
         [](const QString &v) { return intIn(v, 10, 600); }},
        {"idle_countdown", "seconds that question counts down (5-60, default 15)",
         [](const QString &v) { return intIn(v, 5, 60); }},
        {"abandon_policy", "a walked-away respondent's answers: abandon (sealed, kept) or discard",
         [](const QString &v) {
             return v == QLatin1String("abandon") || v == QLatin1String("discard");
         }},
        {"kiosk_pin", "the supervisor PIN, 4 to 12 digits (kept only as an Argon2id hash)",
         [](const QString &v) { return store::SupervisorPin::validPin(v); }, true},
        {"purge_days", "days synced responses are kept (1-3650, default 30)",
         [](const QString &v) { return intIn(v, 1, 3650); }},
        {"mode", "kiosk or field",
         [](const QString &v) {
             return v == QLatin1String("kiosk") || v == QLatin1String("field");
         }},
    };
    return list;
}

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
        for (const Setting &s : settings()) {
            if (args.at(1) == QLatin1String(s.key))
                setting = &s;
        }
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
        const bool isPin = setting->secret;
        if (auto error = isPin ? pin.set(args.at(2))
                               : responses.setConfig(QLatin1String(setting->key), args.at(2))) {
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
