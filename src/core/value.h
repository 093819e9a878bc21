#pragma once

#include <QJsonValue>
#include <QString>
#include <QStringList>

#include <variant>

namespace loket {

// A runtime value with XPath 1.0 coercions, as XLSForm authors expect. An unanswered question
// is Empty, which behaves as the empty string.
class Value
{
public:
    enum class Kind { Empty, Boolean, Number, String, List };

    Value() = default;
    static Value boolean(bool b) { return Value(Data(b)); }
    static Value number(double d) { return Value(Data(d)); }
    static Value string(const QString &s) { return Value(Data(s)); }
    static Value list(const QStringList &l) { return Value(Data(l)); }

    Kind kind() const { return static_cast<Kind>(m_data.index()); }
    bool isEmpty() const;

    bool toBool() const;
    double toNumber() const;
    QString toString() const;
    QStringList toList() const;

    QJsonValue toJson() const;
    static Value fromJson(const QJsonValue &json);

    bool operator==(const Value &other) const { return m_data == other.m_data; }

    static QString formatNumber(double d);

private:
    using Data = std::variant<std::monostate, bool, double, QString, QStringList>;
    explicit Value(Data d)
        : m_data(std::move(d))
    {
    }
    Data m_data;
};

} // namespace loket
