#include "config/configcheck.h"

#include <QDir>
#include <QFileInfo>
#include <QNetworkInterface>
#include <QStandardPaths>

namespace Qddns {

Expected<QString, QString> resolveConfigPath(const QString &text)
{
    if (text == QLatin1String("~") || text.startsWith(QLatin1String("~/")))
        return QDir::cleanPath(QDir::homePath() + text.mid(1));
    if (text.startsWith(QLatin1Char('~')))
        return Unexpected{QStringLiteral("\"%1\": only ~/ (your own home directory) is expanded; write the full path").arg(text)};
    if (QDir::isRelativePath(text))
        return Unexpected{QStringLiteral("\"%1\" is a relative path: write an absolute path or one starting with ~/ "
                                         "(a service runs in /, not in the directory you are in now)").arg(text)};
    return text;
}

Expected<QString, QString> resolveConfigProgram(const QString &text)
{
    if (!text.contains(QLatin1Char('/')) && !text.startsWith(QLatin1Char('~')))
        return text; // found through PATH when it runs, as a shell would
    return resolveConfigPath(text);
}

namespace {
QString detectorPath(Family family, qsizetype index)
{
    return QStringLiteral("detectors.%1[%2]").arg(familyName(family)).arg(index);
}

QString programProblem(const QString &program)
{
    if (!program.contains(QLatin1Char('/'))) {
        if (QStandardPaths::findExecutable(program).isEmpty())
            return QStringLiteral("program \"%1\" is not in PATH (%2): the detector fails until it is installed, "
                                  "or write its full path").arg(program, qEnvironmentVariable("PATH"));
        return {};
    }
    const QFileInfo info(program);
    if (!info.exists())
        return QStringLiteral("program %1 does not exist: the detector fails until it is installed").arg(program);
    if (info.isDir() || !info.isExecutable())
        return QStringLiteral("%1 is not an executable program: the detector fails until it is (`chmod +x %1`)").arg(program);
    return {};
}
} // namespace

ConfigErrors configWarnings(const Config &config)
{
    ConfigErrors warnings;
    for (Family family : {Family::IPv4, Family::IPv6}) {
        const QList<DetectorSpec> &detectors = config.detection(family).detectors;
        for (qsizetype i = 0; i < detectors.size(); ++i) {
            const DetectorSpec &d = detectors.at(i);
            if (d.type == DetectorSpec::Type::Interface && !QNetworkInterface::interfaceFromName(d.interfaceName).isValid())
                warnings.append({detectorPath(family, i) + QStringLiteral(".name"),
                                 QStringLiteral("there is no network interface \"%1\" on this machine now; the detector fails "
                                                "until it exists (`ip link` lists the interfaces)").arg(d.interfaceName)});
            if (d.type == DetectorSpec::Type::Command && !d.argv.isEmpty()) {
                if (const QString problem = programProblem(d.argv.first()); !problem.isEmpty())
                    warnings.append({detectorPath(family, i) + QStringLiteral(".argv[0]"), problem});
            }
        }
    }
    return warnings;
}

} // namespace Qddns
