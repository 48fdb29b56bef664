// The architecture as a test: every #include of shared/, agent/ and gui/ must go down the layers
// (README, "Development"), platform #ifdefs stay in platform files, and no source file grows past
// 800 lines. The rules' own rows (rules_data) show that an upward include is caught.

#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

namespace {

// Which layer a source file belongs to, from its path below the source tree.
QString layerOfPath(const QString &path)
{
    if (path == QLatin1String("shared/ipc/protocol.h"))
        return QStringLiteral("protocol"); // the wire vocabulary: everyone may use it
    const QStringList parts = path.split(QLatin1Char('/'));
    if (parts.size() >= 3 && (parts[0] == QLatin1String("shared") || parts[0] == QLatin1String("agent")))
        return parts[1];
    if (parts.size() == 2 && parts[0] == QLatin1String("agent"))
        return QStringLiteral("cli"); // agent/main.cpp
    if (parts[0] == QLatin1String("gui"))
        return QStringLiteral("gui");
    return {};
}

// Which layer an #include "dir/file.h" names: include paths start at shared/, agent/ or gui/.
QString layerOfInclude(const QString &include, const QString &fromLayer)
{
    if (include == QLatin1String("ipc/protocol.h"))
        return QStringLiteral("protocol");
    if (!include.contains(QLatin1Char('/')))
        return fromLayer; // beside the file, or generated for it (userunit.h, *.moc)
    const QString dir = include.section(QLatin1Char('/'), 0, 0);
    static const QSet<QString> shared{"core", "net", "config", "state", "secrets", "detect", "dns", "providers", "ipc", "import"};
    static const QSet<QString> agent{"platform", "engine", "hooks", "server", "cli"};
    static const QSet<QString> gui{"app", "settings", "tray", "history", "logs", "portcheck"};
    if (shared.contains(dir) || agent.contains(dir))
        return dir;
    if (gui.contains(dir))
        return QStringLiteral("gui");
    return QStringLiteral("unknown:") + dir;
}

// What each layer may include besides itself. The table of the README, as data.
const QHash<QString, QSet<QString>> &allowed()
{
    static const QHash<QString, QSet<QString>> table = [] {
        const QSet<QString> sharedAll{"core", "protocol", "net", "config", "state", "secrets", "detect", "dns", "providers", "import"};
        QHash<QString, QSet<QString>> t;
        t["protocol"] = {};
        t["core"] = {"protocol"};
        t["net"] = {"core", "protocol"};
        t["config"] = {"core", "protocol"};
        t["state"] = {"core", "config", "protocol"};
        t["secrets"] = {"core", "config", "protocol"};
        t["detect"] = {"core", "net", "config", "dns", "protocol"};
        t["dns"] = {"core", "protocol"};
        t["providers"] = {"core", "config", "dns", "protocol"};
        t["ipc"] = {"core", "protocol"};
        t["import"] = {"core", "protocol"};
        t["platform"] = {"core", "protocol"};
        t["engine"] = sharedAll + QSet<QString>{"platform"};
        t["engine"].remove(QStringLiteral("import"));
        t["hooks"] = t["engine"] + QSet<QString>{"engine"};
        t["server"] = t["engine"] + QSet<QString>{"engine", "hooks", "ipc"};
        t["cli"] = sharedAll + QSet<QString>{"ipc", "platform", "engine", "hooks", "server"};
        // Settings, Import... reads another client's file with the importers, as the CLI does.
        t["gui"] = {"core", "protocol", "config", "state", "secrets", "ipc", "import"};
        return t;
    }();
    return table;
}

// Empty when \a file (path below the source tree) may include \a include; otherwise why not.
QString violation(const QString &file, const QString &include)
{
    const QString from = layerOfPath(file);
    const QString to = layerOfInclude(include, from);
    if (from.isEmpty() || to == from)
        return {};
    if (to.startsWith(QLatin1String("unknown:")))
        return QStringLiteral("%1 includes \"%2\", which is in no layer").arg(file, include);
    if (!allowed().value(from).contains(to))
        return QStringLiteral("%1 (layer %2) includes \"%3\" (layer %4), which %2 may not use").arg(file, from, include, to);
    return {};
}

QStringList sourceFiles(const QStringList &dirs)
{
    QStringList files;
    for (const QString &dir : dirs) {
        QDirIterator it(QStringLiteral(QDDNS_SOURCE_DIR "/") + dir, {"*.h", "*.cpp", "*.in"}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext())
            files.append(it.next().mid(qsizetype(sizeof(QDDNS_SOURCE_DIR))));
    }
    files.sort();
    return files;
}

QByteArray read(const QString &relative)
{
    QFile file(QStringLiteral(QDDNS_SOURCE_DIR "/") + relative);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TstLayering : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rules_data();
    void rules();
    void includesGoDownTheLayers();
    void platformCodeStaysInPlatformFiles();
    void noSourceFileOver800Lines();
};

void TstLayering::rules_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("include");
    QTest::addColumn<bool>("allowed");

