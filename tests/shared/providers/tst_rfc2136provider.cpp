// The rfc2136 provider beyond its conformance cases (tests/data/providers/rfc2136/): the read that
// decides whether to write (authority, every address of the RRset, the TTL, an alias), BADTIME
// retried once on the server's clock, the key given as a BIND key file, unusable keys and
// profiles, and the provider's steps sent to a real BIND by a DnsClient whose clock is off.
#include "dns/dnsclient.h"
#include "dns/rcode.h"
#include "config/config.h"
#include "providers/provider.h"
#include "providers/providerregistry.h"
#include "fakes/dnsservers.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>

#include <QDateTime>
#include <QJsonArray>
#include <QTest>

using namespace Qddns;

namespace Qddns::Providers {
void add_rfc2136(ProviderList &list);
}

namespace {

const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kSecret = "BwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyAhIiMkJSY=";

std::unique_ptr<Provider> makeProvider()
{
    ProviderList list;
    Providers::add_rfc2136(list);
    return std::move(list.front());
}

UpdateRequest makeRequest(bool v4 = true, bool v6 = false)
{
    UpdateRequest r;
    r.profileName = "home";
    r.hosts = {"home.example.org"};
    if (v4)
        r.ipv4 = QHostAddress(kV4);
    if (v6)
        r.ipv6 = QHostAddress(kV6);
    r.secret = kSecret;
    r.credentials.insert("secret", kSecret);
    r.options = {{"dnsServer", "ns1.example.org:5353"}, {"zone", "example.org"}, {"keyName", "ddns-key"}, {"algorithm", "hmac-sha256"}};
    return r;
}

Dns::ResourceRecord addressRecord(const QString &address, quint32 ttl = 60, const QString &owner = "home.example.org")
{
    Dns::ResourceRecord rr;
    rr.name = Dns::Name::fromText(owner).value();
    rr.type = QHostAddress(address).protocol() == QAbstractSocket::IPv6Protocol ? Dns::RRType::AAAA : Dns::RRType::A;
    rr.ttl = ttl;
    rr.rdata = Dns::AddressRdata{QHostAddress(address)};
    return rr;
}

Dns::DnsReply reply(const DnsRequest &request, quint8 rcode, const QList<Dns::ResourceRecord> &answers = {}, bool aa = true)
{
    Dns::DnsReply r;
    r.message.qr = true;
    r.message.opcode = request.message.opcode;
    r.message.questions = request.message.questions;
    r.message.rcode = rcode;
    r.message.aa = aa;
    r.message.answers = answers;
    return r;
}

Dns::DnsReply signedReply(const DnsRequest &request, quint8 rcode, Dns::TsigCheck::Status status = Dns::TsigCheck::Status::Verified,
                          quint16 error = 0, qint64 offset = 0)
{
    Dns::DnsReply r = reply(request, rcode);
    Dns::TsigCheck check;
    check.status = status;
    check.error = error;
    check.clockOffset = offset;
    check.text = "the server reports " + Dns::tsigErrorName(error);
    r.tsig = check;
    return r;
}

DnsRequest dnsStep(UpdateTransaction &tx)
{
    const auto step = tx.nextStep();
    if (!step || !std::holds_alternative<DnsRequest>(*step)) {
        qWarning("expected a DNS step");
        return {};
    }
    return std::get<DnsRequest>(*step);
}

QString outcomes(const QList<RecordResult> &results)
{
    QStringList list;
    for (const RecordResult &r : results)
        list.append(recordTypeName(r.type) + '=' + outcomeName(r.outcome));
    return list.join(' ');
}

} // namespace

Q_DECLARE_METATYPE(QList<Dns::ResourceRecord>)

