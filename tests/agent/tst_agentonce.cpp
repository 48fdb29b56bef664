// End-to-end: the real qddns-agent binary against loopback fake echo services and providers.
#include "fakes/process.h"
#include "fakes/fakehttpserver.h"
#include "fakes/fakeproxy.h"
#include "fakes/fixtures.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

using namespace Qddns::Test;

namespace {
const QString kSecret = QStringLiteral("Sup3r-s3cret/pa ss+word&x=1");
const QString kUser = QStringLiteral("alice");
}

class TstAgentOnce : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();

    void publishesOnlyWhenChanged();
    void batchesAtMostTwentyHosts();
    void bothFamiliesInOneRequest();
    void badauthHoldsAcrossRestarts();
    void profileChangeLiftsHold();
    void retryLaterBacksOff();
    void badEchoAnswersAreNeverPublished_data();
    void badEchoAnswersAreNeverPublished();
    void allEchoesBadMeansNoUpdate();
    void agreementNeedsTwoDetectors();
    void cloudflareWritesOnlyWhenDifferent();
    void secretNeverLeaks();
    void echoedCredentialsNeverLeak();
    void commandDetectorsDoNotInheritSecrets();
    void untrustedCertificateIsRefused();
    void missingSecretIsAProfileError();
    void configErrorsNameTheField_data();
    void configErrorsNameTheField();
    void dryRunSendsNothing();
    void noProfileRecordsHistory();
    void requestsGoThroughTheProxy_data();
    void requestsGoThroughTheProxy();

private:
    void writeConfig(const QJsonObject &config);
    QJsonObject baseConfig(const QJsonArray &profiles, const QJsonArray &v4 = {}) const;
    QJsonObject dyndnsProfile(const QStringList &hosts) const;
    ProcessRun once(const QStringList &extra = {});
    QList<RecordedRequest> updates() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
    QString m_v4 = QStringLiteral("81.2.69.160");
    QString m_v6 = QStringLiteral("2a02:8070:d18f:5a00::10");
    QString m_secretFile;
    QString m_configFile;
    QString m_stateDir;
    std::function<QByteArray(const RecordedRequest &)> m_dyndnsAnswer;
};

void TstAgentOnce::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_configFile = m_dir->filePath(QStringLiteral("config.json"));
    m_stateDir = m_dir->filePath(QStringLiteral("state"));
    m_secretFile = m_dir->filePath(QStringLiteral("secret"));
    QVERIFY(writeSecretFile(m_secretFile, kSecret.toUtf8()));

    m_v4 = QStringLiteral("81.2.69.160");
    m_v6 = QStringLiteral("2a02:8070:d18f:5a00::10");
    m_echo = std::make_unique<FakeHttpServer>();
    QVERIFY(m_echo->listen());
    m_echo->setHandler([this](const RecordedRequest &r) {
        if (r.path == QLatin1String("/v4"))
            return FakeReply{200, m_v4.toLatin1() + '\n'};
        if (r.path == QLatin1String("/v6"))
            return FakeReply{200, m_v6.toLatin1() + '\n'};
        if (r.path == QLatin1String("/html"))
            return FakeReply{200, "<html><body>Your IP: 81.2.69.99</body></html>", {{"Content-Type", "text/html"}}};
        if (r.path == QLatin1String("/private"))
            return FakeReply{200, "192.168.1.20\n"};
        if (r.path == QLatin1String("/cgnat"))
            return FakeReply{200, "100.64.12.7\n"};
        if (r.path == QLatin1String("/doc"))
            return FakeReply{200, "203.0.113.5\n"};
        if (r.path == QLatin1String("/error"))
            return FakeReply{500, "81.2.69.98\n"};
        if (r.path == QLatin1String("/liar"))
            return FakeReply{200, "81.2.69.200\n"};
        return FakeReply{404, "not found"};
    });

    // A DynDNS2 server as the protocol describes it: Basic auth, one answer line per host.
    m_dyndnsAnswer = dyndns2GoodPerHost;
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(m_provider->listen());
    m_provider->setHandler([this](const RecordedRequest &r) {
        if (r.path != QLatin1String("/nic/update"))
            return FakeReply{404, "nohost"};
        const QByteArray expected = "Basic " + (kUser + QLatin1Char(':') + kSecret).toUtf8().toBase64();
        if (r.header("Authorization") != expected)
            return FakeReply{200, "badauth"};
        if (!r.header("User-Agent").startsWith("qddns/"))
            return FakeReply{200, "badagent"};
        return FakeReply{200, m_dyndnsAnswer(r)};
    });
}

