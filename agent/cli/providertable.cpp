#include "cli/providertable.h"

#include "cli/cli.h"
#include "providers/providerregistry.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace Qddns {

namespace {

QString text(const QJsonObject &o, const char *key) { return o.value(QLatin1String(key)).toString(); }

// Words at most \a width wide per line, each line indented.
QStringList wrapped(const QString &paragraph, int width, const QString &indent)
{
    QStringList lines;
    QString line;
    for (const QString &word : paragraph.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!line.isEmpty() && line.size() + 1 + word.size() > width) {
            lines << indent + line;
            line.clear();
        }
        line += (line.isEmpty() ? QString() : QStringLiteral(" ")) + word;
    }
    if (!line.isEmpty())
        lines << indent + line;
    return lines;
}

QString credentials(const QJsonObject &p)
{
    QStringList parts;
    for (const char *key : {"username", "secret"}) {
        const QString need = text(p, key);
        if (need == QLatin1String("required"))
            parts << QLatin1String(key);
        else if (need == QLatin1String("optional"))
            parts << QLatin1String(key) + QStringLiteral(" (optional)");
    }
    return parts.isEmpty() ? QStringLiteral("-") : parts.join(QStringLiteral(" + "));
}

QString options(const QJsonObject &p)
{
    QStringList keys;
    for (const QJsonValue &v : p.value(QStringLiteral("options")).toArray()) {
        const QJsonObject o = v.toObject();
        keys << text(o, "key") + (o.value(QStringLiteral("required")).toBool() ? QStringLiteral(" (required)") : QString());
    }
    return keys.isEmpty() ? QStringLiteral("-") : keys.join(QStringLiteral(", "));
}

QString yesNo(const QJsonObject &p, const char *key)
{
    return p.value(QLatin1String(key)).toBool() ? QStringLiteral("yes") : QStringLiteral("no");
}

void printTable(const QJsonArray &list)
{
    const QStringList header{QStringLiteral("ID"), QStringLiteral("SERVICE"), QStringLiteral("IPv4"), QStringLiteral("IPv6"),
                             QStringLiteral("CREDENTIALS"), QStringLiteral("OPTIONS")};
    QList<QStringList> rows;
    for (const QJsonValue &v : list) {
        const QJsonObject p = v.toObject();
        rows.append({text(p, "id"), text(p, "name"), yesNo(p, "ipv4"), yesNo(p, "ipv6"), credentials(p), options(p)});
    }
    QList<qsizetype> widths(header.size());
    for (qsizetype c = 0; c < header.size(); ++c) {
        widths[c] = header.at(c).size();
        for (const QStringList &row : std::as_const(rows))
            widths[c] = std::max(widths[c], row.at(c).size());
    }
    const auto format = [&widths](const QStringList &cells) {
        QString line;
        for (qsizetype c = 0; c < cells.size(); ++c)
            line += c + 1 < cells.size() ? cells.at(c).leftJustified(widths.at(c) + 2) : cells.at(c);
        return line;
    };
    printOutput(format(header));
    for (qsizetype i = 0; i < rows.size(); ++i) {
        printOutput(format(rows.at(i)));
        for (const QString &line : wrapped(text(list.at(i).toObject(), "help"), 92, QStringLiteral("    ")))
            printOutput(line);
    }
    printOutput(QString());
    printOutput(Cli::tr("`qddns-agent providers ID` explains one provider's keys; `--json` prints everything."));
}

void printOne(const QJsonObject &p)
{
    printOutput(QStringLiteral("%1: %2%3").arg(text(p, "id"), text(p, "name"),
                                               text(p, "website").isEmpty() ? QString() : QStringLiteral(" (%1)").arg(text(p, "website"))));
    for (const QString &line : wrapped(text(p, "help"), 96, QString()))
        printOutput(line);
    printOutput(QString());
    printOutput(Cli::tr("IPv4: %1, IPv6: %2; up to %n host(s) per request", nullptr,
                        p.value(QStringLiteral("maxHostsPerRequest")).toInt())
                    .arg(yesNo(p, "ipv4"), yesNo(p, "ipv6")));
    printOutput(QStringLiteral("server: %1").arg(text(p, "server").isEmpty() ? Cli::tr("none: set \"server\"") : text(p, "server")));
    for (const char *key : {"username", "secret"}) {
        const QString need = text(p, key);
        if (need == QLatin1String("unused"))
            continue;
        const QString help = p.value(QLatin1String(key) + QStringLiteral("Help")).toString();
        printOutput(QStringLiteral("%1 (%2)%3").arg(QLatin1String(key), need, help.isEmpty() ? QString() : QStringLiteral(": ") + help));
    }
    for (const QJsonValue &v : p.value(QStringLiteral("options")).toArray()) {
        const QJsonObject o = v.toObject();
        const QString head = QStringLiteral("%1 (%2%3)").arg(text(o, "key"), text(o, "kind"),
                                                           o.value(QStringLiteral("required")).toBool() ? QStringLiteral(", required") : QString());
        printOutput(head + QStringLiteral(": ") + text(o, "help"));
    }
}

} // namespace

int printProviders(const ProviderRegistry &registry, const QString &id, bool json)
{
    QJsonArray list = registry.describe(QLocale::system());
    if (!id.isEmpty()) {
        const auto it = std::find_if(list.begin(), list.end(), [&id](const QJsonValue &v) {
            return v.toObject().value(QStringLiteral("id")).toString() == id;
        });
        if (it == list.end()) {
            printError(Cli::tr("qddns-agent: \"%1\" is not a known provider; the known ones are: %2")
                           .arg(id, registry.ids().join(QStringLiteral(", "))));
            return Exit::Usage;
        }
        list = QJsonArray{*it};
    }
    if (json) {
        const QJsonDocument doc = id.isEmpty() ? QJsonDocument(list) : QJsonDocument(list.first().toObject());
        printOutput(QString::fromUtf8(doc.toJson(QJsonDocument::Indented)).trimmed());
    } else if (id.isEmpty()) {
        printTable(list);
    } else {
        printOne(list.first().toObject());
    }
    return Exit::Ok;
}

} // namespace Qddns
