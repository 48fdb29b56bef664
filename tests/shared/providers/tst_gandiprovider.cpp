// Gandi LiveDNS (API v5) as its documentation describes it: a personal access token as Bearer;
// the account's LiveDNS domains when no zone is configured; one record set read by name and type
// (a 404 with Gandi's JSON: none); PUT with the set's TTL kept; POST for a missing set. Replies
// in tests/data/providers/gandi/.
#include "providers/provider.h"

#include "fakes/restflow.h"

#include <QJsonArray>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_gandi(ProviderList &list);
}

namespace {

const QString kToken = "pat_5e1d9c3b-7a2f-4e8d-b6c0-1f3a5c7e9b2d";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kApi = "https://api.gandi.net/v5/livedns";

RestExchange domains(const QString &file = "domains.json", int status = 200)
{
    return restGet(kApi + "/domains", file, status);
}

QString path(const QString &name, const QString &type, const QString &zone = "example.com")
{
    return QString("%1/domains/%2/records/%3/%4").arg(kApi, zone, name, type);
}

RestExchange rrset(const QString &name, const QString &type, const QString &file, int status = 200, const QString &zone = "example.com")
{
    return restGet(path(name, type, zone), file, status);
}

RestExchange put(const QString &name, const QString &type, const QJsonObject &body, const QString &file = "created.json", int status = 201)
{
    return restSend("PUT", path(name, type), body, file, status);
}

RestExchange post(const QString &name, const QString &type, const QJsonObject &body, const QString &file = "created.json",
                  int status = 201, const QString &zone = "example.com")
{
    return restSend("POST", path(name, type, zone), body, file, status);
}

QJsonObject values(const QString &address, int ttl = 0)
{
    QJsonObject o{{"rrset_values", QJsonArray{address}}};
    if (ttl > 0)
        o.insert("rrset_ttl", ttl);
    return o;
}

} // namespace

class TstGandiProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate();
    void transaction_data();
    void transaction();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstGandiProvider::initTestCase()
{
    Providers::add_gandi(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstGandiProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("gandi"));
    QCOMPARE(info.category, ProviderCategory::Registrar);
    QCOMPARE(info.documentation, QUrl("https://api.gandi.net/docs/livedns/"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.secretLabel, QString("Personal access token"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
}

void TstGandiProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome}}, {"ttl", 300}}, "p").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{kHome}}, {"ttl", 60}}, "p");
    QCOMPARE(errors.size(), 1);
    QVERIFY2(errors.first().message.contains("300 to 2592000"), qPrintable(errors.first().message));
}

void TstGandiProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl"); // 0: not set
    QTest::addColumn<QString>("zone");
    QTest::addColumn<RestExchanges>("exchanges");
    QTest::addColumn<RestResults>("results");

    const QString none;
    QTest::newRow("A current: domains, one read, no write")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), rrset("home", "A", "rrset_home_a_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: PUT keeps the set's TTL")
        << QStringList{kHome} << true << false << 0 << none
        << RestExchanges{domains(), rrset("home", "A", "rrset_home_a_stale.json"), put("home", "A", values(kV4, 1800))}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale, zone configured: the profile's TTL; no domain list")
        << QStringList{kHome} << true << false << 600 << "example.com"
        << RestExchanges{rrset("home", "A", "rrset_home_a_stale.json"), put("home", "A", values(kV4, 600))}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("both: A created without a TTL, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0 << none
        << RestExchanges{domains(), rrset("home", "A", "error_record_not_found.json", 404), post("home", "A", values(kV4)),
                         rrset("home", "AAAA", "rrset_home_aaaa_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com"},
                       {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("AAAA created with the profile's TTL")
        << QStringList{kHome} << false << true << 1200 << none
        << RestExchanges{domains(), rrset("home", "AAAA", "error_record_not_found.json", 404), post("home", "AAAA", values(kV6, 1200))}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record"}};
    QTest::newRow("the domain itself is @")
        << QStringList{"example.com"} << true << false << 0 << none
        << RestExchanges{domains(), rrset("@", "A", "rrset_apex_a_stale.json"), put("@", "A", values(kV4, 10800))}
        << RestResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("the longest domain holding the host")
        << QStringList{"home.myexample.com"} << true << false << 0 << none
        << RestExchanges{domains(), rrset("home", "A", "error_record_not_found.json", 404, "myexample.com"),
                         post("home", "A", values(kV4), "created.json", 201, "myexample.com")}
        << RestResults{{"home.myexample.com", RecordType::A, Outcome::Updated, "created"}};
    QTest::newRow("a host in no LiveDNS domain of the account")
        << QStringList{"home.example.net", kHome} << true << false << 0 << none
        << RestExchanges{domains(), rrset("home", "A", "rrset_home_a_current.json")}
        << RestResults{{"home.example.net", RecordType::A, Outcome::Rejected,
                        "in no LiveDNS domain of this Gandi account (it has example.com, myexample.com)"},
                       {kHome, RecordType::A, Outcome::Unchanged, QString()}};
    QTest::newRow("a configured domain Gandi does not have: held at the create")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "error_domain_not_found.json", 404), post("home", "A", values(kV4), "error_domain_not_found.json", 404)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "no such domain in this account (HTTP 404: The domain example.com doesn't exist)"}};
    QTest::newRow("several values in the set: refused, AAAA still done")
        << QStringList{kHome} << true << true << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "rrset_home_a_two_values.json"), rrset("home", "AAAA", "rrset_home_aaaa_stale.json"),
                         put("home", "AAAA", values(kV6, 10800))}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Gandi"},
                       {kHome, RecordType::AAAA, Outcome::Updated, "changed AAAA record"}};
    QTest::newRow("wrong token: every record held")
        << QStringList{kHome} << true << true << 0 << none << RestExchanges{domains("error_unauthorized.json", 401)}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "Gandi refused the personal access token (HTTP 401"},
                       {kHome, RecordType::AAAA, Outcome::AuthFailed, "technical configuration"}};
    QTest::newRow("a token without the permission: held at the write")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "rrset_home_a_stale.json"), put("home", "A", values(kV4, 1800), "error_forbidden.json", 403)}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "Access was denied"}};
    QTest::newRow("a write refused")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "rrset_home_a_stale.json"), put("home", "A", values(kV4, 1800), "error_bad_request.json", 400)}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "Gandi refused the request (HTTP 400: Validation error)"}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Gandi (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("an HTML 404 is no missing record")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "maintenance.html", 404)}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Gandi (HTTP 404)", true}};
    QTest::newRow("JSON without the set: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "no record set", true}};
    QTest::newRow("a write answered with something else: never a success")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{rrset("home", "A", "rrset_home_a_stale.json"), put("home", "A", values(kV4, 1800), "unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Gandi (HTTP 201)", true}};
    QTest::newRow("429 with Retry-After")
        << QStringList{kHome} << true << false << 0 << "example.com"
        << RestExchanges{withRetryAfter(rrset("home", "A", "error_rate_limited.json", 429), "45")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "Gandi rate limit reached", false, 45}};
    QTest::newRow("502 page: retried")
        << QStringList{kHome} << true << false << 0 << "example.com" << RestExchanges{rrset("home", "A", "bad_gateway.html", 502)}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "Gandi server error (HTTP 502)"}};
}

void TstGandiProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(QString, zone);
    QFETCH(RestExchanges, exchanges);
    QFETCH(RestResults, results);

    UpdateRequest request;
    request.hosts = hosts;
    if (v4)
        request.ipv4 = QHostAddress(kV4);
    if (v6)
        request.ipv6 = QHostAddress(kV6);
    request.secret = kToken;
    request.credentials = {{"secret", kToken}};
    request.server = m_provider->info().defaultServer;
    if (ttl > 0)
        request.ttl = ttl;
    if (!zone.isEmpty())
        request.options.insert("zone", zone);
    runRestFlow(*m_provider, request, "gandi", {{"Authorization", "Bearer " + kToken.toUtf8()}}, exchanges, results);
}

QTEST_GUILESS_MAIN(TstGandiProvider)
#include "tst_gandiprovider.moc"
