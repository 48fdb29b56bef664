// End to end with two credentials: the real qddns-agent, Porkbun's API v3 as a loopback fake
// (HTTPS trusted through tls.caFile, answering as Porkbun's documentation says), the API key and
// the secret API key stored with `secret set` (--field for the second) in the real Secret Service
// that scripts/run-tests starts, `once` sending both in every request body — and neither key, raw,
// URL- or base64-encoded, in anything the agent prints or writes, debug logging included.
#include "fakes/fakehttpserver.h"
#include "fakes/fixtures.h"
#include "fakes/process.h"

#include <QDirIterator>
#include <QFile>
#include <QStandardPaths>
#include <QTemporaryDir>

using namespace Qddns::Test;

namespace {

const QString kApiKey = "pk1_7d11e3f656b00ae042980302e1425a04163c476efec1833c3cb0e54fc6f5022a";
const QString kSecretKey = "sk1_5299b57125c8f3cdf347d2fe0e713311ee3a1e11f11a14942b26472593e35368";
const QString kProfile = "tst-porkbun-e2e";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QByteArray kApiPrefix = "/api/json/v3";

std::optional<QByteArray> keychainLookup(const QString &user)
{
    const ProcessRun r = runProgram("secret-tool", {"lookup", "server", "qddns", "user", user});
    return r.exitCode == 0 ? std::optional<QByteArray>(r.out) : std::nullopt;
}

/// Porkbun's API v3 for one account with the domain example.com, as its documentation describes it.
class FakePorkbun
{
public:
    struct Record
    {
        QString id, name, type, content, ttl, prio, notes;
    };

    FakePorkbun()
    {
        m_records.append({"106926659", "home.example.com", "A", "81.2.69.161", "3600", "0", "router at home"});
        m_server.setHandler([this](const RecordedRequest &r) { return answer(r); });
    }

    bool listen() { return m_server.listen(); }
    QUrl baseUrl() const { return m_server.baseUrl(); }
    QList<RecordedRequest> requests() const { return m_server.requests(); }
    QList<Record> records() const { return m_records; }
    QStringList paths() const
    {
        QStringList list;
        for (const RecordedRequest &r : m_server.requests())
            list.append(r.path.mid(kApiPrefix.size()));
        return list;
    }

private:
    static FakeReply json(int status, const QJsonObject &body)
    {
        return {status, QJsonDocument(body).toJson(QJsonDocument::Compact), {{"Content-Type", "application/json"}}};
    }
    static FakeReply error(const QString &message) { return json(400, {{"status", "ERROR"}, {"message", message}}); }

    FakeReply answer(const RecordedRequest &r)
    {
        if (r.method != "POST")
            return error("All HTTP request must use POST.");
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        if (body.value("apikey").toString() != kApiKey || body.value("secretapikey").toString() != kSecretKey)
            return error("Invalid API key. (002)");
        const QStringList parts = r.path.mid(kApiPrefix.size()).split('/', Qt::SkipEmptyParts);
        if (parts == QStringList{"domain", "listAll"})
            return json(200, {{"status", "SUCCESS"},
                              {"domains", QJsonArray{QJsonObject{{"domain", "example.com"}, {"status", "ACTIVE"}, {"tld", "com"}}}}});
        if (parts.size() < 3 || parts.at(0) != "dns" || parts.at(2) != "example.com")
            return error("Invalid domain.");
        const QString type = parts.value(3);
        const QString name = parts.size() > 4 ? parts.at(4) + ".example.com" : QString("example.com");
        if (parts.at(1) == "retrieveByNameType") {
            QJsonArray list;
            for (const Record &rec : std::as_const(m_records)) {
                if (rec.name == name && rec.type == type)
                    list.append(QJsonObject{{"id", rec.id}, {"name", rec.name}, {"type", rec.type}, {"content", rec.content},
                                            {"ttl", rec.ttl}, {"prio", rec.prio}, {"notes", rec.notes}});
            }
            return json(200, {{"status", "SUCCESS"}, {"records", list}});
        }
        if (parts.at(1) == "editByNameType") {
            for (Record &rec : m_records) {
                if (rec.name == name && rec.type == type) {
                    rec.content = body.value("content").toString();
                    rec.ttl = body.value("ttl").toString(rec.ttl);
                    rec.prio = body.value("prio").toString(rec.prio);
                    rec.notes = body.value("notes").toString(rec.notes);
                }
            }
            return json(200, {{"status", "SUCCESS"}});
        }
        if (parts.at(1) == "create") {
            const QString sub = body.value("name").toString();
            const QString id = QString::number(106926700 + m_records.size());
            m_records.append({id, sub.isEmpty() ? QString("example.com") : sub + ".example.com", body.value("type").toString(),
                              body.value("content").toString(), body.value("ttl").toString("600"), "0", ""});
            return json(200, {{"status", "SUCCESS"}, {"id", id}});
        }
        return error("Invalid endpoint.");
    }

