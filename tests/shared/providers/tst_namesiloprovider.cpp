// NameSilo's API as its reference describes it: GET /api/OPERATION?version=1&type=json&key=&domain=,
// dnsListRecords (one record as an object, several as a list), dnsUpdateRecord with the record's
// own TTL, dnsAddRecord; reply codes. Replies in tests/data/providers/namesilo/.
#include "providers/provider.h"

#include "restexchange.h"

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_namesilo(ProviderList &list);
}

namespace {

const QString kKey = "71dZaE8c2Aa926Ca2E8c1f0e";
const QString kHome = "home.example.com";
const QString kApi = "https://www.namesilo.com/api/";
const QString kQuery = "?version=1&type=json&key=" + kKey + "&domain=example.com";
const QString kHomeId = "5f0e9d8c7b6a5f4e3d2c1b0a9f8e7d6c";

Exchange op(const QString &operation, const QString &extra, const QString &file, int status = 200)
{
    return exchange("namesilo", "GET", kApi + operation + kQuery + extra, std::nullopt, status, file);
}

Exchange list(const QString &file, int status = 200)
{
    return op("dnsListRecords", QString(), file, status);
}

} // namespace

class TstNameSiloProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void validate();
    void transaction_data();
    void transaction();
    void keyMaskedInWhatIsLogged();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstNameSiloProvider::initTestCase()
{
    Providers::add_namesilo(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstNameSiloProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("namesilo"));
    QCOMPARE(info.category, ProviderCategory::Registrar);
    QCOMPARE(info.documentation, QUrl("https://www.namesilo.com/api-reference"));
    QVERIFY(info.checked.isValid());
    QCOMPARE(info.username, Need::Unused);
    QCOMPARE(info.secret, Need::Required);
    QCOMPARE(info.secretLabel, QString("API key"));
    QVERIFY(info.supportsTtl && info.supportsIpv4 && info.supportsIpv6);
    QCOMPARE(info.options.first().key, QString("zone"));
}

void TstNameSiloProvider::validate()
{
    QCOMPARE(m_provider->validate({{"hosts", QJsonArray{kHome}}, {"zone", "example.com"}, {"ttl", 7207}}, "profiles[0]").size(), 0);
    const QList<ConfigError> errors = m_provider->validate({{"hosts", QJsonArray{kHome}}, {"zone", "example.com"}, {"ttl", 600}}, "profiles[1]");
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().path, QString("profiles[1].ttl"));
    QVERIFY2(errors.first().message.contains("3600 to 86400"), qPrintable(errors.first().message));
}

void TstNameSiloProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<int>("ttl");
    QTest::addColumn<Exchanges>("exchanges");
    QTest::addColumn<ExpectedResults>("results");

    const QString updateHome = "&rrid=" + kHomeId + "&rrhost=home&rrvalue=81.2.69.160";

    QTest::newRow("A current (one record: an object)")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records_one.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Unchanged, "A record home.example.com already holds 81.2.69.160"}};
    QTest::newRow("A stale: dnsUpdateRecord with the record's TTL")
        << QStringList{kHome} << true << false << 0
        << Exchanges{list("records.json"), op("dnsUpdateRecord", updateHome + "&rrttl=3603", "updated.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("A stale with the profile's TTL")
        << QStringList{kHome} << true << false << 7200
        << Exchanges{list("records.json"), op("dnsUpdateRecord", updateHome + "&rrttl=7200", "updated.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}};
    QTest::newRow("the domain itself: rrhost empty")
        << QStringList{"example.com"} << true << false << 0
        << Exchanges{list("records.json"), op("dnsUpdateRecord", "&rrid=1a2b3c4d5e6f7a8b9c0d1e2f3a4b5c6d&rrhost=&rrvalue=81.2.69.160&rrttl=7207", "updated.json")}
        << ExpectedResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("no records at all: dnsAddRecord without rrttl")
        << QStringList{kHome} << true << false << 0
        << Exchanges{list("records_none.json"), op("dnsAddRecord", "&rrtype=A&rrhost=home&rrvalue=81.2.69.160", "added.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "created A record home.example.com with 81.2.69.160"}};
    QTest::newRow("AAAA missing, with the profile's TTL")
        << QStringList{"www.example.com"} << false << true << 3600
        << Exchanges{list("records.json"), op("dnsAddRecord", "&rrtype=AAAA&rrhost=www&rrvalue=2a02:8070:d18f:5a00::10&rrttl=3600", "added.json")}
        << ExpectedResults{{"www.example.com", RecordType::AAAA, Outcome::Updated, "created AAAA record www.example.com"}};
    QTest::newRow("both families: A changed, AAAA current in another notation")
        << QStringList{kHome} << true << true << 0
        << Exchanges{list("records.json"), op("dnsUpdateRecord", updateHome + "&rrttl=3603", "updated.json"), list("records.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("two A records: refused")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("records_duplicate.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at NameSilo"}};
    QTest::newRow("invalid key: held, nothing more sent")
        << QStringList{kHome, "www.example.com"} << true << false << 0 << Exchanges{list("error_invalid_key.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "NameSilo refused the API key (code 110: Invalid API Key)"},
                           {"www.example.com", RecordType::A, Outcome::AuthFailed, "Invalid API Key"}};
    QTest::newRow("key not allowed from this address: held")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("error_ip.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::AuthFailed, "code 113: This API account cannot be accessed from your IP"}};
    QTest::newRow("domain not in the account: held")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("error_domain.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "NameSilo refused the domain (code 200: Domain is not active"}};
    QTest::newRow("DNS modification error on the write: held")
        << QStringList{kHome} << true << false << 0
        << Exchanges{list("records.json"), op("dnsUpdateRecord", updateHome + "&rrttl=3603", "error_modification.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::Rejected, "NameSilo refused the change (code 280: DNS modification error)"}};
    QTest::newRow("internal error: retried, AAAA still tried")
        << QStringList{kHome} << true << true << 0 << Exchanges{list("error_internal.json"), list("records.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "NameSilo reported an internal error (code 201"},
                           {kHome, RecordType::AAAA, Outcome::Unchanged, QString()}};
    QTest::newRow("an unknown code: unexpected, never a success")
        << QStringList{kHome} << true << false << 0
        << Exchanges{list("records.json"), op("dnsUpdateRecord", updateHome + "&rrttl=3603", "unknown_code.json")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from NameSilo (HTTP 200, code 999)", true}};
    QTest::newRow("HTML with 200")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("maintenance.html")}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from NameSilo (HTTP 200, no reply code)", true}};
    QTest::newRow("503 page: retried")
        << QStringList{kHome} << true << false << 0 << Exchanges{list("maintenance.html", 503)}
        << ExpectedResults{{kHome, RecordType::A, Outcome::RetryLater, "NameSilo server error (HTTP 503)"}};
}

void TstNameSiloProvider::transaction()
{
    QFETCH(QStringList, hosts);
    QFETCH(bool, v4);
    QFETCH(bool, v6);
    QFETCH(int, ttl);
    QFETCH(Exchanges, exchanges);
    QFETCH(ExpectedResults, results);
    const UpdateRequest request = recordRequest(hosts, v4, v6, ttl, m_provider->info().defaultServer, QString(),
                                                {{"secret", kKey}}, {{"zone", "example.com"}});
    runExchanges(*m_provider, request, {}, exchanges, results);
}

void TstNameSiloProvider::keyMaskedInWhatIsLogged()
{
    // The API takes the key in the URL: what a log or a dry run shows of it must not.
    const UpdateRequest request = recordRequest({kHome}, true, false, 0, m_provider->info().defaultServer, QString(),
                                                {{"secret", kKey}}, {{"zone", "example.com"}});
    const auto tx = m_provider->start(request);
    const auto step = tx->nextStep();
    QVERIFY(step);
    QVERIFY(std::get<HttpRequest>(*step).url.toString().contains(kKey));
    const QString logged = describeRequest(*step, request.secretValues());
    QVERIFY2(!logged.contains(kKey), qPrintable(logged));
    QVERIFY2(logged.contains("dnsListRecords"), qPrintable(logged));
}

QTEST_GUILESS_MAIN(TstNameSiloProvider)
#include "tst_namesiloprovider.moc"
