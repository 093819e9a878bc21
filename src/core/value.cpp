#include "value.h"

#include <QJsonArray>

#include <cmath>

namespace loket {

bool Value::isEmpty() const
{
    switch (kind()) {
    case Kind::Empty:
        return true;
    case Kind::String:
        return std::get<QString>(m_data).isEmpty();
    case Kind::List:
        return std::get<QStringList>(m_data).isEmpty();
    default:
        return false;
    }
}

bool Value::toBool() const
{
    switch (kind()) {
    case Kind::Empty:
        return false;
    case Kind::Boolean:
        return std::get<bool>(m_data);
    case Kind::Number: {
        const double d = std::get<double>(m_data);
        return d != 0.0 && !std::isnan(d);
    }
    case Kind::String:
        return !std::get<QString>(m_data).isEmpty();
    case Kind::List:
        return !std::get<QStringList>(m_data).isEmpty();
    }
    return false;
}

double Value::toNumber() const
{
    switch (kind()) {
    case Kind::Boolean:
        return std::get<bool>(m_data) ? 1.0 : 0.0;
    case Kind::Number:
        return std::get<double>(m_data);
    case Kind::String: {
        // XPath number(): optional minus, digits, optional fraction; nothing else.
        const QString s = std::get<QString>(m_data).trimmed();
        bool ok = false;
        const double d = s.toDouble(&ok);
        const bool plain = !s.isEmpty() && !s.contains(u'e', Qt::CaseInsensitive) &&
                           !s.startsWith(u'+') && !s.contains(u'n', Qt::CaseInsensitive);
        return ok && plain ? d : std::nan("");
    }
    default:
        return std::nan("");
    }
}

QString Value::formatNumber(double d)
{
    if (std::isnan(d))
        return QStringLiteral("NaN");
    if (std::isinf(d))
        return d > 0 ? QStringLiteral("Infinity") : QStringLiteral("-Infinity");
    if (d == std::trunc(d) && std::fabs(d) < 1e15)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', 15);
}

QString Value::toString() const
{
    switch (kind()) {
    case Kind::Empty:
        return {};
    case Kind::Boolean:
        return std::get<bool>(m_data) ? QStringLiteral("true") : QStringLiteral("false");
    case Kind::Number:
        return formatNumber(std::get<double>(m_data));
    case Kind::String:
        return std::get<QString>(m_data);
    case Kind::List:
        return std::get<QStringList>(m_data).join(u' ');
    }
    return {};
}

QStringList Value::toList() const
{
    if (kind() == Kind::List)
        return std::get<QStringList>(m_data);
    return toString().split(u' ', Qt::SkipEmptyParts);
}

QJsonValue Value::toJson() const
{
    switch (kind()) {
    case Kind::Empty:
        return QJsonValue(QJsonValue::Null);
    case Kind::Boolean:
        return std::get<bool>(m_data);
    case Kind::Number:
        return std::get<double>(m_data);
    case Kind::String:
        return std::get<QString>(m_data);
    case Kind::List:
        return QJsonArray::fromStringList(std::get<QStringList>(m_data));
    }
    return {};
}

Value Value::fromJson(const QJsonValue &json)
{
    switch (json.type()) {
    case QJsonValue::Bool:
        return boolean(json.toBool());
    case QJsonValue::Double:
        return number(json.toDouble());
    case QJsonValue::String:
        return string(json.toString());
    case QJsonValue::Array: {
        QStringList items;
        for (const QJsonValue &v : json.toArray())
            items.append(v.isString() ? v.toString() : Value::fromJson(v).toString());
        return list(items);
    }
    default:
        return {};
    }
}

} // namespace loket