class TstRfc2136Provider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void metadata();
    void readDecides_data();
    void readDecides();
    void aliasIsRejected();
    void transportErrors();
    void badTimeRetriedOnceOnTheServersClock();
    void badTimeTwiceIsRetriedLater();
    void keyFileAsSecret();
    void unusableKeys_data();
    void unusableKeys();
    void validation_data();
    void validation();
    void dryRunShowsTheUpdate();
    void againstBindWithASkewedClock();
    void readmeExampleIsValid();
};

void TstRfc2136Provider::metadata()
{
    const auto provider = makeProvider();
    const ProviderInfo &info = provider->info();
    QCOMPARE(info.id, QString("rfc2136"));
    QCOMPARE(info.category, ProviderCategory::SelfHosted);
    QVERIFY(info.supportsIpv4 && info.supportsIpv6 && info.supportsTtl);
    QStringList keys;
    for (const ProviderOption &o : info.options)
        keys.append(o.key + (o.required ? "*" : ""));
    QCOMPARE(keys, (QStringList{"dnsServer*", "zone*", "keyName", "algorithm"}));
}

void TstRfc2136Provider::readDecides_data()
{
    QTest::addColumn<QList<Dns::ResourceRecord>>("answers");
    QTest::addColumn<bool>("authoritative");
    QTest::addColumn<int>("profileTtl"); // 0: not set
    QTest::addColumn<bool>("writes");
    QTest::newRow("exactly the address") << QList<Dns::ResourceRecord>{addressRecord(kV4)} << true << 0 << false;
    QTest::newRow("the address among others")
        << QList<Dns::ResourceRecord>{addressRecord(kV4), addressRecord("81.2.69.161")} << true << 0 << true;
    QTest::newRow("another address") << QList<Dns::ResourceRecord>{addressRecord("81.2.69.161")} << true << 0 << true;
    QTest::newRow("not authoritative") << QList<Dns::ResourceRecord>{addressRecord(kV4)} << false << 0 << true;
    QTest::newRow("the profile's TTL differs") << QList<Dns::ResourceRecord>{addressRecord(kV4, 3600)} << true << 300 << true;
    QTest::newRow("the profile's TTL matches") << QList<Dns::ResourceRecord>{addressRecord(kV4, 300)} << true << 300 << false;
    QTest::newRow("another name's record") << QList<Dns::ResourceRecord>{addressRecord(kV4, 60, "www.example.org")} << true << 0 << true;
}

void TstRfc2136Provider::readDecides()
{
    QFETCH(QList<Dns::ResourceRecord>, answers);
    QFETCH(bool, authoritative);
    QFETCH(int, profileTtl);
    QFETCH(bool, writes);
    UpdateRequest request = makeRequest();
    if (profileTtl)
        request.ttl = profileTtl;
    const auto tx = makeProvider()->start(request);
    const DnsRequest read = dnsStep(*tx);
    QCOMPARE(read.message.opcode, Dns::Opcode::Query);
    QVERIFY2(!read.options.tsigKey, "the read is a plain query");
    QCOMPARE(read.server.toString(), QString("ns1.example.org:5353"));
    tx->handleStepReply(reply(read, Dns::NoError, answers, authoritative));
    if (!writes) {
        QVERIFY(!tx->nextStep());
        QCOMPARE(outcomes(tx->results()), QString("A=unchanged"));
        return;
    }
    const DnsRequest update = dnsStep(*tx);
    QCOMPARE(update.message.opcode, Dns::Opcode::Update);
    QVERIFY(update.options.tsigKey);
    // Delete the RRset, add the one record with the profile's TTL (60 when it sets none).
    QCOMPARE(update.message.authorities.size(), 2);
    QCOMPARE(update.message.authorities.at(1).ttl, quint32(profileTtl ? profileTtl : 60));
    tx->handleStepReply(signedReply(update, Dns::NoError));
    QVERIFY(!tx->nextStep());
    QCOMPARE(outcomes(tx->results()), QString("A=updated"));
}

