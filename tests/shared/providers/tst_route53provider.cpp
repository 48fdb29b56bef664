// Amazon Route 53's REST API 2013-04-01 as its API reference describes it: ListHostedZonesByName
// (public zones of the exact name only), ListResourceRecordSets from the host's name and type,
// ChangeResourceRecordSets with CREATE for a missing record and UPSERT keeping the record's TTL;
// XML errors (ErrorResponse, InvalidChangeBatch); every request signed with SigV4 for us-east-1
// and "route53" at the request's clock. Replies in tests/data/providers/route53/.
#include "providers/provider.h"
#include "providers/signing/sigv4.h"

#include "fakes/providertest.h"

#include <QJsonArray>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_route53(ProviderList &list);
}

namespace {

const QString kKeyId = "AKIAQDDNSTEST7EXAMPL";
const QString kSecret = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYqddnsTESTKEY";
const QString kZoneId = "Z1D633PJN98FT9";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QDateTime kNow = QDateTime(QDate(2026, 12, 7), QTime(12, 0, 0), Qt::UTC);

using QueryItems = QList<std::pair<QString, QString>>;

/// One request the transaction must send and the reply fed back for it.
struct Exchange
{
    QByteArray method;
    QString path;      ///< below /2013-04-01
    QueryItems query;
    QByteArray body;   ///< the exact XML of a change
    int status = 200;
    QString replyFile; ///< tests/data/providers/route53/<file>
    QString transportError;
    QByteArray retryAfter;
};
using Exchanges = QList<Exchange>;

struct ExpectedResult
{
    QString host;
    RecordType type;
    Outcome outcome;
    QString messagePart;
    bool unexpected = false;
};
using ExpectedResults = QList<ExpectedResult>;

Exchange zones(int status = 200, const QString &file = "zones_example_com.xml")
{
    return {"GET", "/hostedzonesbyname", {{"dnsname", "example.com"}, {"maxitems", "10"}}, {}, status, file, {}, {}};
}

Exchange rrsets(const QString &name, const QString &type, int status, const QString &file, const QString &zoneId = kZoneId)
{
    return {"GET", "/hostedzone/" + zoneId + "/rrset", {{"name", name}, {"type", type}, {"maxitems", "10"}}, {}, status, file, {}, {}};
}

QByteArray changeBody(const QString &action, const QString &name, const QString &type, int ttl, const QString &value)
{
    return QString("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                   "<ChangeResourceRecordSetsRequest xmlns=\"https://route53.amazonaws.com/doc/2013-04-01/\">"
                   "<ChangeBatch><Comment>qddns</Comment><Changes><Change><Action>%1</Action>"
                   "<ResourceRecordSet><Name>%2</Name><Type>%3</Type><TTL>%4</TTL>"
                   "<ResourceRecords><ResourceRecord><Value>%5</Value></ResourceRecord></ResourceRecords>"
                   "</ResourceRecordSet></Change></Changes></ChangeBatch></ChangeResourceRecordSetsRequest>\n")
        .arg(action, name, type)
        .arg(ttl)
        .arg(value)
        .toUtf8();
}

Exchange change(const QByteArray &body, int status = 200, const QString &file = "change_pending.xml", const QString &zoneId = kZoneId)
{
    return {"POST", "/hostedzone/" + zoneId + "/rrset/", {}, body, status, file, {}, {}};
}

QByteArray header(const HttpRequest &request, const QByteArray &name)
{
    for (const auto &h : request.headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

} // namespace

Q_DECLARE_METATYPE(Exchanges)
Q_DECLARE_METATYPE(ExpectedResults)

class TstRoute53Provider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate();
    void transaction_data();
    void transaction();
    void signedAtTheClockOfEachRequest();
    void missingCredentialsSendNothing();

private:
    UpdateRequest makeRequest(const QStringList &hosts, const QString &ipv4, const QString &ipv6) const;

    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstRoute53Provider::initTestCase()
{
    Providers::add_route53(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstRoute53Provider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("route53"));
    QCOMPARE(info.category, ProviderCategory::DnsHosting);
    QCOMPARE(info.documentation.host(), QString("docs.aws.amazon.com"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.defaultServer, QUrl("https://route53.amazonaws.com"));
    QCOMPARE(info.username, Need::Required);
    QCOMPARE(info.usernameLabel, QString("Access key ID"));
    QCOMPARE(info.secret, Need::Required);
    QCOMPARE(info.secretLabel, QString("Secret access key"));
    QVERIFY(info.help.contains("route53:ChangeResourceRecordSets"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QVERIFY(info.maxHostsPerRequest > 1);
    QCOMPARE(info.options.size(), 2);
    QCOMPARE(info.options.at(0).key, QString("zone"));
    QVERIFY(info.options.at(0).required);
    QCOMPARE(info.options.at(1).key, QString("hostedZoneId"));
    QVERIFY(!info.options.at(1).required);
}

void TstRoute53Provider::validate()
{
    const QJsonObject good{{"hosts", QJsonArray{kHome, "Example.COM."}}, {"zone", "example.com"}, {"hostedZoneId", "/hostedzone/" + kZoneId}};
    QCOMPARE(m_provider->validate(good, "profiles[0]").size(), 0);
    const QList<ConfigError> errors =
        m_provider->validate({{"hosts", QJsonArray{kHome, "home.example.org"}}, {"zone", "example.com"}, {"hostedZoneId", "example.com"}}, "profiles[1]");
    QCOMPARE(errors.size(), 2);
    QCOMPARE(errors.at(0).path, QString("profiles[1].hosts[1]"));
    QVERIFY2(errors.at(0).message.contains("not in the Amazon Route 53 zone example.com"), qPrintable(errors.at(0).message));
    QCOMPARE(errors.at(1).path, QString("profiles[1].hostedZoneId"));
    QVERIFY2(errors.at(1).message.contains("not a Route 53 hosted zone id"), qPrintable(errors.at(1).message));
}

UpdateRequest TstRoute53Provider::makeRequest(const QStringList &hosts, const QString &ipv4, const QString &ipv6) const
{
    UpdateRequest request;
    request.profileName = "home";
    request.hosts = hosts;
    if (!ipv4.isEmpty())
        request.ipv4 = QHostAddress(ipv4);
    if (!ipv6.isEmpty())
        request.ipv6 = QHostAddress(ipv6);
    request.username = kKeyId;
    request.secret = kSecret;
    request.credentials = {{"secret", kSecret}};
    request.server = m_provider->info().defaultServer;
    request.options = {{"zone", "example.com"}};
    request.clock = [] { return kNow; };
    return request;
}

void TstRoute53Provider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("ipv4");
    QTest::addColumn<QString>("ipv6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<QJsonObject>("options");
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString none;
    const QJsonObject zone{{"zone", "example.com"}};

    QTest::newRow("A current: zone, one read, no write")
        << QStringList{kHome} << kV4 << none << 0 << zone
        << Exchanges{zones(), rrsets(kHome, "A", 200, "rrsets_home_a_current.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: UPSERT keeps the record's TTL; the private zone of the name is not taken")
        << QStringList{kHome} << kV4 << none << 0 << zone
        << Exchanges{zones(), rrsets(kHome, "A", 200, "rrsets_home_a_stale.xml"), change(changeBody("UPSERT", kHome, "A", 3600, kV4))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << kV4 << none << 120 << zone
        << Exchanges{zones(), rrsets(kHome, "A", 200, "rrsets_home_a_stale.xml"), change(changeBody("UPSERT", kHome, "A", 120, kV4))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("missing (the list starts at the next name): CREATE with the default TTL")
        << QStringList{kHome} << kV4 << none << 0 << zone
        << Exchanges{zones(), rrsets(kHome, "A", 200, "rrsets_home_missing.xml"), change(changeBody("CREATE", kHome, "A", 300, kV4))}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com with 81.2.69.160"}};
    QTest::newRow("both families: UPSERT A, AAAA current in another notation")
        << QStringList{kHome} << kV4 << kV6 << 0 << zone
        << Exchanges{zones(), rrsets(kHome, "A", 200, "rrsets_home_a_stale.xml"), change(changeBody("UPSERT", kHome, "A", 3600, kV4)),
                     rrsets(kHome, "AAAA", 200, "rrsets_home_aaaa_current.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("AAAA stale: the A set of the name in the list is not read as AAAA")
        << QStringList{kHome} << none << kV6 << 0 << zone
        << Exchanges{zones(), rrsets(kHome, "AAAA", 200, "rrsets_home_aaaa_stale.xml"), change(changeBody("UPSERT", kHome, "AAAA", 3600, kV6))}
        << ExpectedResults{{kHome, RecordType::AAAA, Outcome::Updated, "from 2a02:8070:d18f:5a00::11"}};
    QTest::newRow("the hosted zone's id given: no lookup")
        << QStringList{kHome} << kV4 << none << 0 << QJsonObject{{"zone", "example.com"}, {"hostedZoneId", "/hostedzone/Z0987654321ABCDEFGHIJ"}}
        << Exchanges{rrsets(kHome, "A", 200, "rrsets_home_a_stale.xml", "Z0987654321ABCDEFGHIJ"),
                     change(changeBody("UPSERT", kHome, "A", 3600, kV4), 200, "change_pending.xml", "Z0987654321ABCDEFGHIJ")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("a hosted zone id that does not exist: refused")
        << QStringList{kHome} << kV4 << none << 0 << QJsonObject{{"zone", "example.com"}, {"hostedZoneId", kZoneId}}
        << Exchanges{rrsets(kHome, "A", 404, "error_no_such_zone.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "refused the request (HTTP 404, NoSuchHostedZone: No hosted zone found with ID"}};
    QTest::newRow("a wildcard: Route 53's \\052 is read as *")
        << QStringList{"*.example.com"} << kV4 << none << 0 << zone
        << Exchanges{zones(), rrsets("*.example.com", "A", 200, "rrsets_wildcard_a_stale.xml"), change(changeBody("UPSERT", "*.example.com", "A", 600, kV4))}
        << ExpectedResults{{"*.example.com", RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("two public zones of the name: refused with both ids")
        << QStringList{kHome} << kV4 << kV6 << 0 << zone << Exchanges{zones(200, "zones_two_public.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 public hosted zones named example.com (Z1D633PJN98FT9, Z0987654321ABCDEFGHIJ)"},
                           {kHome, RecordType::AAAA, Outcome::Rejected, "hostedZoneId"}};
    QTest::newRow("no zone of the name, only a longer one")
        << QStringList{kHome} << kV4 << none << 0 << zone << Exchanges{zones(200, "zones_other_names.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "no public hosted zone example.com"}};
    QTest::newRow("a host outside the zone: refused, nothing sent for it")
        << QStringList{"home.example.org", kHome} << kV4 << none << 0 << zone
        << Exchanges{zones(), rrsets(kHome, "A", 200, "rrsets_home_a_current.xml")}
        << ExpectedResults{{"home.example.org", RecordType::A, Outcome::Rejected, "not in the hosted zone example.com"},
                           {kHome, RecordType::A, Outcome::Unchanged, QString()}};
    QTest::newRow("an unknown key: every record held, nothing else sent")
        << QStringList{kHome, "www.example.com"} << kV4 << kV6 << 0 << zone << Exchanges{zones(403, "error_invalid_token.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "InvalidClientTokenId: The security token included in the request is invalid."},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "IAM policy"},
                           {"www.example.com", RecordType::A, Outcome::AuthFailed, "InvalidClientTokenId"},
                           {"www.example.com", RecordType::AAAA, Outcome::AuthFailed, "InvalidClientTokenId"}};
    QTest::newRow("a wrong secret key: held")
        << QStringList{kHome} << kV4 << none << 0 << zone << Exchanges{zones(403, "error_signature.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "SignatureDoesNotMatch"}};
    QTest::newRow("a policy without the change: held on the write")
        << QStringList{kHome} << kV4 << kV6 << 0 << zone
        << Exchanges{zones(), rrsets(kHome, "A", 200, "rrsets_home_a_stale.xml"), change(changeBody("UPSERT", kHome, "A", 3600, kV4), 403, "error_access_denied.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "not authorized to perform: route53:ChangeResourceRecordSets"},
                           {kHome, RecordType::AAAA, Outcome::AuthFailed, "AccessDenied"}};
    QTest::newRow("a refused change batch: its message")
        << QStringList{kHome} << kV4 << none << 0 << zone
        << Exchanges{zones(), rrsets(kHome, "A", 200, "rrsets_home_missing.xml"), change(changeBody("CREATE", kHome, "A", 300, kV4), 400, "error_invalid_change.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "InvalidChangeBatch: [Tried to create resource record set"}};
    QTest::newRow("throttled: retried later, the rest not sent")
        << QStringList{kHome} << kV4 << kV6 << 0 << zone << Exchanges{zones(), rrsets(kHome, "A", 400, "error_throttling.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "slow down (HTTP 400, Throttling: Rate exceeded)"},
                           {kHome, RecordType::AAAA, Outcome::RetryLater, "Throttling"}};
    QTest::newRow("an alias record is not overwritten")
        << QStringList{kHome} << kV4 << none << 0 << zone << Exchanges{zones(), rrsets(kHome, "A", 200, "rrsets_home_a_alias.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "alias record"}};
    QTest::newRow("a weighted record set is not guessed at")
        << QStringList{kHome} << kV4 << none << 0 << zone << Exchanges{zones(), rrsets(kHome, "A", 200, "rrsets_home_a_weighted.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "routing policy at Route 53 (set \"primary\")"}};
    QTest::newRow("a set of two addresses is not replaced by one")
        << QStringList{kHome} << kV4 << none << 0 << zone << Exchanges{zones(), rrsets(kHome, "A", 200, "rrsets_home_a_two_values.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records"}};
    QTest::newRow("502 page: retried, AAAA still tried")
        << QStringList{kHome} << kV4 << kV6 << 0 << zone
        << Exchanges{zones(), rrsets(kHome, "A", 502, "bad_gateway.html"), rrsets(kHome, "AAAA", 200, "rrsets_home_aaaa_current.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "server error (HTTP 502)"}, {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << kV4 << none << 0 << zone << Exchanges{zones(), rrsets(kHome, "A", 200, "maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Route 53 (HTTP 200", true}};
    QTest::newRow("another document for the zone list: never a success")
        << QStringList{kHome} << kV4 << none << 0 << zone << Exchanges{zones(200, "unknown_document.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no hosted zone list", true}};
    QTest::newRow("a change without a status: never a success")
        << QStringList{kHome} << kV4 << none << 0 << zone
        << Exchanges{zones(), rrsets(kHome, "A", 200, "rrsets_home_a_stale.xml"), change(changeBody("UPSERT", kHome, "A", 3600, kV4), 200, "change_unknown_status.xml")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "no change status", true}};
    Exchange unreachable = zones();
    unreachable.status = 0;
    unreachable.replyFile.clear();
    unreachable.transportError = "Connection timed out";
    QTest::newRow("no answer to the zone lookup")
        << QStringList{kHome} << kV4 << none << 0 << zone << Exchanges{unreachable}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "could not reach Route 53: Connection timed out"}};
}

void TstRoute53Provider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(QString, ipv4);
    QFETCH(QString, ipv6);
    QFETCH(int, ttl);
    QFETCH(QJsonObject, options);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);

    UpdateRequest request = makeRequest(hosts, ipv4, ipv6);
    request.options = options;
    if (ttl > 0)
        request.ttl = ttl;

    const auto tx = m_provider->start(request);
    for (int i = 0; i < exchanges.size(); ++i) {
        const Exchange &exchange = exchanges.at(i);
        const auto sent = tx->nextRequest();
        QVERIFY2(sent, qPrintable(QString("request %1 (%2) was not sent").arg(i).arg(exchange.path)));
        QCOMPARE(sent->method, exchange.method);
        QUrl url("https://route53.amazonaws.com/2013-04-01" + exchange.path);
        if (!exchange.query.isEmpty()) {
            QUrlQuery query;
            query.setQueryItems(exchange.query);
            url.setQuery(query);
        }
        QCOMPARE(sent->url, url);
        QCOMPARE(QString::fromUtf8(sent->body), QString::fromUtf8(exchange.body));
        QCOMPARE(header(*sent, "Content-Type"), exchange.body.isEmpty() ? QByteArray() : QByteArray("application/xml"));
        // Signed at the request's clock, for Route 53's one region, over what is sent.
        QCOMPARE(header(*sent, "X-Amz-Date"), QByteArray("20261207T120000Z"));
        const QByteArray authorization = header(*sent, "Authorization");
        const QByteArray signedHeaders = exchange.body.isEmpty() ? "host;x-amz-date" : "content-type;host;x-amz-date";
        QVERIFY2(authorization.startsWith("AWS4-HMAC-SHA256 Credential=" + kKeyId.toLatin1() + "/20261207/us-east-1/route53/aws4_request, SignedHeaders="
                                          + signedHeaders + ", Signature="),
                 authorization.constData());
        HttpRequest resigned = *sent;
        Signing::signSigV4(resigned, {kKeyId, kSecret, "us-east-1", "route53", {}}, kNow);
        QCOMPARE(header(resigned, "Authorization"), authorization);

        HttpReply reply;
        reply.status = exchange.status;
        reply.error = exchange.transportError;
        if (!exchange.replyFile.isEmpty())
            reply.body = providerData("route53", exchange.replyFile);
        tx->handleReply(reply);
    }
    const auto extra = tx->nextRequest();
    QVERIFY2(!extra, extra ? qPrintable(extra->url.toString()) : "");

    const QList<RecordResult> actual = tx->results();
    QCOMPARE(actual.size(), results.size());
    for (int i = 0; i < results.size(); ++i) {
        const RecordResult &got = actual.at(i);
        const ExpectedResult &want = results.at(i);
        QCOMPARE(got.host, want.host);
        QCOMPARE(got.type, want.type);
        QVERIFY2(got.outcome == want.outcome, qPrintable(QString("result %1: %2 (%3)").arg(i).arg(outcomeName(got.outcome), got.message)));
        QVERIFY2(got.message.contains(want.messagePart), qPrintable(got.message));
        QCOMPARE(got.unexpected, want.unexpected);
        QVERIFY2(!got.message.contains(kSecret), qPrintable(got.message));
    }
}

void TstRoute53Provider::signedAtTheClockOfEachRequest()
{
    // A transaction that spans a change of date signs each request with the time it is sent at.
    UpdateRequest request = makeRequest({kHome}, kV4, QString());
    QDateTime now = QDateTime(QDate(2026, 12, 7), QTime(23, 59, 59), Qt::UTC);
    request.clock = [&now] { return now; };
    const auto tx = m_provider->start(request);
    const auto lookup = tx->nextRequest();
    QVERIFY(lookup);
    QCOMPARE(header(*lookup, "X-Amz-Date"), QByteArray("20261207T235959Z"));
    HttpReply reply;
    reply.status = 200;
    reply.body = providerData("route53", "zones_example_com.xml");
    tx->handleReply(reply);
    now = now.addSecs(2);
    const auto read = tx->nextRequest();
    QVERIFY(read);
    QCOMPARE(header(*read, "X-Amz-Date"), QByteArray("20261208T000001Z"));
    QVERIFY(header(*read, "Authorization").contains("/20261208/us-east-1/route53/aws4_request"));
}

void TstRoute53Provider::missingCredentialsSendNothing()
{
    UpdateRequest request = makeRequest({kHome}, kV4, QString());
    request.username.clear();
    auto tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().size(), 1);
    QCOMPARE(tx->results().first().outcome, Outcome::AuthFailed);
    QVERIFY(tx->results().first().message.contains("access key ID"));

    request = makeRequest({kHome}, kV4, QString());
    request.options = {};
    tx = m_provider->start(request);
    QVERIFY(!tx->nextRequest());
    QCOMPARE(tx->results().first().outcome, Outcome::Rejected);
    QVERIFY(tx->results().first().message.contains("option \"zone\""));
}

QTEST_GUILESS_MAIN(TstRoute53Provider)
#include "tst_route53provider.moc"