void TstAgentOnce::cleanup()
{
    m_provider.reset();
    m_echo.reset();
    m_dir.reset();
}

QJsonObject TstAgentOnce::baseConfig(const QJsonArray &profiles, const QJsonArray &v4) const
{
    const QString echo = m_echo->baseUrl().toString();
    const QJsonArray ipv4 = v4.isEmpty() ? QJsonArray{QJsonObject{{"type", "web"}, {"url", echo + "/v4"}}} : v4;
    return QJsonObject{{"version", 1},
                       {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
                       {"detectors", QJsonObject{{"ipv4", ipv4},
                                                 {"ipv6", QJsonArray{QJsonObject{{"type", "web"}, {"url", echo + "/v6"}}}}}},
                       {"profiles", profiles}};
}

QJsonObject TstAgentOnce::dyndnsProfile(const QStringList &hosts) const
{
    return QJsonObject{{"name", "home"},
                       {"provider", "dyndns2"},
                       {"server", m_provider->baseUrl().toString()},
                       {"hosts", QJsonArray::fromStringList(hosts)},
                       {"username", kUser},
                       {"secret", QJsonObject{{"source", "file"}, {"path", m_secretFile}}}};
}

void TstAgentOnce::writeConfig(const QJsonObject &config)
{
    QFile file(m_configFile);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(config).toJson());
}

ProcessRun TstAgentOnce::once(const QStringList &extra)
{
    return runAgent(QStringList{QStringLiteral("once"), QStringLiteral("--json"), QStringLiteral("--config"), m_configFile,
                                QStringLiteral("--state-dir"), m_stateDir} + extra);
}

QList<RecordedRequest> TstAgentOnce::updates() const
{
    QList<RecordedRequest> list;
    for (const RecordedRequest &r : m_provider->requests()) {
        if (r.path == QLatin1String("/nic/update"))
            list.append(r);
    }
    return list;
}

void TstAgentOnce::publishesOnlyWhenChanged()
{
    const QStringList hosts{QStringLiteral("home.example.org"), QStringLiteral("nas.example.org"), QStringLiteral("vpn.example.org")};
    writeConfig(baseConfig({dyndnsProfile(hosts)}));

    ProcessRun run = once();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates().at(0).queryValue(QStringLiteral("hostname")), hosts.join(QLatin1Char(',')));
    QCOMPARE(updates().at(0).queryValue(QStringLiteral("myip")), QStringLiteral("81.2.69.160"));
    QVERIFY(updates().at(0).header("User-Agent").startsWith("qddns/"));
    QCOMPARE(run.results().size(), 3);
    for (const QJsonValue &r : run.results()) {
        QCOMPARE(r[QStringLiteral("result")].toString(), QStringLiteral("updated"));
        QCOMPARE(r[QStringLiteral("address")].toString(), QStringLiteral("81.2.69.160"));
        QCOMPARE(r[QStringLiteral("type")].toString(), QStringLiteral("A"));
        QCOMPARE(r[QStringLiteral("profile")].toString(), QStringLiteral("home"));
    }

    // Same address: not a single update request.
    m_provider->clearRequests();
    run = once();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(updates().size(), 0);
    for (const QJsonValue &r : run.results())
        QCOMPARE(r[QStringLiteral("result")].toString(), QStringLiteral("unchanged"));

    // The ISP changes the address: each host updated exactly once with the new one.
    m_v4 = QStringLiteral("81.2.69.161");
    run = once();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates().at(0).queryValue(QStringLiteral("myip")), QStringLiteral("81.2.69.161"));
    QStringList sent = updates().at(0).queryValue(QStringLiteral("hostname")).split(QLatin1Char(','));
    sent.sort();
    QStringList expected = hosts;
    expected.sort();
    QCOMPARE(sent, expected);

    // A restart (a new process) with the same address changes nothing.
    m_provider->clearRequests();
    run = once();
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(updates().size(), 0);

    // --force re-sends although unchanged.
    run = once({QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(updates().size(), 1);
}

void TstAgentOnce::batchesAtMostTwentyHosts()
{
    QStringList hosts;
    for (int i = 0; i < 25; ++i)
        hosts.append(QStringLiteral("h%1.example.org").arg(i));
    writeConfig(baseConfig({dyndnsProfile(hosts)}));
    const ProcessRun run = once();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(updates().size(), 2);
    QStringList sent;
    for (const RecordedRequest &r : updates()) {
        const QStringList batch = r.queryValue(QStringLiteral("hostname")).split(QLatin1Char(','));
        QVERIFY(batch.size() <= 20);
        sent += batch;
    }
    sent.sort();
    hosts.sort();
    QCOMPARE(sent, hosts);
    QCOMPARE(run.results().size(), 25);
}

void TstAgentOnce::bothFamiliesInOneRequest()
{
    QJsonObject profile = dyndnsProfile({QStringLiteral("home.example.org")});
    profile.insert(QStringLiteral("ipv6"), true);
    writeConfig(baseConfig({profile}));
    ProcessRun run = once();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates().at(0).queryValue(QStringLiteral("myip")), QStringLiteral("81.2.69.160,2a02:8070:d18f:5a00::10"));
    QCOMPARE(run.results().size(), 2);

    // Only the IPv6 address changes: the request still carries both (DynDNS2 services drop a family left out).
    m_provider->clearRequests();
    m_v6 = QStringLiteral("2a02:8070:d18f:5a00::11");
    run = once();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates().at(0).queryValue(QStringLiteral("myip")), QStringLiteral("81.2.69.160,2a02:8070:d18f:5a00::11"));
}

