// Beget as its API documentation describes it: POST forms to /api/dns/getData and
// /api/dns/changeRecords with login, passwd, input_format, output_format and input_data (JSON);
// changeRecords replaces every record of the name, so the name's other records go back as read
// (the name servers excepted); CNAME/NS names refused; errors at the top or in the answer.
// Replies in tests/data/providers/beget/.
#include "providers/provider.h"

#include "fakes/restflow.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_beget(ProviderList &list);
}

namespace {

const QString kLogin = "homeuser";
const QString kPassword = "p4ss+w0rd&more";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kApi = "https://api.beget.com/api/dns/";

QByteArray form(const QJsonObject &input)
{
    return "login=homeuser&passwd=p4ss%2Bw0rd%26more&input_format=json&output_format=json&input_data="
        + QUrl::toPercentEncoding(QString::fromUtf8(QJsonDocument(input).toJson(QJsonDocument::Compact)));
}

RestExchange getData(const QString &file, const QString &fqdn = kHome, int status = 200)
{
    return restForm(kApi + "getData", form({{"fqdn", fqdn}}), file, status);
}

QJsonArray one(const QString &value, const QJsonValue &priority = QJsonValue(0))
{
    return QJsonArray{QJsonObject{{"priority", priority}, {"value", value}}};
}

RestExchange change(const QJsonObject &records, const QString &file = "changed.json")
{
    return restForm(kApi + "changeRecords", form({{"fqdn", kHome}, {"records", records}}), file);
}

const QJsonArray kMx{QJsonObject{{"value", "mx1.beget.com"}, {"priority", "10"}}, QJsonObject{{"value", "mx2.beget.com"}, {"priority", "20"}}};
const QJsonArray kSpf{QJsonObject{{"value", "v=spf1 include:beget.com ~all"}, {"priority", 0}}};

} // namespace

class TstBegetProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void encoding();
    void transaction_data();
    void transaction();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstBegetProvider::initTestCase()
{
    Providers::add_beget(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstBegetProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("beget"));
    QCOMPARE(info.documentation, QUrl("https://beget.com/en/kb/api/dns-administration-functions"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.username, Need::Required);
    QVERIFY(!info.supportsTtl);
}

// The form spelled out once by hand: "+" and "&" in the password and the JSON are encoded.
void TstBegetProvider::encoding()
{
    QCOMPARE(form({{"fqdn", kHome}}),
             QByteArray("login=homeuser&passwd=p4ss%2Bw0rd%26more&input_format=json&output_format=json&input_data="
                        "%7B%22fqdn%22%3A%22home.example.com%22%7D"));
}

void TstBegetProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<RestExchanges>("exchanges");
    QTest::addColumn<RestResults>("results");

    QTest::newRow("A current: one read, no write")
        << QStringList{kHome} << true << false << RestExchanges{getData("data_home_a_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: MX and TXT sent back, the name servers not")
        << QStringList{kHome} << true << false
        << RestExchanges{getData("data_home_a_stale.json"), change({{"A", one(kV4, "0")}, {"MX", kMx}, {"TXT", kSpf}})}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("AAAA stale: the A record kept")
        << QStringList{kHome} << false << true
        << RestExchanges{getData("data_home_a_current_aaaa_stale.json"), change({{"A", one(kV4, "0")}, {"AAAA", one(kV6, "0")}})}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Updated, "changed AAAA record"}};
    QTest::newRow("both: A changed, then AAAA added to what the second read shows")
        << QStringList{kHome} << true << true
        << RestExchanges{getData("data_home_a_stale_plain.json"), change({{"A", one(kV4, "0")}}), getData("data_home_a_current.json"),
                         change({{"A", one(kV4, "0")}, {"AAAA", one(kV6)}})}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record"}};
    QTest::newRow("A created on an empty name")
        << QStringList{kHome} << true << false << RestExchanges{getData("data_home_empty.json"), change({{"A", one(kV4)}})}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "created A record"}};
    QTest::newRow("AAAA current in another notation")
        << QStringList{kHome} << false << true << RestExchanges{getData("data_home_aaaa_current.json")}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("a CNAME name: refused, nothing written")
        << QStringList{kHome} << true << false << RestExchanges{getData("data_home_cname.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "set to CNAME records at Beget"}};
    QTest::newRow("two A values: refused")
        << QStringList{kHome} << true << false << RestExchanges{getData("data_home_a_two.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at Beget"}};
    QTest::newRow("wrong password: every record held")
        << QStringList{kHome} << true << true << RestExchanges{getData("error_auth.json")}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "Beget refused the login and API password (HTTP 200, AUTH_ERROR"},
                       {kHome, RecordType::AAAA, Outcome::AuthFailed, "API section"}};
    QTest::newRow("a name not in the account")
        << QStringList{"home.example.net"} << true << false << RestExchanges{getData("error_invalid_data.json", "home.example.net")}
        << RestResults{{"home.example.net", RecordType::A, Outcome::Rejected, "INVALID_DATA: Domain home.example.net is not found"}};
    QTest::newRow("rate limited: the rest held")
        << QStringList{kHome} << true << true << RestExchanges{getData("error_limit.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "Beget rate limit reached"},
                       {kHome, RecordType::AAAA, Outcome::RetryLater, "LIMIT_ERROR"}};
    QTest::newRow("a change answered false: not a success")
        << QStringList{kHome} << true << false
        << RestExchanges{getData("data_home_a_stale_plain.json"), change({{"A", one(kV4, "0")}}, "not_changed.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "did not change the records"}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << true << false << RestExchanges{getData("maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Beget (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("JSON without an answer: never a success")
        << QStringList{kHome} << true << false << RestExchanges{getData("unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Beget (HTTP 200)", true}};
    QTest::newRow("a change answered with a page: never a success")
        << QStringList{kHome} << true << false
        << RestExchanges{getData("data_home_a_stale_plain.json"), change({{"A", one(kV4, "0")}}, "maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from Beget (HTTP 200)", true}};
    QTest::newRow("502 page: retried")
        << QStringList{kHome} << true << false << RestExchanges{getData("bad_gateway.html", kHome, 502)}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "Beget server error (HTTP 502)"}};
}

void TstBegetProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(RestExchanges, exchanges);
    QFETCH(RestResults, results);

    UpdateRequest request;
    request.hosts = hosts;
    if (v4)
        request.ipv4 = QHostAddress(kV4);
    if (v6)
        request.ipv6 = QHostAddress(kV6);
    request.username = kLogin;
    request.secret = kPassword;
    request.credentials = {{"secret", kPassword}};
    request.server = m_provider->info().defaultServer;
    runRestFlow(*m_provider, request, "beget", {}, exchanges, results);
}

QTEST_GUILESS_MAIN(TstBegetProvider)
#include "tst_begetprovider.moc"