void TstRfc2136Provider::aliasIsRejected()
{
    const auto tx = makeProvider()->start(makeRequest());
    const DnsRequest read = dnsStep(*tx);
    Dns::ResourceRecord cname;
    cname.name = Dns::Name::fromText("home.example.org").value();
    cname.type = Dns::RRType::CNAME;
    cname.rdata = Dns::NameRdata{Dns::Name::fromText("nas.example.org").value()};
    tx->handleStepReply(reply(read, Dns::NoError, {cname}));
    QVERIFY(!tx->nextStep());
    QCOMPARE(outcomes(tx->results()), QString("A=rejected"));
    QVERIFY2(tx->results().first().message.contains("CNAME"), qPrintable(tx->results().first().message));
}

void TstRfc2136Provider::transportErrors()
{
    // No answer to the read: retried later, and the AAAA record still gets its own turn.
    const auto tx = makeProvider()->start(makeRequest(true, true));
    Dns::DnsReply silence;
    silence.error = "no answer from ns1.example.org:5353 within 2000 ms (2 attempts over UDP)";
    dnsStep(*tx);
    tx->handleStepReply(silence);
    const DnsRequest readAaaa = dnsStep(*tx);
    QCOMPARE(readAaaa.message.questions.first().type, Dns::RRType::AAAA);
    tx->handleStepReply(reply(readAaaa, Dns::NXDomain));
    dnsStep(*tx);
    tx->handleStepReply(silence);
    QVERIFY(!tx->nextStep());
    QCOMPARE(outcomes(tx->results()), QString("A=retry AAAA=retry"));
    QVERIFY(tx->results().at(1).message.contains("update of home.example.org AAAA"));
}

void TstRfc2136Provider::badTimeRetriedOnceOnTheServersClock()
{
    const auto tx = makeProvider()->start(makeRequest());
    const DnsRequest read = dnsStep(*tx);
    tx->handleStepReply(reply(read, Dns::NXDomain));
    const DnsRequest first = dnsStep(*tx);
    QCOMPARE(first.options.tsigClockOffset, qint64(0));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("BADTIME.*clock is 3600 s ahead of ours; retrying once"));
    tx->handleStepReply(signedReply(first, Dns::NotAuth, Dns::TsigCheck::Status::ServerError, Dns::BadTime, 3600));
    const DnsRequest second = dnsStep(*tx);
    QCOMPARE(second.message.opcode, Dns::Opcode::Update);
    QCOMPARE(second.options.tsigClockOffset, qint64(3600));
    tx->handleStepReply(signedReply(second, Dns::NoError));
    QVERIFY(!tx->nextStep());
    QCOMPARE(outcomes(tx->results()), QString("A=updated"));
}

void TstRfc2136Provider::badTimeTwiceIsRetriedLater()
{
    const auto tx = makeProvider()->start(makeRequest());
    tx->handleStepReply(reply(dnsStep(*tx), Dns::NXDomain));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("BADTIME"));
    tx->handleStepReply(signedReply(dnsStep(*tx), Dns::NotAuth, Dns::TsigCheck::Status::ServerError, Dns::BadTime, -900));
    tx->handleStepReply(signedReply(dnsStep(*tx), Dns::NotAuth, Dns::TsigCheck::Status::ServerError, Dns::BadTime, -900));
    QVERIFY(!tx->nextStep());
    QCOMPARE(outcomes(tx->results()), QString("A=retry"));
    QVERIFY2(tx->results().first().message.contains("clock"), qPrintable(tx->results().first().message));
}