void TstAgentOnce::badauthHoldsAcrossRestarts()
{
    writeConfig(baseConfig({dyndnsProfile({QStringLiteral("home.example.org")})}));
    QFile secret(m_secretFile);
    QVERIFY(secret.open(QIODevice::WriteOnly | QIODevice::Truncate));
    secret.write("wrong-password\n");
    secret.close();

    ProcessRun run = once();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(updates().size(), 1);
    QCOMPARE(run.results().at(0)[QStringLiteral("result")].toString(), QStringLiteral("held"));
    QVERIFY(run.results().at(0)[QStringLiteral("message")].toString().contains(QStringLiteral("badauth")));

    // Restarts, even with a new address: the held host gets no request.
    m_provider->clearRequests();
    for (int i = 0; i < 2; ++i) {
        m_v4 = QStringLiteral("81.2.69.16%1").arg(i + 1);
        run = once();
        QCOMPARE(run.exitCode, 1);
        QCOMPARE(updates().size(), 0);
        QCOMPARE(run.results().at(0)[QStringLiteral("result")].toString(), QStringLiteral("held"));
    }
    run = once({QStringLiteral("--force")});
    QCOMPARE(updates().size(), 0);

    // The user fixes the secret: the hold lifts and the address is published.
    QVERIFY(secret.open(QIODevice::WriteOnly | QIODevice::Truncate));
    secret.write(kSecret.toUtf8() + '\n');
    secret.close();
    run = once();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(updates().size(), 1);
    QCOMPARE(run.results().at(0)[QStringLiteral("result")].toString(), QStringLiteral("updated"));
}

void TstAgentOnce::profileChangeLiftsHold()
{
    m_dyndnsAnswer = [](const RecordedRequest &) { return QByteArray("nohost"); };
    writeConfig(baseConfig({dyndnsProfile({QStringLiteral("home.example.org")})}));
    ProcessRun run = once();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(updates().size(), 1);
    run = once();
    QCOMPARE(updates().size(), 1); // held: nothing sent

    m_dyndnsAnswer = [](const RecordedRequest &r) { return "good " + r.queryValue(QStringLiteral("myip")).toLatin1(); };
    QJsonObject changed = dyndnsProfile({QStringLiteral("home.example.org")});
    changed.insert(QStringLiteral("ipv4"), true); // an explicit default is still an edit of the profile
    writeConfig(baseConfig({changed}));
    run = once();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(updates().size(), 2);
}