    FakeHttpServer m_server;
    QList<Record> m_records;
};

} // namespace

class TstAgentPorkbun : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void init();
    void cleanup();
    void twoCredentials_data();
    void twoCredentials();

private:
    ProcessRun agent(const QStringList &args, const QByteArray &input = {});
    void writeConfig(bool apiKeyInFile);
    QByteArray everythingWritten() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakePorkbun> m_porkbun;
    QString m_config;
    QString m_stateDir;
    QByteArray m_printed;
    QStringList m_stored;
};

void TstAgentPorkbun::init()
{
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS") || QStandardPaths::findExecutable("secret-tool").isEmpty())
        QFAIL("needs a Secret Service and secret-tool: run the tests through scripts/run-tests (private gnome-keyring)");
    // Outside scripts/run-tests this would be the user's own keyring: never overwrite an entry.
    for (const QString &user : {kProfile, kProfile + "/secretApiKey"}) {
        if (keychainLookup(user))
            QFAIL(qPrintable("the keyring already holds qddns/" + user + "; refusing to overwrite it"));
    }
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_config = m_dir->filePath("config.json");
    m_stateDir = m_dir->filePath("state");
    m_printed.clear();
    m_echo = std::make_unique<FakeHttpServer>();
    QVERIFY(m_echo->listen());
    m_echo->setHandler([](const RecordedRequest &r) {
        return FakeReply{200, (r.path == "/v6" ? kV6 : kV4).toLatin1() + '\n'};
    });
    m_porkbun = std::make_unique<FakePorkbun>();
    QVERIFY(m_porkbun->listen());
}

void TstAgentPorkbun::cleanup()
{
    for (const QString &field : std::as_const(m_stored)) {
        const QStringList args = field.isEmpty() ? QStringList{"secret", "delete", kProfile}
                                                 : QStringList{"secret", "delete", kProfile, "--field", field};
        agent(args);
    }
    m_stored.clear();
    QVERIFY(!keychainLookup(kProfile) && !keychainLookup(kProfile + "/secretApiKey"));
    m_porkbun.reset();
    m_echo.reset();
    m_dir.reset();
}

ProcessRun TstAgentPorkbun::agent(const QStringList &args, const QByteArray &input)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert("QT_LOGGING_RULES", "*.debug=true"); // every category, qddns.provider.porkbun and qddns.http included
    const ProcessRun run = runProgram(QDDNS_AGENT_BINARY, args + QStringList{"--verbose", "--config", m_config, "--state-dir", m_stateDir},
                                      env, input);
    m_printed += run.out + run.err;
    return run;
}

void TstAgentPorkbun::writeConfig(bool apiKeyInFile)
{
    const QString keyFile = m_dir->filePath("porkbun-api.key");
    QVERIFY(writeSecretFile(keyFile, kApiKey.toUtf8()));
    const QJsonObject secret = apiKeyInFile ? QJsonObject{{"source", "file"}, {"path", keyFile}} : QJsonObject{{"source", "keychain"}};
    const QString echo = m_echo->baseUrl().toString();
    const QJsonObject config{
        {"version", 1},
        {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
        {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", echo + "/v4"}}}},
                                  {"ipv6", QJsonArray{QJsonObject{{"type", "web"}, {"url", echo + "/v6"}}}}}},
        {"profiles", QJsonArray{QJsonObject{{"name", kProfile},
                                            {"provider", "porkbun"},
                                            {"server", m_porkbun->baseUrl().toString()},
                                            {"hosts", QJsonArray{"home.example.com"}},
                                            {"ipv6", true},
                                            {"secret", secret},
                                            {"credentials", QJsonObject{{"secretApiKey", QJsonObject{{"source", "keychain"}}}}}}}}};
    QFile file(m_config);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QJsonDocument(config).toJson());
}

// Every file the agent keeps: state, history, anything else in its state directory.
QByteArray TstAgentPorkbun::everythingWritten() const
{
    QByteArray all;
    QDirIterator it(m_stateDir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (file.open(QIODevice::ReadOnly))
            all += file.fileName().toUtf8() + '\n' + file.readAll();
    }
    return all;
}

void TstAgentPorkbun::twoCredentials_data()
{
    QTest::addColumn<bool>("apiKeyInFile");
    QTest::newRow("both keys in the keychain") << false;
    QTest::newRow("API key in a file, secret API key in the keychain") << true;
}

