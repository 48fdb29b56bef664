#include "ipc/params.h"

#include "ipc/protocol.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QRegularExpression>

#include <algorithm>
#include <climits>
#include <cmath>

namespace Qddns::Ipc {

namespace {

enum class Kind {
    Bool,
    Integer, ///< a whole number in [min, max]
    Name,    ///< a non-empty string
    Text,    ///< any string
    Locale,  ///< a locale name: 1-35 of [A-Za-z0-9_-]
    Object,
    Time,    ///< an ISO 8601 date/time string
    OneOf,   ///< a string among values
    ListOf,  ///< a non-empty array of strings among values
};

struct Param
{
    QLatin1StringView name;
    Kind kind;
    bool required = false;
    QList<QLatin1StringView> values = {}; ///< OneOf / ListOf
    qint64 min = 1;                       ///< Integer
    qint64 max = INT_MAX;
};

struct Rules
{
    QLatin1StringView method;
    QList<Param> params;
    bool ignoreUnknown = false; ///< only hello: the negotiation must survive a newer client
};

const QList<Rules> &table()
{
    static const QList<QLatin1StringView> levels{Level::Debug, Level::Info, Level::Warning, Level::Error};
    static const QList<QLatin1StringView> events{Event::AddressChanged, Event::UpdateResult, Event::StatusChanged,
                                                 Event::ConfigChanged, Event::Log};
    static const QList<Rules> rules{
        {Method::Hello, {{Field::Protocol, Kind::Integer, true}, {Field::Client, Kind::Text}, {Field::Locale, Kind::Locale}}, true},
        {Method::Status, {}},
        {Method::ConfigGet, {}},
        {Method::ConfigValidate, {{Field::Config, Kind::Object, true}}},
        {Method::ConfigSet, {{Field::Config, Kind::Object, true}}},
        {Method::Update, {{Field::Profile, Kind::Name}, {Field::Force, Kind::Bool}}},
        {Method::Detect, {}},
        {Method::History, {{Field::Since, Kind::Time}, {Field::Until, Kind::Time},
                           {Field::Family, Kind::OneOf, false, {QLatin1StringView("ipv4"), QLatin1StringView("ipv6")}},
                           {Field::Limit, Kind::Integer}}},
        {Method::Logs, {{Field::Level, Kind::OneOf, false, levels}, {Field::Limit, Kind::Integer}}},
        {Method::Subscribe, {{Field::Events, Kind::ListOf, false, events}, {Field::LogLevel, Kind::OneOf, false, levels}}},
        {Method::Unsubscribe, {}},
        {Method::Providers, {}},
        {Method::Test, {{Field::Profile, Kind::Object, true}}},
        {Method::SecretChanged, {{Field::Profile, Kind::Name, true}}},
        {Method::Pause, {}},
        {Method::Resume, {}},
        {Method::HooksTest, {{Field::Hook, Kind::Object, true}}},
    };
    return rules;
}

QString join(const QList<QLatin1StringView> &values)
{
    QStringList list;
    for (QLatin1StringView v : values)
        list << QString(v);
    return list.join(QStringLiteral(", "));
}

// The value as the client wrote it, for the message.
QString shown(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)).left(80);
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        // One-element array: QJsonDocument writes scalars only inside a container.
        const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json.mid(1, json.size() - 2)).left(80);
    }
}

QString expectation(const Param &p)
{
    switch (p.kind) {
    case Kind::Bool:
        return QStringLiteral("true or false");
    case Kind::Integer:
        return p.max == INT_MAX ? QStringLiteral("a whole number from %1").arg(p.min)
                                : QStringLiteral("a whole number from %1 to %2").arg(p.min).arg(p.max);
    case Kind::Name:
        return QStringLiteral("a non-empty string");
    case Kind::Text:
        return QStringLiteral("a string");
    case Kind::Locale:
        return QStringLiteral("a locale name such as \"de_DE\" or \"pt-BR\" (1-35 letters, digits, '_' or '-')");
    case Kind::Object:
        return QStringLiteral("an object");
    case Kind::Time:
        return QStringLiteral("an ISO 8601 time such as 2026-11-01T08:00:00Z");
    case Kind::OneOf:
        return QStringLiteral("one of %1").arg(join(p.values));
    case Kind::ListOf:
        return QStringLiteral("a non-empty list of %1 (leave it out for all)").arg(join(p.values));
    }
    return {};
}

bool matches(const Param &p, const QJsonValue &v)
{
    switch (p.kind) {
    case Kind::Bool:
        return v.isBool();
    case Kind::Integer: {
        const double d = v.toDouble(std::nan(""));
        return v.isDouble() && std::isfinite(d) && std::trunc(d) == d && d >= double(p.min) && d <= double(p.max);
    }
    case Kind::Name:
        return v.isString() && !v.toString().isEmpty();
    case Kind::Text:
        return v.isString();
    case Kind::Locale: {
        static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9_-]{1,35}$"));
        return v.isString() && name.match(v.toString()).hasMatch();
    }
    case Kind::Object:
        return v.isObject();
    case Kind::Time:
        return v.isString() && QDateTime::fromString(v.toString(), Qt::ISODateWithMs).isValid();
    case Kind::OneOf:
        return v.isString() && p.values.contains(v.toString());
    case Kind::ListOf: {
        const QJsonArray list = v.toArray();
        if (!v.isArray() || list.isEmpty())
            return false;
        for (const QJsonValue &each : list) {
            if (!each.isString() || !p.values.contains(each.toString()))
                return false;
        }
        return true;
    }
    }
    return false;
}

} // namespace

std::optional<ParamError> checkParams(QStringView method, const QJsonObject &params)
{
    const QList<Rules> &rules = table();
    const auto it = std::find_if(rules.cbegin(), rules.cend(), [method](const Rules &r) { return method == r.method; });
    if (it == rules.cend())
        return std::nullopt;
    const QString name = method.toString();
    if (!it->ignoreUnknown) {
        for (auto p = params.constBegin(); p != params.constEnd(); ++p) {
            const bool known = std::any_of(it->params.cbegin(), it->params.cend(), [&p](const Param &each) { return p.key() == each.name; });
            if (known)
                continue;
            QStringList names;
            for (const Param &each : it->params)
                names << QString(each.name);
            return ParamError{p.key(), names.isEmpty() ? QStringLiteral("%1 takes no parameters, not \"%2\"").arg(name, p.key())
                                                       : QStringLiteral("%1 has no parameter \"%2\"; it takes %3")
                                                             .arg(name, p.key(), names.join(QStringLiteral(", ")))};
        }
    }
    for (const Param &p : it->params) {
        const QJsonValue v = params.value(p.name);
        if (v.isUndefined() || v.isNull()) {
            if (p.required)
                return ParamError{QString(p.name), QStringLiteral("%1 needs \"%2\": %3").arg(name, QString(p.name), expectation(p))};
            continue;
        }
        if (!matches(p, v))
            return ParamError{QString(p.name), QStringLiteral("\"%1\" of %2 must be %3, not %4").arg(QString(p.name), name, expectation(p), shown(v))};
    }
    return std::nullopt;
}

} // namespace Qddns::Ipc