void TstAgentOnce::retryLaterBacksOff()
{
    m_dyndnsAnswer = [](const RecordedRequest &) { return QByteArray("911"); };
    writeConfig(baseConfig({dyndnsProfile({QStringLiteral("home.example.org")})}));
    ProcessRun run = once();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(updates().size(), 1);
    QCOMPARE(run.results().at(0)[QStringLiteral("result")].toString(), QStringLiteral("failed"));
    // A 911 asks clients to stay away for at least 30 minutes: the next run sends nothing.
    run = once();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(updates().size(), 1);
    QVERIFY(run.results().at(0)[QStringLiteral("message")].toString().contains(QStringLiteral("waiting until")));
}

void TstAgentOnce::badEchoAnswersAreNeverPublished_data()
{
    QTest::addColumn<QString>("badPath");
    QTest::newRow("html") << "/html";
    QTest::newRow("private") << "/private";
    QTest::newRow("cgnat") << "/cgnat";
    QTest::newRow("documentation") << "/doc";
    QTest::newRow("http 500") << "/error";
    QTest::newRow("404") << "/missing";
}

void TstAgentOnce::badEchoAnswersAreNeverPublished()
{
    QFETCH(QString, badPath);
    const QString echo = m_echo->baseUrl().toString();
    writeConfig(baseConfig({dyndnsProfile({QStringLiteral("home.example.org")})},
                           {QJsonObject{{"type", "web"}, {"url", echo + badPath}},
                            QJsonObject{{"type", "web"}, {"url", echo + "/v4"}}}));
    const ProcessRun run = once({QStringLiteral("--verbose")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates().at(0).queryValue(QStringLiteral("myip")), QStringLiteral("81.2.69.160"));
    // The rejected answer is logged with its reason.
    QVERIFY2(run.err.contains("rejected"), run.err.constData());
}

void TstAgentOnce::allEchoesBadMeansNoUpdate()
{
    const QString echo = m_echo->baseUrl().toString();
    writeConfig(baseConfig({dyndnsProfile({QStringLiteral("home.example.org")})},
                           {QJsonObject{{"type", "web"}, {"url", echo + "/html"}},
                            QJsonObject{{"type", "web"}, {"url", echo + "/private"}},
                            QJsonObject{{"type", "web"}, {"url", echo + "/error"}}}));
    const ProcessRun run = once();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(updates().size(), 0);
    QCOMPARE(run.results().at(0)[QStringLiteral("result")].toString(), QStringLiteral("failed"));
}

void TstAgentOnce::agreementNeedsTwoDetectors()
{
    const QString echo = m_echo->baseUrl().toString();
    QJsonObject config = baseConfig({dyndnsProfile({QStringLiteral("home.example.org")})},
                                    {QJsonObject{{"type", "web"}, {"url", echo + "/liar"}},
                                     QJsonObject{{"type", "web"}, {"url", echo + "/v4"}},
                                     QJsonObject{{"type", "web"}, {"url", echo + "/v4"}}});
    QJsonObject detectors = config.value(QStringLiteral("detectors")).toObject();
    detectors.insert(QStringLiteral("agree"), QJsonObject{{"ipv4", 2}});
    config.insert(QStringLiteral("detectors"), detectors);
    writeConfig(config);
    ProcessRun run = once();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates().at(0).queryValue(QStringLiteral("myip")), QStringLiteral("81.2.69.160"));

    // Only the liar and one honest service: no two agree, nothing is published.
    m_provider->clearRequests();
    detectors[QStringLiteral("ipv4")] = QJsonArray{QJsonObject{{"type", "web"}, {"url", echo + "/liar"}},
                                                  QJsonObject{{"type", "web"}, {"url", echo + "/v4"}}};
    config.insert(QStringLiteral("detectors"), detectors);
    writeConfig(config);
    run = once({QStringLiteral("--force")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(updates().size(), 0);
}

void TstAgentOnce::cloudflareWritesOnlyWhenDifferent()
{
    // A small Cloudflare API v4: one zone, records kept in memory.
    struct Record { QString id, type, name, content; };
    QList<Record> records{{QStringLiteral("rec1"), QStringLiteral("A"), QStringLiteral("home.example.com"), QStringLiteral("81.2.69.160")},
                          {QStringLiteral("rec2"), QStringLiteral("A"), QStringLiteral("nas.example.com"), QStringLiteral("81.2.69.99")}};
    const QByteArray token = "cf-token-7f3a9c";
    FakeHttpServer api;
    QVERIFY(api.listen());
    api.setHandler([&](const RecordedRequest &r) {
        auto json = [](int status, const QJsonObject &o) {
            return FakeReply{status, QJsonDocument(o).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}}};
        };
        if (r.header("Authorization") != "Bearer " + token)
            return json(403, {{"success", false}, {"errors", QJsonArray{QJsonObject{{"code", 9109}, {"message", "Invalid access token"}}}}});
        if (r.method == "GET" && r.path == QLatin1String("/client/v4/zones")) {
            QJsonArray result;
            if (r.queryValue(QStringLiteral("name")) == QLatin1String("example.com"))
                result.append(QJsonObject{{"id", "zone1"}, {"name", "example.com"}, {"status", "active"}});
            return json(200, {{"success", true}, {"result", result}});
        }
        if (r.method == "GET" && r.path == QLatin1String("/client/v4/zones/zone1/dns_records")) {
            QJsonArray result;
            for (const Record &rec : records) {
                if (rec.type == r.queryValue(QStringLiteral("type")) && rec.name == r.queryValue(QStringLiteral("name")))
                    result.append(QJsonObject{{"id", rec.id}, {"type", rec.type}, {"name", rec.name}, {"content", rec.content},
                                              {"ttl", 1}, {"proxied", false}});
            }
            return json(200, {{"success", true}, {"result", result}});
        }
        if ((r.method == "PATCH" || r.method == "PUT") && r.path.startsWith(QLatin1String("/client/v4/zones/zone1/dns_records/"))) {
            const QString id = r.path.section(QLatin1Char('/'), -1);
            for (Record &rec : records) {
                if (rec.id == id) {
                    rec.content = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("content")).toString();
                    return json(200, {{"success", true}, {"result", QJsonObject{{"id", rec.id}, {"content", rec.content}}}});
                }
            }
        }
        return json(404, {{"success", false}, {"errors", QJsonArray{QJsonObject{{"code", 81044}, {"message", "not found"}}}}});
    });
    const QString tokenFile = m_dir->filePath(QStringLiteral("cf-token"));
    QFile f(tokenFile);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(token);
    f.close();
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    writeConfig(baseConfig({QJsonObject{{"name", "cf"},
                                        {"provider", "cloudflare"},
                                        {"server", api.baseUrl().toString()},
                                        {"zone", "example.com"},
                                        {"hosts", QJsonArray{"home.example.com", "nas.example.com"}},
                                        {"secret", QJsonObject{{"source", "file"}, {"path", tokenFile}}}}}));
    const ProcessRun run = once();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QList<RecordedRequest> writes;
    for (const RecordedRequest &r : api.requests()) {
        if (r.method != "GET")
            writes.append(r);
        QVERIFY(!r.target.contains(token));
    }
    QCOMPARE(writes.size(), 1);
    QCOMPARE(writes.at(0).path, QStringLiteral("/client/v4/zones/zone1/dns_records/rec2"));
    QCOMPARE(QJsonDocument::fromJson(writes.at(0).body).object().value(QStringLiteral("content")).toString(),
             QStringLiteral("81.2.69.160"));
    QCOMPARE(records.at(1).content, QStringLiteral("81.2.69.160"));
    for (const QJsonValue &r : run.results()) {
        const bool nas = r[QStringLiteral("host")].toString() == QLatin1String("nas.example.com");
        QCOMPARE(r[QStringLiteral("result")].toString(), nas ? QStringLiteral("updated") : QStringLiteral("unchanged"));
    }
}