void TstAgentPorkbun::twoCredentials()
{
    QFETCH(bool, apiKeyInFile);
    writeConfig(apiKeyInFile);

    // The keys go in on standard input, never on the command line.
    if (!apiKeyInFile) {
        const ProcessRun set = agent({"secret", "set", kProfile}, kApiKey.toUtf8() + '\n');
        QVERIFY2(set.exitCode == 0, set.err.constData());
        m_stored.append(QString());
    }
    const ProcessRun setField = agent({"secret", "set", kProfile, "--field", "secretApiKey"}, kSecretKey.toUtf8() + '\n');
    QVERIFY2(setField.exitCode == 0, setField.err.constData());
    m_stored.append("secretApiKey");
    QVERIFY2(setField.err.contains("credential secretApiKey of profile \"" + kProfile.toUtf8() + "\" is stored in the keychain"),
             setField.err.constData());

    // Both in the real Secret Service, each under its own key: PROFILE and PROFILE/FIELD.
    QCOMPARE(keychainLookup(kProfile + "/secretApiKey"), std::optional<QByteArray>(kSecretKey.toUtf8()));
    QCOMPARE(keychainLookup(kProfile), apiKeyInFile ? std::nullopt : std::optional<QByteArray>(kApiKey.toUtf8()));

    // First run: the A record is changed (keeping its TTL, priority and notes), the AAAA record created.
    ProcessRun once = agent({"once", "--json"});
    QVERIFY2(once.exitCode == 0, once.err.constData());
    QCOMPARE(m_porkbun->paths(), (QStringList{"/domain/listAll", "/dns/retrieveByNameType/example.com/A/home",
                                              "/dns/editByNameType/example.com/A/home",
                                              "/dns/retrieveByNameType/example.com/AAAA/home", "/dns/create/example.com"}));
    for (const RecordedRequest &r : m_porkbun->requests()) {
        const QJsonObject body = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(body.value("apikey").toString(), kApiKey);
        QCOMPARE(body.value("secretapikey").toString(), kSecretKey);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/json"));
        QVERIFY(!r.target.contains("pk1_") && !r.target.contains("sk1_"));
    }
    const QList<FakePorkbun::Record> records = m_porkbun->records();
    QCOMPARE(records.size(), 2);
    QCOMPARE(records.at(0).content, kV4);
    QCOMPARE(records.at(0).ttl, QString("3600"));
    QCOMPARE(records.at(0).notes, QString("router at home"));
    QCOMPARE(records.at(1).type, QString("AAAA"));
    QCOMPARE(records.at(1).content, kV6);
    QStringList results;
    for (const QJsonValue &v : once.results())
        results.append(v.toObject().value("type").toString() + '=' + v.toObject().value("result").toString());
    QCOMPARE(results, (QStringList{"A=updated", "AAAA=updated"}));

    // Forced again: Porkbun already holds both addresses, so nothing is written.
    const qsizetype before = m_porkbun->requests().size();
    once = agent({"once", "--json", "--force"});
    QVERIFY2(once.exitCode == 0, once.err.constData());
    const QStringList again = m_porkbun->paths().mid(before);
    QCOMPARE(again, (QStringList{"/domain/listAll", "/dns/retrieveByNameType/example.com/A/home",
                                 "/dns/retrieveByNameType/example.com/AAAA/home"}));
    results.clear();
    for (const QJsonValue &v : once.results())
        results.append(v.toObject().value("result").toString());
    QCOMPARE(results, (QStringList{"unchanged", "unchanged"}));

    // A dry run shows the requests it would send.
    QVERIFY(agent({"once", "--dry-run", "--force"}).exitCode == 0);

    // Debug logging was really on, and neither key is in anything printed or written.
    QVERIFY2(m_printed.contains("qddns.http"), "no debug output of qddns.http");
    const QByteArray written = everythingWritten();
    QVERIFY2(written.contains(kProfile.toUtf8()), "the state directory holds no state of the profile");
    for (const QString &key : {kApiKey, kSecretKey}) {
        for (const QByteArray &form : {key.toUtf8(), QUrl::toPercentEncoding(key), key.toUtf8().toBase64(),
                                       key.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals),
                                       key.toUtf8().mid(4, 24)}) {
            QVERIFY2(!m_printed.contains(form), qPrintable("printed: " + form));
            QVERIFY2(!written.contains(form), qPrintable("written: " + form));
        }
    }
}

QTEST_GUILESS_MAIN(TstAgentPorkbun)
#include "tst_agentporkbun.moc"
