// Files written by the previous version (tests/data/compat/0.1.0, see its README) still work:
// today's agent reads the configuration, the state and the history as they were written, sends
// nothing for records already published, and keeps the hold the old agent recorded until the
// secret really changes.
#include "config/configstore.h"
#include "fakes/fakehttpserver.h"
#include "fakes/netns.h"
#include "fakes/process.h"
#include "providers/providerregistry.h"
#include "state/history.h"
#include "state/state.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace Qddns;
using namespace Qddns::Test;

namespace {
const QString kData = QStringLiteral(QDDNS_TEST_DATA "/compat/0.1.0");

bool copyTree(const QString &from, const QString &to)
{
    QDir().mkpath(to);
    const QDir source(from);
    for (const QString &name : source.entryList(QDir::Files)) {
        if (!QFile::copy(source.filePath(name), to + QLatin1Char('/') + name))
            return false;
        QFile::setPermissions(to + QLatin1Char('/') + name, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    for (const QString &dir : source.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (!copyTree(source.filePath(dir), to + QLatin1Char('/') + dir))
            return false;
    }
    return true;
}
} // namespace

class TstCompat : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void filesLoad();
    void agentCarriesOn();

private:
    void agentScenario();
};

void TstCompat::filesLoad()
{
    const ProviderRegistry registry;
    const auto loaded = loadConfig(kData + QStringLiteral("/config.json"), registry);
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().value(0).toString()));
    QCOMPARE(loaded->config.profiles.size(), 2);

    const auto state = StateStore(kData + QStringLiteral("/state")).load();
    QVERIFY2(state, state ? "" : qPrintable(state.error()));
    QCOMPARE(state->recordCount(), 5);
    const RecordState *held = state->find(QStringLiteral("held"), QStringLiteral("held.example.org"), RecordType::A);
    QVERIFY(held);
    QCOMPARE(held->hold, QStringLiteral("auth-failed"));
    // The fingerprint of the same secret, with the salt the old state keeps, is the hold's.
    QCOMPARE(state->credentialsFingerprint({{QStringLiteral("secret"), QStringLiteral("s3cret-old")}}), held->secretFingerprint);
    const RecordState *home = state->find(QStringLiteral("home"), QStringLiteral("nas.example.org"), RecordType::AAAA);
    QVERIFY(home);
    QCOMPARE(home->address, QStringLiteral("2a02:8070:d18f:5a00::10"));
    // The profiles' fingerprints as the old agent computed them are today's.
    QCOMPARE(home->fingerprint, loaded->config.profiles.at(0).fingerprint);

    IpHistory history(kData + QStringLiteral("/state"));
    QCOMPARE(history.read().size(), 2);
}

// The old configuration names 127.0.0.1:38080: a private network namespace makes sure the port is ours.
void TstCompat::agentCarriesOn()
{
    if (qEnvironmentVariableIsSet(kNetnsChildVariable)) {
        agentScenario();
        return;
    }
    if (const QString why = namespaceUnavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QProcess child;
    startInNamespace(child, QStringLiteral("agentCarriesOn"));
    QVERIFY2(child.waitForFinished(60000), "the namespace child did not finish within 60 s");
    const QString output = QString::fromLocal8Bit(child.readAll());
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
}

void TstCompat::agentScenario()
{
    QVERIFY2(inFreshPrivateNamespace(), "not in a fresh private network namespace");
    QVERIFY(ip(QStringLiteral("link set lo up")).isEmpty());
    FakeHttpServer server(FakeHttpServer::Mode::Http);
    QVERIFY(server.listen(QHostAddress::LocalHost, 38080));
    server.setHandler([](const RecordedRequest &r) {
        if (r.path == QLatin1String("/ip"))
            return FakeReply{200, "81.2.69.160\n"};
        if (r.path == QLatin1String("/ip6"))
            return FakeReply{200, "2a02:8070:d18f:5a00::10\n"};
        if (r.path == QLatin1String("/nic/update"))
            return FakeReply{200, "good " + r.queryValue(QStringLiteral("myip")).toLatin1()};
        return FakeReply{404, "not found"};
    });
    QTemporaryDir dir;
    QVERIFY(copyTree(kData, dir.path()));
    const QStringList args{QStringLiteral("once"), QStringLiteral("--json"), QStringLiteral("--config"), dir.filePath(QStringLiteral("config.json")),
                           QStringLiteral("--state-dir"), dir.filePath(QStringLiteral("state"))};
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QDDNS_COMPAT_SECRET"), QStringLiteral("s3cret-old"));

    // Same addresses, same secret: nothing is sent; the held record stays held.
    ProcessRun run = runAgent(args, env);
    QCOMPARE(run.exitCode, 1); // a record is held
    QCOMPARE(server.requests().size(), 2); // the two detections, no update
    QJsonArray results = run.results();
    QCOMPARE(results.size(), 5);
    for (const QJsonValue &v : results) {
        const QJsonObject r = v.toObject();
        if (r.value(QStringLiteral("profile")).toString() == QLatin1String("held"))
            QCOMPARE(r.value(QStringLiteral("result")).toString(), QStringLiteral("held"));
        else
            QCOMPARE(r.value(QStringLiteral("code")).toString(), QStringLiteral("current"));
    }

    // Another secret: only the held record's hold is lifted and it is sent again.
    server.clearRequests();
    env.insert(QStringLiteral("QDDNS_COMPAT_SECRET"), QStringLiteral("s3cret-new"));
    run = runAgent(args, env);
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(server.requests().size(), 3);
    QCOMPARE(server.requests().at(2).queryValue(QStringLiteral("hostname")), QStringLiteral("held.example.org"));
}

QTEST_GUILESS_MAIN(TstCompat)
#include "tst_compat.moc"