void TstAgentOnce::secretNeverLeaks()
{
    // Three providers that carry the secret three ways: Basic auth, query token, URL path.
    FakeHttpServer duck;
    QVERIFY(duck.listen());
    duck.setReply({200, "OK"});
    FakeHttpServer custom;
    QVERIFY(custom.listen());
    custom.setReply({500, "internal error"});
    m_dyndnsAnswer = [](const RecordedRequest &) { return QByteArray("badauth"); };

    QJsonObject dyn = dyndnsProfile({QStringLiteral("home.example.org")});
    const QJsonObject secretRef{{"source", "file"}, {"path", m_secretFile}};
    writeConfig(baseConfig({dyn,
                            QJsonObject{{"name", "duck"}, {"provider", "duckdns"}, {"server", duck.baseUrl().toString()},
                                        {"hosts", QJsonArray{"myhome"}}, {"ipv6", true}, {"secret", secretRef}},
                            QJsonObject{{"name", "mine"}, {"provider", "custom"},
                                        {"url", custom.baseUrl().toString() + "/update/[PASSWORD]/[DOMAIN]?ip=[IP]&user=[USERNAME]"},
                                        {"username", kUser}, {"hosts", QJsonArray{"home.example.net"}}, {"secret", secretRef}}}));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
    QByteArray everything;
    for (int i = 0; i < 2; ++i) {
        const ProcessRun run = runAgent({QStringLiteral("once"), QStringLiteral("--verbose"), QStringLiteral("--config"), m_configFile,
                                       QStringLiteral("--state-dir"), m_stateDir}, env);
        QCOMPARE(run.exitCode, 1);
        everything += run.out + run.err;
        const ProcessRun json = runAgent({QStringLiteral("once"), QStringLiteral("--json"), QStringLiteral("--force"),
                                        QStringLiteral("--verbose"), QStringLiteral("--config"), m_configFile,
                                        QStringLiteral("--state-dir"), m_stateDir}, env);
        everything += json.out + json.err;
    }
    // The providers did receive it (so the runs really used it)…
    QVERIFY(!duck.requests().isEmpty());
    QCOMPARE(duck.requests().at(0).queryValue(QStringLiteral("token")), kSecret);
    QVERIFY(!custom.requests().isEmpty());
    QVERIFY(everything.contains("qddns.http")); // debug logging of requests was really on
    // …and it appears nowhere else: not raw, not percent-encoded, not in Basic credentials.
    const QList<QByteArray> forms{kSecret.toUtf8(), QUrl::toPercentEncoding(kSecret),
                                  (kUser + QLatin1Char(':') + kSecret).toUtf8().toBase64(),
                                  QByteArray("Sup3r-s3cret")};
    for (const QByteArray &form : forms)
        QVERIFY2(!everything.contains(form), form.constData());
    QDirIterator it(m_dir->path(), QDir::Files, QDirIterator::Subdirectories);
    int files = 0;
    while (it.hasNext()) {
        const QString path = it.next();
        if (path == m_secretFile)
            continue;
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        for (const QByteArray &form : forms)
            QVERIFY2(!content.contains(form), qPrintable(path));
        ++files;
    }
    QVERIFY(files >= 2); // config and state at least
}