void TstRfc2136Provider::keyFileAsSecret()
{
    // tsig-keygen's output stored as it is: the file names the key and its algorithm.
    UpdateRequest request = makeRequest();
    request.secret = QString("# made by tsig-keygen\nkey \"home-key\" {\n\talgorithm hmac-sha512;\n\tsecret \"%1\";\n};\n").arg(kSecret);
    request.credentials.insert("secret", request.secret);
    request.options.remove("keyName");
    request.options.insert("algorithm", "hmac-sha256"); // the declared default: the file's own wins
    const auto tx = makeProvider()->start(request);
    tx->handleStepReply(reply(dnsStep(*tx), Dns::NXDomain));
    const DnsRequest update = dnsStep(*tx);
    QVERIFY(update.options.tsigKey);
    QCOMPARE(update.options.tsigKey->name.toText(), QString("home-key."));
    QCOMPARE(update.options.tsigKey->algorithm, Dns::TsigAlgorithm::HmacSha512);
    QCOMPARE(QString::fromLatin1(update.options.tsigKey->secret.toBase64()), kSecret);
}

void TstRfc2136Provider::unusableKeys_data()
{
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("keyName");
    QTest::addColumn<QString>("outcome");
    QTest::addColumn<QString>("messagePart");
    QTest::newRow("no key name") << kSecret << "" << "rejected" << "\"keyName\" is required";
    QTest::newRow("not base64") << "c2VjcmV0!!notbase64" << "ddns-key" << "auth-failed" << "not valid base64";
    QTest::newRow("key file without that key")
        << "key \"other\" { algorithm hmac-sha256; secret \"" + kSecret + "\"; };" << "ddns-key" << "auth-failed" << "has no key \"ddns-key\"";
    QTest::newRow("broken key file")
        << "key \"ddns-key\" { algorithm hmac-sha256; secrett \"" + kSecret + "\"; };" << "" << "auth-failed" << "unknown key field";
}

void TstRfc2136Provider::unusableKeys()
{
    QFETCH(QString, secret);
    QFETCH(QString, keyName);
    QFETCH(QString, outcome);
    QFETCH(QString, messagePart);
    UpdateRequest request = makeRequest();
    request.secret = secret;
    request.credentials.insert("secret", secret);
    if (keyName.isEmpty())
        request.options.remove("keyName");
    else
        request.options.insert("keyName", keyName);
    const auto tx = makeProvider()->start(request);
    QVERIFY2(!tx->nextStep(), "nothing is sent without a usable key");
    QCOMPARE(tx->results().size(), 1);
    const RecordResult r = tx->results().first();
    QCOMPARE(outcomeName(r.outcome), outcome);
    QVERIFY2(r.message.contains(messagePart), qPrintable(r.message));
    QVERIFY2(!r.message.contains(kSecret) && !r.message.contains(kSecret.left(12)), qPrintable(r.message));
}

void TstRfc2136Provider::validation_data()
{
    QTest::addColumn<QJsonObject>("profile");
    QTest::addColumn<QString>("error");
    const QJsonObject good{{"hosts", QJsonArray{"home.example.org", "example.org"}}, {"dnsServer", "ns1.example.org"}, {"zone", "example.org"}};
    QTest::newRow("good") << good << "";
    QJsonObject p = good;
    p.insert("hosts", QJsonArray{"home.example.net"});
    QTest::newRow("host outside the zone") << p << "p.hosts[0]: home.example.net is not in the zone example.org";
    p = good;
    p.insert("dnsServer", "ns1.example.org:99999");
    QTest::newRow("bad port") << p << "p.dnsServer: server \"ns1.example.org:99999\": port \"99999\" is not a number from 1 to 65535";
    p = good;
    p.insert("algorithm", "hmac-md5");
    QTest::newRow("unsupported algorithm") << p << "p.algorithm: unsupported TSIG algorithm \"hmac-md5\"";
    p = good;
    p.insert("zone", ".");
    QTest::newRow("root zone") << p << "p.zone: must name the zone";
}

void TstRfc2136Provider::validation()
{
    QFETCH(QJsonObject, profile);
    QFETCH(QString, error);
    const QList<ConfigError> errors = makeProvider()->validate(profile, "p");
    QStringList texts;
    for (const ConfigError &e : errors)
        texts.append(e.path + ": " + e.message);
    if (error.isEmpty()) {
        QVERIFY2(texts.isEmpty(), qPrintable(texts.join('\n')));
        return;
    }
    QCOMPARE(texts.size(), 1);
    QVERIFY2(texts.first().startsWith(error), qPrintable(texts.first()));
}

