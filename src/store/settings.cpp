#include "settings.h"

#include "supervisorpin.h"

namespace loket::store {

namespace {

bool intIn(const QString &v, int low, int high)
{
    bool ok = false;
    const int n = v.toInt(&ok);
    return ok && n >= low && n <= high;
}

bool oneOf(const QString &v, std::initializer_list<const char *> choices)
{
    return std::any_of(choices.begin(), choices.end(),
                       [&](const char *c) { return v == QLatin1String(c); });
}

// Language codes such as "id,en": two or three lowercase letters each, no repeats.
bool languageList(const QString &v)
{
    const QStringList codes = v.split(u',');
    for (const QString &c : codes) {
        if (c.size() < 2 || c.size() > 3 ||
            !std::all_of(c.begin(), c.end(), [](QChar ch) { return ch >= u'a' && ch <= u'z'; }) ||
            codes.count(c) > 1)
            return false;
    }
    return true;
}

} // namespace

const QList<Setting> &settings()
{
    static const QList<Setting> list{
        {"device_name", "a name for this tablet, shown in the panel (up to 60 characters)",
         [](const QString &v) { return !v.trimmed().isEmpty() && v.size() <= 60; }},
        {"unit_name", "the office name the kiosk shows (up to 200 characters)",
         [](const QString &v) { return !v.trimmed().isEmpty() && v.size() <= 200; }},
        {"mode", "kiosk or field",
         [](const QString &v) {
             return oneOf(v, {"kiosk", "field"});
         }},
        {"idle_timeout", "seconds without a touch before \"still there?\" (10-600, default 45)",
         [](const QString &v) { return intIn(v, 10, 600); }},
        {"idle_countdown", "seconds that question counts down (5-60, default 15)",
         [](const QString &v) { return intIn(v, 5, 60); }},
        {"field_idle_timeout",
         "field mode: seconds untouched before the enumerator is signed out (60-3600, "
         "default 300)",
         [](const QString &v) { return intIn(v, 60, 3600); }},
        {"abandon_policy", "a walked-away respondent's answers: abandon (sealed, kept) or discard",
         [](const QString &v) {
             return oneOf(v, {"abandon", "discard"});
         }},
        {"languages", "the questionnaire languages offered, e.g. id,en (default: all)",
         languageList},
        {"kiosk_pin", "the supervisor PIN, 4 to 12 digits (kept only as an Argon2id hash)",
         [](const QString &v) { return PinGuard::validPin(v); }, true},
        {"purge_days", "days synced responses are kept (1-3650, default 30)",
         [](const QString &v) { return intIn(v, 1, 3650); }},
    };
    return list;
}

const Setting *findSetting(const QString &key)
{
    for (const Setting &s : settings()) {
        if (key == QLatin1String(s.key))
            return &s;
    }
    return nullptr;
}

Status applySetting(const std::shared_ptr<Database> &db, const QString &key, const QString &value,
                    const QString &actor)
{
    const Setting *setting = findSetting(key);
    if (!setting)
        return StoreError{StoreError::Kind::Invalid, QStringLiteral("no setting '%1'").arg(key)};
    if (!setting->valid(value))
        return StoreError{StoreError::Kind::Invalid,
                          QStringLiteral("%1 must be %2").arg(key, QLatin1String(setting->help))};
    if (setting->secret)
        return SupervisorPin(db).set(value); // audited by the PIN itself
    Status error = db->setConfig(key, value);
    if (!error)
        AuditLog(db).record(actor, QStringLiteral("setting"), key + u'=' + value);
    return error;
}

} // namespace loket::store