// A provider that echoes the request's Authorization header in its error reply: the Basic
// credential of a user whose name does not align base64(user:secret) with base64(secret).
void TstAgentOnce::echoedCredentialsNeverLeak()
{
    m_provider->setHandler([](const RecordedRequest &r) {
        return FakeReply{400, "Bad request. Headers: Authorization: " + r.header("Authorization") + "; bye"};
    });
    QJsonObject profile = dyndnsProfile({QStringLiteral("home.example.org")});
    profile.insert(QStringLiteral("username"), QStringLiteral("bob"));
    writeConfig(baseConfig({profile}));
    const ProcessRun run = once({QStringLiteral("--verbose")});
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(updates().size(), 1);
    const QByteArray basic = QByteArray("bob:").append(kSecret.toUtf8()).toBase64();
    QVERIFY(updates().at(0).header("Authorization").endsWith(basic)); // it really was sent
    const QString message = run.results().at(0)[QStringLiteral("message")].toString();
    QVERIFY2(message.contains(QStringLiteral("Basic ***")), qPrintable(message));
    QVERIFY2(!(run.out + run.err).contains(basic), (run.out + run.err).constData());
    QFile state(m_stateDir + QStringLiteral("/state.json"));
    QVERIFY(state.open(QIODevice::ReadOnly));
    QVERIFY(!state.readAll().contains(basic));
}

