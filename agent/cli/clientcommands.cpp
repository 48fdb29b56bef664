#include "cli/clientcommands.h"
#include "cli/cli.h"

#include "config/config.h"
#include "ipc/agentclient.h"
#include "ipc/protocol.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

#include <cstdio>

namespace Qddns {

using namespace Ipc;

namespace {

constexpr int kExitOk = 0;
constexpr int kExitFailure = 1;
constexpr int kExitUsage = 2;
constexpr int kExitNoAgent = 3;

void print(FILE *stream, const QString &text)
{
    const QByteArray line = text.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stream);
    std::fflush(stream);
}

QString localTime(const QJsonValue &utc)
{
    const QDateTime t = QDateTime::fromString(utc.toString(), Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : QStringLiteral("-");
}

QString inWords(qint64 seconds)
{
    if (seconds < 120)
        return QStringLiteral("%1 s").arg(seconds);
    if (seconds < 7200)
        return QStringLiteral("%1 min").arg(seconds / 60);
    return QStringLiteral("%1 h %2 min").arg(seconds / 3600).arg(seconds % 3600 / 60);
}

// "propagated: ns1…, ns2… answer 81.2.69.160", "published, checking: 1 of 2 servers answer it",
// "published; warning: ns2… still answers the old address …".
QString propagationText(const QJsonObject &p)
{
    const QJsonArray servers = p.value(Field::Servers).toArray();
    QStringList current;
    for (const QJsonValue &v : servers) {
        if (v.toObject().value(Field::State).toString() == PropagationServerWord::Current)
            current.append(v.toObject().value(Field::Server).toString());
    }
    const QString address = p.value(Field::Address).toString();
    if (p.value(Field::State).toString() == PropagationWord::Propagated)
        return (current.size() == 1 ? Cli::tr("propagated: %1 answers %2") : Cli::tr("propagated: %1 answer %2"))
            .arg(current.join(QStringLiteral(", ")), address);
    if (!p.value(Field::Warning).toString().isEmpty())
        return Cli::tr("published; warning: %1").arg(p.value(Field::Warning).toString());
    if (servers.isEmpty())
        return Cli::tr("published, looking up the zone's servers");
    return Cli::tr("published, checking: %1 of %2 servers answer %3").arg(current.size()).arg(servers.size()).arg(address);
}

// Double NAT: the router's own WAN address is not the public one, so its detector was skipped.
QString routerWanText(const QJsonObject &wan)
{
    const QString nat = wan.value(Field::Nat).toString();
    const QString address = wan.value(Field::Address).toString();
    QString what;
    if (nat == NatWord::CarrierGrade)
        what = Cli::tr("is carrier-grade NAT (100.64.0.0/10): your provider shares the public address, "
                              "connections from the Internet may not reach this network");
    else if (nat == NatWord::Private)
        what = Cli::tr("is private: the router is behind another router (double NAT), which must forward connections to it");
    else
        what = Cli::tr("is not a public address (double NAT)");
    return Cli::tr("router's WAN address %1 %2; detector %3 skipped").arg(address, what, wan.value(Field::Detector).toString());
}

void printStatus(const QJsonObject &s)
{
    const QJsonObject agent = s.value(Field::Agent).toObject();
    QString line = Cli::tr("qddns-agent %1 (pid %2), running since %3; %4")
                       .arg(agent.value(Field::Version).toString())
                       .arg(agent.value(Field::Pid).toInteger())
                       .arg(localTime(agent.value(Field::Started)),
                            s.value(Field::Paused).toBool() ? Cli::tr("automatic updates paused")
                                                            : s.value(Field::State).toString());
    const QDateTime next = QDateTime::fromString(s.value(Field::NextCheck).toString(), Qt::ISODateWithMs);
    if (next.isValid())
        line += Cli::tr(", next check in %1").arg(inWords(std::max<qint64>(0, QDateTime::currentDateTimeUtc().secsTo(next))));
    print(stdout, line);
    print(stdout, QStringLiteral("configuration %1").arg(agent.value(Field::ConfigPath).toString()));
    const QJsonObject addresses = s.value(Field::Addresses).toObject();
    for (const QString &family : {QStringLiteral("ipv4"), QStringLiteral("ipv6")}) {
        if (!addresses.contains(family))
            continue;
        const QJsonObject a = addresses.value(family).toObject();
        const QString name = family == QLatin1String("ipv4") ? QStringLiteral("IPv4") : QStringLiteral("IPv6");
        if (!a.value(Field::Error).toString().isEmpty())
            print(stdout, Cli::tr("%1  not detected: %2%3").arg(name, a.value(Field::Error).toString(),
                      a.value(Field::Address).toString().isEmpty() ? QString()
                          : Cli::tr(" (last known %1)").arg(a.value(Field::Address).toString())));
        else if (a.value(Field::Address).toString().isEmpty())
            print(stdout, Cli::tr("%1  not detected yet").arg(name));
        else
            print(stdout, Cli::tr("%1  %2  from %3 since %4").arg(name, a.value(Field::Address).toString(),
                                                                     a.value(Field::Detector).toString(), localTime(a.value(Field::Detected))));
        if (a.contains(Field::RouterWan))
            print(stdout, QStringLiteral("%1  ").arg(name) + routerWanText(a.value(Field::RouterWan).toObject()));
    }
    const QJsonArray profiles = s.value(Field::Profiles).toArray();
    if (profiles.isEmpty())
        print(stdout, Cli::tr("no profile configured"));
    for (const QJsonValue &pv : profiles) {
        const QJsonObject p = pv.toObject();
        print(stdout, QStringLiteral("profile %1 (%2)").arg(p.value(Field::Name).toString(), p.value(Field::Provider).toString()));
        for (const QJsonValue &hv : p.value(Field::Hosts).toArray()) {
            const QJsonObject h = hv.toObject();
            for (const QJsonValue &rv : h.value(Field::Records).toArray()) {
                const QJsonObject r = rv.toObject();
                QString detail = r.value(Field::Message).toString();
                if (r.value(Field::State).toString() == RecordStateCode::Current)
                    detail = QStringLiteral("published ") + localTime(r.value(Field::Published));
                print(stdout, QStringLiteral("  %1\t%2\t%3\t%4\t%5").arg(h.value(Field::Host).toString(), r.value(Field::Type).toString(),
                                                                        r.value(Field::Address).toString().isEmpty() ? QStringLiteral("-") : r.value(Field::Address).toString(),
                                                                        r.value(Field::State).toString(), detail));
                if (r.contains(Field::Propagation))
                    print(stdout, QStringLiteral("  \t\t\t") + propagationText(r.value(Field::Propagation).toObject()));
            }
        }
    }
    // Hooks: only those whose last run failed or timed out are named.
    const QJsonArray hooks = s.value(Field::Hooks).toArray();
    int failing = 0;
    for (const QJsonValue &hv : hooks) {
        const QJsonObject h = hv.toObject();
        const QString result = h.value(Field::LastResult).toString();
        if (result.isEmpty() || result == HookResultWord::Ok)
            continue;
        ++failing;
        print(stdout, Cli::tr("hook %1 (%2) %3 at %4%5: %6")
                          .arg(h.value(Field::Name).toString(), h.value(Field::Type).toString(),
                               result == HookResultWord::TimedOut ? Cli::tr("timed out") : Cli::tr("failed"),
                               localTime(h.value(Field::LastRun)),
                               h.value(Field::Failures).toInt() > 1 ? Cli::tr(" (%1 runs in a row)").arg(h.value(Field::Failures).toInt())
                                                                    : QString(),
                               h.value(Field::Message).toString()));
    }
    if (!hooks.isEmpty() && failing == 0)
        print(stdout, Cli::tr("%n hook(s), none failing", nullptr, int(hooks.size())));
}

// --since: an ISO 8601 time, or a duration back from now ("7d", "12h", "90m").
std::optional<QDateTime> parseSince(const QString &text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (t.isValid())
        return t.toUTC();
    const QDate d = QDate::fromString(text, Qt::ISODate);
    if (d.isValid())
        return d.startOfDay().toUTC();
    if (const auto duration = parseDuration(QJsonValue(text)))
        return QDateTime::currentDateTimeUtc().addSecs(-duration->count());
    return std::nullopt;
}

class ClientRun : public QObject
{
public:
    ClientRun(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args, const QString &socketPath)
        : m_app(app), m_parser(parser), m_args(args), m_client(socketPath, QStringLiteral("qddns-agent ") + args.value(0))
    {
        connect(&m_client, &AgentClient::connectFailed, this, [this](const QString &reason) {
            print(stderr, QStringLiteral("qddns-agent: ") + reason);
            m_app.exit(kExitNoAgent);
        });
        connect(&m_client, &AgentClient::connected, this, &ClientRun::onConnected);
        connect(&m_client, &AgentClient::disconnected, this, [this] {
            print(stderr, Cli::tr("qddns-agent: the agent closed the connection (it stopped?)"));
            m_app.exit(kExitFailure);
        });
        m_deadline.setSingleShot(true);
        connect(&m_deadline, &QTimer::timeout, this, [this] {
            print(stderr, Cli::tr("qddns-agent: the agent did not answer within %1 s").arg(m_deadline.interval() / 1000));
            m_app.exit(kExitFailure);
        });
    }

    void start()
    {
        const QString command = m_args.value(0);
        // An update waits for the providers' answers, each bounded by the request timeout.
        m_deadline.start(command == QLatin1String("update") ? 180000 : 15000);
        m_client.connectToAgent();
    }

private:
    void fail(const Reply &reply)
    {
        print(stderr, QStringLiteral("qddns-agent: %1").arg(reply.errorMessage));
        m_app.exit(reply.errorCode == Error::UnknownProfile ? kExitUsage : kExitFailure);
    }

    void onConnected()
    {
        const QString command = m_args.value(0);
        if (command == QLatin1String("status"))
            status();
        else if (command == QLatin1String("update"))
            update();
        else if (command == QLatin1String("logs"))
            logs();
        else if (command == QLatin1String("pause") || command == QLatin1String("resume"))
            pauseOrResume(command == QLatin1String("pause"));
        else
            history();
    }

    void pauseOrResume(bool pause)
    {
        m_client.request(pause ? Method::Pause : Method::Resume, {}, this, [this](const Reply &reply) {
            if (!reply.ok())
                return fail(reply);
            print(stdout, reply.result.value(Field::Paused).toBool()
                              ? Cli::tr("automatic updates are paused (`qddns-agent update` still runs a cycle; "
                                               "`qddns-agent resume` restarts them)")
                              : Cli::tr("automatic updates are running"));
            m_app.exit(kExitOk);
        });
    }

    void status()
    {
        m_client.request(Method::Status, {}, this, [this](const Reply &reply) {
            if (!reply.ok())
                return fail(reply);
            if (m_parser.isSet(QStringLiteral("json")))
                print(stdout, QString::fromUtf8(QJsonDocument(reply.result).toJson(QJsonDocument::Indented)).trimmed());
            else
                printStatus(reply.result);
            m_app.exit(kExitOk);
        });
    }

    void update()
    {
        QJsonObject params{{Field::Force, m_parser.isSet(QStringLiteral("force"))}};
        if (m_args.size() > 1)
            params.insert(Field::Profile, m_args.at(1));
        m_client.request(Method::Update, params, this, [this](const Reply &reply) {
            if (!reply.ok())
                return fail(reply);
            bool ok = true;
            const QJsonArray results = reply.result.value(Field::Results).toArray();
            for (const QJsonValue &v : results) {
                const QJsonObject r = v.toObject();
                const QString result = r.value(Field::Result).toString();
                ok = ok && result != QLatin1String("failed") && result != QLatin1String("held");
                print(stdout, recordResultLine(r));
            }
            if (results.isEmpty())
                print(stdout, Cli::tr("no record to update"));
            m_app.exit(ok ? kExitOk : kExitFailure);
        });
    }

    static void printLog(const QJsonObject &line)
    {
        print(stdout, QStringLiteral("%1 %2 %3: %4").arg(localTime(line.value(Field::Time)), line.value(Field::Level).toString(),
                                                       line.value(Field::Category).toString(), line.value(Field::Message).toString()));
    }

    void logs()
    {
        const QString level = m_parser.value(QStringLiteral("level")).isEmpty() ? QStringLiteral("info") : m_parser.value(QStringLiteral("level"));
        QJsonObject params{{Field::Level, level}};
        if (m_parser.isSet(QStringLiteral("limit")))
            params.insert(Field::Limit, m_parser.value(QStringLiteral("limit")).toInt());
        m_client.request(Method::Logs, params, this, [this, level](const Reply &reply) {
            if (!reply.ok())
                return fail(reply);
            for (const QJsonValue &v : reply.result.value(Field::Lines).toArray())
                printLog(v.toObject());
            if (!m_parser.isSet(QStringLiteral("follow"))) {
                m_app.exit(kExitOk);
                return;
            }
            m_deadline.stop(); // following has no end but the user's or the agent's
            connect(&m_client, &AgentClient::eventReceived, this, [](const QString &name, const QJsonObject &data) {
                if (name == Event::Log)
                    printLog(data);
            });
            m_client.request(Method::Subscribe, {{Field::Events, QJsonArray{QString(Event::Log)}}, {Field::LogLevel, level}}, this,
                             [this](const Reply &subscribed) {
                                 if (!subscribed.ok())
                                     fail(subscribed);
                             });
        });
    }

    void history()
    {
        QJsonObject params;
        // runClientCommand() refused a --since it cannot read.
        if (const auto since = parseSince(m_parser.value(QStringLiteral("since"))); since && m_parser.isSet(QStringLiteral("since")))
            params.insert(Field::Since, since->toString(Qt::ISODateWithMs));
        m_client.request(Method::History, params, this, [this](const Reply &reply) {
            if (!reply.ok())
                return fail(reply);
            const QJsonArray entries = reply.result.value(Field::Entries).toArray();
            if (m_parser.isSet(QStringLiteral("json"))) {
                print(stdout, QString::fromUtf8(QJsonDocument(entries).toJson(QJsonDocument::Indented)).trimmed());
                m_app.exit(kExitOk);
                return;
            }
            for (const QJsonValue &v : entries) {
                const QJsonObject e = v.toObject();
                const QString old = e.value(Field::Old).toString();
                print(stdout, QStringLiteral("%1\t%2\t%3 -> %4\t%5").arg(localTime(e.value(Field::Time)), e.value(Field::Family).toString(),
                                                                      old.isEmpty() ? QStringLiteral("(first)") : old,
                                                                      e.value(Field::New).toString(), e.value(Field::Detector).toString()));
            }
            if (entries.isEmpty())
                print(stdout, Cli::tr("no address change recorded%1").arg(m_parser.isSet(QStringLiteral("since")) ? Cli::tr(" in that time") : QString()));
            m_app.exit(kExitOk);
        });
    }

    QCoreApplication &m_app;
    const QCommandLineParser &m_parser;
    QStringList m_args;
    AgentClient m_client;
    QTimer m_deadline;
};

} // namespace

QString recordResultLine(const QJsonObject &r)
{
    return QStringLiteral("%1\t%2\t%3\t%4\t%5\t%6").arg(r.value(Field::Profile).toString(), r.value(Field::Host).toString(),
                                                         r.value(Field::Type).toString(), r.value(Field::Address).toString(),
                                                         r.value(Field::Result).toString(), r.value(Field::Message).toString());
}

bool isClientCommand(const QString &command)
{
    return command == QLatin1String("status") || command == QLatin1String("update") || command == QLatin1String("logs")
        || command == QLatin1String("history") || command == QLatin1String("pause") || command == QLatin1String("resume");
}

int runClientCommand(QCoreApplication &app, const QCommandLineParser &parser, const QStringList &args, const QString &socketPath)
{
    const QString command = args.value(0);
    const int maxArgs = command == QLatin1String("update") ? 2 : 1;
    if (args.size() > maxArgs) {
        print(stderr, Cli::tr("qddns-agent: unexpected argument \"%1\"; see --help").arg(args.at(maxArgs)));
        return kExitUsage;
    }
    // Bad usage is found before connecting, so it exits 2 whether or not an agent runs.
    if (command == QLatin1String("logs")) {
        const QString level = parser.value(QStringLiteral("level"));
        if (parser.isSet(QStringLiteral("level")) && level != QLatin1String("debug") && level != QLatin1String("info")
            && level != QLatin1String("warning") && level != QLatin1String("error")) {
            print(stderr, Cli::tr("qddns-agent: --level \"%1\" is not a level; use debug, info, warning or error").arg(level));
            return kExitUsage;
        }
        bool ok = false;
        const int limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (parser.isSet(QStringLiteral("limit")) && (!ok || limit < 1)) {
            print(stderr, Cli::tr("qddns-agent: --limit \"%1\" is not a positive whole number").arg(parser.value(QStringLiteral("limit"))));
            return kExitUsage;
        }
    }
    if (command == QLatin1String("history") && parser.isSet(QStringLiteral("since"))
        && !parseSince(parser.value(QStringLiteral("since")))) {
        print(stderr, Cli::tr("qddns-agent: --since \"%1\" is neither a date/time (2026-11-01, 2026-11-01T08:00:00Z) "
                                     "nor a duration (7d, 12h)").arg(parser.value(QStringLiteral("since"))));
        return kExitUsage;
    }
    ClientRun run(app, parser, args, socketPath);
    // Started from the event loop: a connection that fails at once must reach a running exec().
    QTimer::singleShot(0, &run, [&run] { run.start(); });
    return app.exec();
}

} // namespace Qddns
