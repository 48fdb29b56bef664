#include "providers/closedservices.h"

#include "core/agenttext.h"
#include "core/logging.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

// Q_INIT_RESOURCE has to be used outside any namespace; the list is compiled into a static
// library whose resource initializer the linker would otherwise drop.
static void initClosedServicesResources()
{
    Q_INIT_RESOURCE(closedservices);
}

namespace Qddns {

QString ClosedService::message(const QLocale &locale) const
{
    const auto translated = [&locale](const char *source) { return agentText(locale, "Qddns::ProviderText", QString::fromUtf8(source)); };
    QStringList quoted;
    for (const QString &id : alternatives)
        quoted.append(QLatin1Char('"') + id + QLatin1Char('"'));
    QString examples = quoted.value(0);
    if (quoted.size() > 1)
        examples = translated(QT_TRANSLATE_NOOP("Qddns::ProviderText", "%1 or %2"))
                       .arg(quoted.mid(0, quoted.size() - 1).join(QStringLiteral(", ")), quoted.last());
    // "use" is data (closedservices.json); its texts are in the catalogue through the generated source.
    const QString instead = agentText(locale, "Qddns::ProviderText", use);
    if (when.isEmpty())
        return translated(QT_TRANSLATE_NOOP("Qddns::ProviderText", "%1 closed; use %2, e.g. %3")).arg(name, instead, examples);
    return translated(QT_TRANSLATE_NOOP("Qddns::ProviderText", "%1 closed (in %2); use %3, e.g. %4")).arg(name, when, instead, examples);
}

QList<ClosedService> parseClosedServices(const QByteArray &json, QStringList *errors)
{
    QList<ClosedService> services;
    const auto fail = [errors](int index, const QString &id, const QString &why) {
        if (errors)
            errors->append(QStringLiteral("services[%1]%2: %3")
                               .arg(index)
                               .arg(id.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(id), why));
    };
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() || !doc.object().value(QLatin1String("services")).isArray()) {
        if (errors)
            errors->append(parseError.error != QJsonParseError::NoError
                               ? QStringLiteral("not JSON: %1").arg(parseError.errorString())
                               : QStringLiteral("expected an object with a \"services\" array"));
        return services;
    }
    static const QRegularExpression idPattern(QStringLiteral("^[a-z0-9][a-z0-9-]*$"));
    static const QStringList tools{QStringLiteral("ddclient"), QStringLiteral("inadyn"), QStringLiteral("openwrt"),
                                   QStringLiteral("ddns-updater")};
    QSet<QString> ids;
    const QJsonArray array = doc.object().value(QLatin1String("services")).toArray();
    for (int i = 0; i < array.size(); ++i) {
        const QJsonObject o = array.at(i).toObject();
        ClosedService s;
        s.id = o.value(QLatin1String("id")).toString();
        s.name = o.value(QLatin1String("name")).toString();
        s.when = o.value(QLatin1String("closed")).toString();
        s.use = o.value(QLatin1String("use")).toString();
        for (const QJsonValue &v : o.value(QLatin1String("alternatives")).toArray())
            s.alternatives.append(v.toString());
        if (!idPattern.match(s.id).hasMatch()) {
            fail(i, s.id, QStringLiteral("\"id\" must be lowercase letters, digits and '-'"));
            continue;
        }
        if (ids.contains(s.id)) {
            fail(i, s.id, QStringLiteral("duplicate id"));
            continue;
        }
        if (s.name.isEmpty() || s.use.isEmpty() || s.alternatives.isEmpty() || s.alternatives.contains(QString())) {
            // A refusal that names nothing to use instead leaves the user where an unknown id would.
            fail(i, s.id, QStringLiteral("\"name\", \"use\" and at least one provider id in \"alternatives\" are required"));
            continue;
        }
        const QJsonObject clients = o.value(QLatin1String("otherClients")).toObject();
        bool clientsOk = true;
        for (auto it = clients.begin(); it != clients.end(); ++it) {
            clientsOk = clientsOk && tools.contains(it.key()) && it.value().isArray();
            for (const QJsonValue &v : it.value().toArray())
                s.otherClients[it.key()].append(v.toString());
        }
        if (!clientsOk) {
            fail(i, s.id, QStringLiteral("\"otherClients\" maps %1 to lists of their names").arg(tools.join(QStringLiteral(", "))));
            continue;
        }
        ids.insert(s.id);
        services.append(s);
    }
    return services;
}

QList<ClosedService> builtinClosedServices()
{
    initClosedServicesResources();
    QFile file(QStringLiteral(":/qddns/providers/closedservices.json"));
    if (!file.open(QIODevice::ReadOnly)) {
        qCWarning(lcConfig) << "cannot open the built-in list of closed services:" << file.errorString();
        return {};
    }
    QStringList errors;
    const QList<ClosedService> services = parseClosedServices(file.readAll(), &errors);
    for (const QString &error : std::as_const(errors))
        qCWarning(lcConfig) << "skipped a closed service:" << error;
    return services;
}

} // namespace Qddns