// A secret from an `env` source must not reach a command detector's process.
void TstAgentOnce::commandDetectorsDoNotInheritSecrets()
{
    QJsonObject profile = dyndnsProfile({QStringLiteral("home.example.org")});
    profile.insert(QStringLiteral("secret"), QJsonObject{{"source", "env"}, {"name", "QDDNS_TEST_TOKEN"}});
    // The detector answers only when the variable is absent from its environment.
    const QJsonArray v4{QJsonObject{{"type", "command"},
                                    {"argv", QJsonArray{"sh", "-c", "test -z \"$QDDNS_TEST_TOKEN$CREDENTIALS_DIRECTORY\" && echo 81.2.69.160"}}}};
    QJsonObject config = baseConfig({profile}, v4);
    writeConfig(config);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QDDNS_TEST_TOKEN"), kSecret);
    env.insert(QStringLiteral("CREDENTIALS_DIRECTORY"), m_dir->path());
    const ProcessRun run = runAgent({QStringLiteral("once"), QStringLiteral("--json"), QStringLiteral("--config"), m_configFile,
                                     QStringLiteral("--state-dir"), m_stateDir}, env);
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates().at(0).queryValue(QStringLiteral("myip")), QStringLiteral("81.2.69.160"));
}

void TstAgentOnce::untrustedCertificateIsRefused()
{
    m_provider->useUntrustedCertificate();
    writeConfig(baseConfig({dyndnsProfile({QStringLiteral("home.example.org")})}));
    const ProcessRun run = once();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(updates().size(), 0);
    QCOMPARE(run.results().at(0)[QStringLiteral("result")].toString(), QStringLiteral("failed"));
}

void TstAgentOnce::missingSecretIsAProfileError()
{
    QJsonObject profile = dyndnsProfile({QStringLiteral("home.example.org")});
    profile.insert(QStringLiteral("secret"), QJsonObject{{"source", "env"}, {"name", "QDDNS_TEST_UNSET_VARIABLE"}});
    writeConfig(baseConfig({profile}));
    const ProcessRun run = once();
    QCOMPARE(run.exitCode, 1);
    QCOMPARE(updates().size(), 0);
    QVERIFY(run.results().at(0)[QStringLiteral("message")].toString().contains(QStringLiteral("QDDNS_TEST_UNSET_VARIABLE")));

    // A secret file others can read is refused, with the fix in the message.
    QFile::setPermissions(m_secretFile, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadOther);
    writeConfig(baseConfig({dyndnsProfile({QStringLiteral("home.example.org")})}));
    const ProcessRun open = once();
    QCOMPARE(open.exitCode, 1);
    QCOMPARE(updates().size(), 0);
    QVERIFY(open.results().at(0)[QStringLiteral("message")].toString().contains(QStringLiteral("chmod 600")));
}

void TstAgentOnce::configErrorsNameTheField_data()
{
    QTest::addColumn<QString>("json");
    QTest::addColumn<QString>("expected");
    const QString base = QStringLiteral("{\"version\": 1, \"profiles\": [{\"name\": \"a\", \"provider\": \"duckdns\", \"hosts\": [\"a\"]}, %1]}");
    QTest::newRow("bad hostname") << base.arg(QStringLiteral("{\"name\": \"b\", \"provider\": \"duckdns\", \"hosts\": [\"exa mple.com\"]}"))
                                  << "profiles[1].hosts[0]: \"exa mple.com\" is not a valid hostname";
    QTest::newRow("typo") << base.arg(QStringLiteral("{\"name\": \"b\", \"provider\": \"duckdns\", \"hosts\": [\"b\"], \"ipv66\": true}"))
                          << "profiles[1].ipv66: unknown key for provider \"duckdns\" (did you mean \"ipv6\"?)";
    QTest::newRow("password in config") << base.arg(QStringLiteral("{\"name\": \"b\", \"provider\": \"duckdns\", \"hosts\": [\"b\"], \"token\": \"x\"}"))
                                        << "profiles[1].token: secrets are never stored in the config file";
    QTest::newRow("unknown provider") << base.arg(QStringLiteral("{\"name\": \"b\", \"provider\": \"duckdsn\", \"hosts\": [\"b\"]}"))
                                      << "profiles[1].provider: \"duckdsn\" is not a known provider (did you mean \"duckdns\"?)";
    QTest::newRow("interval too short") << QStringLiteral("{\"version\": 1, \"interval\": 5}")
                                        << "interval: must be between 30 and";
    QTest::newRow("plain http") << base.arg(QStringLiteral("{\"name\": \"b\", \"provider\": \"duckdns\", \"hosts\": [\"b\"], \"server\": \"http://127.0.0.1:9\"}"))
                                << "profiles[1].server: plain http:// is refused";
    QTest::newRow("no version") << QStringLiteral("{\"profiles\": []}") << "version: is required";
    QTest::newRow("broken json") << QStringLiteral("{\"version\": 1,\n \"interval\": }") << "\"interval\" has no value (line 2, column 14)";
}

