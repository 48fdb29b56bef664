#include "import/importhelpers.h"

#include <QRegularExpression>
#include <QUrl>

namespace Qddns {

QString quotedList(const QStringList &items)
{
    QStringList quoted;
    for (const QString &item : items)
        quoted.append(QLatin1Char('"') + item + QLatin1Char('"'));
    return quoted.isEmpty() ? QStringLiteral("nothing") : quoted.join(QLatin1String(", "));
}

std::optional<std::pair<QString, bool>> webDetectorUrl(const QString &page)
{
    QString text = page.trimmed();
    bool upgraded = false;
    if (text.startsWith(QLatin1String("http://"), Qt::CaseInsensitive)) {
        text = QLatin1String("https://") + text.mid(7);
        upgraded = true;
    } else if (!text.contains(QLatin1String("://"))) {
        text.prepend(QLatin1String("https://"));
    }
    const QUrl url(text, QUrl::StrictMode);
    if (!url.isValid() || url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) != 0 || url.host().isEmpty())
        return std::nullopt;
    // Pages the other clients read by skipping text: "Current IP Address: …" HTML, key=value traces.
    const QString host = url.host().toLower();
    if (host.startsWith(QLatin1String("checkip.dyndns.")) || host.startsWith(QLatin1String("checkipv6.dyndns."))
        || url.path().endsWith(QLatin1String("/cdn-cgi/trace")) || url.path().contains(QLatin1String("checkip.php")))
        return std::nullopt;
    return std::pair<QString, bool>{url.toString(), upgraded};
}

QStringList commandArgv(const QString &command)
{
    static const QRegularExpression shellSyntax(QStringLiteral("[|&;<>()$`\\\\\"'*?\\[\\]#~{}!\\n]"));
    const QString text = command.trimmed();
    if (shellSyntax.match(text).hasMatch())
        return {QStringLiteral("/bin/sh"), QStringLiteral("-c"), text};
    return text.split(QRegularExpression(QStringLiteral("\\s+")), Qt::SkipEmptyParts);
}

QString commandExplanation(const QStringList &argv)
{
    if (argv.size() == 3 && argv.at(0) == QLatin1String("/bin/sh") && argv.at(1) == QLatin1String("-c"))
        return QStringLiteral("a command detector running it through /bin/sh -c (it uses shell syntax); qddns accepts its "
                              "output only when it is exactly one address");
    return QStringLiteral("a command detector running %1 without a shell; qddns accepts its output only when it is "
                          "exactly one address").arg(argv.value(0));
}

} // namespace Qddns