void TstRfc2136Provider::dryRunShowsTheUpdate()
{
    const auto tx = makeProvider()->start(makeRequest(true, true));
    const auto step = tx->stepFor("home.example.org", RecordType::AAAA);
    QVERIFY(step);
    const QString shown = describeRequest(*step, makeRequest().secretValues());
    QCOMPARE(shown, QString("DNS UPDATE zone example.org.; home.example.org. 0 ANY AAAA \\# 0 ; home.example.org. 60 IN AAAA %1 "
                            "to ns1.example.org:5353 (TSIG ddns-key.)").arg(kV6));
}

// The provider's own steps, sent by a DnsClient whose clock is an hour fast, to a real BIND: the
// signed BADTIME answer tells the server's time, the one retry is signed on it and succeeds.
void TstRfc2136Provider::againstBindWithASkewedClock()
{
    auto server = Test::DnsTestServer::create("bind");
    if (!server->skipReason().isEmpty())
        QSKIP(qPrintable(server->skipReason()));
    QVERIFY2(server->start(), qPrintable(server->error()));
    const Test::DnsTestKey key = server->key();
    UpdateRequest request = makeRequest();
    request.hosts = {"home.example.test"};
    request.secret = QString::fromLatin1(key.secret);
    request.credentials.insert("secret", request.secret);
    request.options = {{"dnsServer", QString("127.0.0.1:%1").arg(server->port())}, {"zone", "example.test"}, {"keyName", key.name},
                       {"algorithm", key.algorithm}};
    Dns::DnsClient client;
    client.setClock([] { return QDateTime::currentSecsSinceEpoch() + 3600; });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("BADTIME.*behind ours; retrying once on its clock"));
    const auto tx = makeProvider()->start(request);
    int sent = 0;
    while (const auto step = tx->nextStep()) {
        const DnsRequest dns = std::get<DnsRequest>(*step);
        std::optional<Dns::DnsReply> answer;
        client.send(dns.message, dns.server, dns.options, this, [&answer](const Dns::DnsReply &r) { answer = r; });
        QVERIFY(QTest::qWaitFor([&answer] { return answer.has_value(); }, 15000));
        tx->handleStepReply(*answer);
        QVERIFY(++sent <= 3);
    }
    QCOMPARE(sent, 3); // read, refused update, update on the server's clock
    QCOMPARE(outcomes(tx->results()), QString("A=updated"));
}

// The README's self-hosted example profile passes the configuration's own checks.
void TstRfc2136Provider::readmeExampleIsValid()
{
    QFile readme(QDDNS_README);
    QVERIFY(readme.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(readme.readAll());
    const auto block = QRegularExpression("```json\\s*(\\{\"name\": \"home-dns\", \"provider\": \"rfc2136\".*?\\})\\s*```",
                                          QRegularExpression::DotMatchesEverythingOption).match(text);
    QVERIFY2(block.hasMatch(), "the README has no rfc2136 example profile");
    const QByteArray doc = "{\"version\": 1, \"profiles\": [" + block.captured(1).toUtf8() + "]}";
    const ProviderRegistry registry;
    const auto config = parseConfig(doc, registry);
    QVERIFY2(config, config ? "" : qPrintable(config.error().first().path + ": " + config.error().first().message));
    const Profile &p = config->profiles.first();
    QCOMPARE(p.options.value("dnsServer").toString(), QString("ns1.example.org"));
    QVERIFY(p.checkPropagation && p.nameservers.isEmpty()); // "auto"
}

QTEST_GUILESS_MAIN(TstRfc2136Provider)
#include "tst_rfc2136provider.moc"