void TstAgentOnce::configErrorsNameTheField()
{
    QFETCH(QString, json);
    QFETCH(QString, expected);
    QFile file(m_configFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(json.toUtf8());
    file.close();
    for (const QString &command : {QStringLiteral("check-config"), QStringLiteral("once"), QStringLiteral("run")}) {
        const ProcessRun run = runAgent({command, QStringLiteral("--config"), m_configFile, QStringLiteral("--state-dir"), m_stateDir});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(QString::fromUtf8(run.err).contains(expected), run.err.constData());
    }
    QVERIFY(m_echo->requests().isEmpty());
}

void TstAgentOnce::dryRunSendsNothing()
{
    writeConfig(baseConfig({dyndnsProfile({QStringLiteral("home.example.org")})}));
    const ProcessRun run = once({QStringLiteral("--dry-run")});
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(updates().size(), 0);
    QCOMPARE(run.results().at(0)[QStringLiteral("result")].toString(), QStringLiteral("dry-run"));
    QVERIFY(run.results().at(0)[QStringLiteral("message")].toString().contains(QStringLiteral("myip=81.2.69.160")));
    QVERIFY(!QFile::exists(m_stateDir + QStringLiteral("/state.json")));
    // The real run afterwards still sends.
    QCOMPARE(once().exitCode, 0);
    QCOMPARE(updates().size(), 1);
}

void TstAgentOnce::noProfileRecordsHistory()
{
    writeConfig(baseConfig({}));
    ProcessRun run = once();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QVERIFY(run.err.contains("no profile is configured"));
    m_v4 = QStringLiteral("81.2.69.161");
    run = once();
    QCOMPARE(run.exitCode, 0);
    QFile history(m_stateDir + QStringLiteral("/history.jsonl"));
    QVERIFY(history.open(QIODevice::ReadOnly));
    const QList<QByteArray> lines = history.readAll().trimmed().split('\n');
    QCOMPARE(lines.size(), 3); // first IPv4, first IPv6, the IPv4 change
    const QJsonObject last = QJsonDocument::fromJson(lines.last()).object();
    QCOMPARE(last.value(QStringLiteral("old")).toString(), QStringLiteral("81.2.69.160"));
    QCOMPARE(last.value(QStringLiteral("new")).toString(), QStringLiteral("81.2.69.161"));
    QCOMPARE(last.value(QStringLiteral("family")).toString(), QStringLiteral("ipv4"));
}

void TstAgentOnce::requestsGoThroughTheProxy_data()
{
    QTest::addColumn<FakeProxy::Kind>("kind");
    QTest::addColumn<QString>("scheme");
    QTest::newRow("http") << FakeProxy::Kind::Http << "http";
    QTest::newRow("socks5") << FakeProxy::Kind::Socks5 << "socks5";
}

// "proxy": the echo and the provider are reached through it (TLS still verified end to end).
void TstAgentOnce::requestsGoThroughTheProxy()
{
    QFETCH(FakeProxy::Kind, kind);
    QFETCH(QString, scheme);
    FakeProxy proxy(kind);
    QVERIFY(proxy.listen());
    QJsonObject config = baseConfig({dyndnsProfile({QStringLiteral("home.example.org")})});
    config.insert("proxy", QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(proxy.port()));
    writeConfig(config);

    const ProcessRun run = once();
    QVERIFY2(run.exitCode == 0, run.err.constData());
    QCOMPARE(updates().size(), 1);
    QCOMPARE(updates().at(0).queryValue(QStringLiteral("myip")), QStringLiteral("81.2.69.160"));
    const QString echo = QStringLiteral("127.0.0.1:%1").arg(m_echo->baseUrl().port());
    const QString provider = QStringLiteral("127.0.0.1:%1").arg(m_provider->baseUrl().port());
    QVERIFY2(proxy.targets().contains(echo), qPrintable(proxy.targets().join(", ")));
    QVERIFY2(proxy.targets().contains(provider), qPrintable(proxy.targets().join(", ")));
}

QTEST_GUILESS_MAIN(TstAgentOnce)
#include "tst_agentonce.moc"