    // Upward includes the review found before the layers were libraries: each must be caught.
    QTest::newRow("net reaching providers") << "shared/net/httpclient.h" << "providers/provider.h" << false;
    QTest::newRow("config reaching providers") << "shared/config/config.cpp" << "providers/providerregistry.h" << false;
    QTest::newRow("state reaching providers") << "shared/state/state.h" << "providers/provider.h" << false;
    QTest::newRow("detect reaching providers") << "shared/detect/detector.h" << "providers/provider.h" << false;
    QTest::newRow("providers reaching secrets") << "shared/providers/dyndns2provider.cpp" << "secrets/secretstore.h" << false;
    QTest::newRow("providers reaching ipc") << "shared/providers/cloudflareprovider.cpp" << "ipc/agentclient.h" << false;
    QTest::newRow("providers reaching the engine") << "shared/providers/provider.cpp" << "engine/engine.h" << false;
    QTest::newRow("shared reaching gui") << "shared/config/config.cpp" << "settings/profileform.h" << false;
    QTest::newRow("core reaching config") << "shared/core/records.h" << "config/config.h" << false;
    QTest::newRow("gui reaching the agent") << "gui/app/trayapp.cpp" << "engine/service.h" << false;
    QTest::newRow("engine reaching the server") << "agent/engine/engine.cpp" << "server/localserver.h" << false;
    QTest::newRow("engine reaching ipc") << "agent/engine/service.cpp" << "ipc/agentclient.h" << false;
    QTest::newRow("platform reaching the engine") << "agent/platform/netwatch.cpp" << "engine/engine.h" << false;
    QTest::newRow("engine reaching the hooks") << "agent/engine/engine.cpp" << "hooks/hookrunner.h" << false;
    QTest::newRow("hooks reaching the server") << "agent/hooks/hookrunner.cpp" << "server/agentapi.h" << false;
    QTest::newRow("an include in no layer") << "shared/core/http.cpp" << "fakes/fakehttpserver.h" << false;
    // Downward ones are fine.
    QTest::newRow("providers using config's schema") << "shared/providers/provider.h" << "config/providerschema.h" << true;
    QTest::newRow("providers using dns") << "shared/providers/transport.h" << "dns/dnsclient.h" << true;
    QTest::newRow("the vocabulary from anywhere") << "shared/core/outcome.cpp" << "ipc/protocol.h" << true;
    QTest::newRow("server using the engine") << "agent/server/agentapi.cpp" << "engine/service.h" << true;
    QTest::newRow("hooks on the engine's events") << "agent/hooks/hookrunner.h" << "engine/engine.h" << true;
    QTest::newRow("cli wiring server and engine") << "agent/cli/cli.cpp" << "server/agentapi.h" << true;
    QTest::newRow("gui using secrets") << "gui/settings/settingswindow.cpp" << "secrets/secretstore.h" << true;
    QTest::newRow("gui using ipc") << "gui/app/trayapp.cpp" << "ipc/agentclient.h" << true;
    QTest::newRow("a generated header beside the file") << "agent/cli/servicecommands.cpp" << "userunit.h" << true;
}

void TstLayering::rules()
{
    QFETCH(QString, file);
    QFETCH(QString, include);
    QFETCH(bool, allowed);
    const QString why = violation(file, include);
    QVERIFY2(why.isEmpty() == allowed, qPrintable(why.isEmpty() ? QStringLiteral("allowed, expected refused") : why));
}

void TstLayering::includesGoDownTheLayers()
{
    static const QRegularExpression includeLine(QStringLiteral("^\\s*#\\s*include\\s+\"([^\"]+)\""),
                                                QRegularExpression::MultilineOption);
    QStringList violations;
    const QStringList files = sourceFiles({"shared", "agent", "gui"});
    QVERIFY2(files.size() > 100, qPrintable(QString::number(files.size())));
    for (const QString &file : files) {
        const QString text = QString::fromUtf8(read(file));
        for (auto it = includeLine.globalMatch(text); it.hasNext();) {
            if (const QString why = violation(file, it.next().captured(1)); !why.isEmpty())
                violations.append(why);
        }
    }
    QVERIFY2(violations.isEmpty(), qPrintable(violations.join(QLatin1Char('\n'))));
}

void TstLayering::platformCodeStaysInPlatformFiles()
{
    static const QRegularExpression osCheck(QStringLiteral("^\\s*#\\s*(if|ifdef|elif).*\\bQ_OS_"), QRegularExpression::MultilineOption);
    QStringList found;
    for (const QString &file : sourceFiles({"agent/engine", "agent/hooks", "agent/server", "agent/cli"})) {
        if (osCheck.match(QString::fromUtf8(read(file))).hasMatch())
            found.append(file);
    }
    QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("platform #ifdef outside agent/platform: ") + found.join(QStringLiteral(", "))));
}

void TstLayering::noSourceFileOver800Lines()
{
    QStringList tooLong;
    for (const QString &file : sourceFiles({"shared", "agent", "gui", "tests", "tools"})) {
        const qsizetype lines = read(file).count('\n');
        if (lines > 800)
            tooLong.append(QStringLiteral("%1 (%2 lines)").arg(file).arg(lines));
    }
    QVERIFY2(tooLong.isEmpty(), qPrintable(tooLong.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TstLayering)
#include "tst_layering.moc"
