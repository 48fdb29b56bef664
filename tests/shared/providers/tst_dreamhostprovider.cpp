// DreamHost as its API documentation describes it: GET https://api.dreamhost.com/ with key, cmd
// and format=json; dns-list_records read for each record; dns-add_record for a missing record; a
// changed one added with its comment, then the old value removed (dns-remove_record, the kit's
// follow-up write); records DreamHost manages refused; errors as {"result": "error", "data"}.
// Replies in tests/data/providers/dreamhost/.
#include "providers/provider.h"

#include "fakes/restflow.h"

#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;

namespace Qddns::Providers {
void add_dreamhost(ProviderList &list);
}

namespace {

const QString kKey = "6SHU5P2HLDAYECUM";
const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kHome = "home.example.com";
const QString kApi = "https://api.dreamhost.com/?key=" + kKey;

RestExchange list(const QString &file, int status = 200)
{
    return restGet(kApi + "&cmd=dns-list_records&format=json", file, status);
}

RestExchange write(const QString &cmd, const QString &type, const QString &value, const QString &file, const QString &name = kHome,
                   const QString &comment = QString())
{
    QString url = QString("%1&cmd=%2&format=json&record=%3&type=%4&value=%5").arg(kApi, cmd, name, type, value);
    if (!comment.isEmpty())
        url += "&comment=" + comment;
    return restGet(url, file);
}

RestExchange add(const QString &type, const QString &value, const QString &file = "added.json", const QString &name = kHome,
                 const QString &comment = QString())
{
    return write("dns-add_record", type, value, file, name, comment);
}

RestExchange remove(const QString &type, const QString &value, const QString &file = "removed.json", const QString &name = kHome)
{
    return write("dns-remove_record", type, value, file, name);
}

} // namespace

class TstDreamHostProvider : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void info();
    void transaction_data();
    void transaction();

private:
    ProviderList m_providers;
    const Provider *m_provider = nullptr;
};

void TstDreamHostProvider::initTestCase()
{
    Providers::add_dreamhost(m_providers);
    QCOMPARE(m_providers.size(), size_t(1));
    m_provider = m_providers.front().get();
}

void TstDreamHostProvider::info()
{
    const ProviderInfo &info = m_provider->info();
    QCOMPARE(info.id, QString("dreamhost"));
    QCOMPARE(info.documentation, QUrl("https://help.dreamhost.com/hc/en-us/articles/217555707-DNS-API-commands"));
    QVERIFY(info.checked.isValid());
    QVERIFY(!info.supportsTtl);
    QVERIFY(info.supportsIpv4 && info.supportsIpv6);
}

void TstDreamHostProvider::transaction_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<bool>("v4");
    QTest::addColumn<bool>("v6");
    QTest::addColumn<RestExchanges>("exchanges");
    QTest::addColumn<RestResults>("results");

    QTest::newRow("A current: one list, no write")
        << QStringList{kHome} << true << false << RestExchanges{list("records_home_a_current.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Unchanged, "already holds 81.2.69.160"}};
    QTest::newRow("A stale: the new value added with the comment, then the old one removed")
        << QStringList{kHome} << true << false
        << RestExchanges{list("records_home_a_stale.json"), add("A", kV4, "added.json", kHome, "router%20at%20home"), remove("A", "81.2.69.161")}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed A record home.example.com from 81.2.69.161 to 81.2.69.160"}};
    QTest::newRow("AAAA stale")
        << QStringList{kHome} << false << true
        << RestExchanges{list("records_home_aaaa_stale.json"), add("AAAA", kV6), remove("AAAA", "2a02:8070:d18f:5a00::11")}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Updated, "changed AAAA record"}};
    QTest::newRow("both: A changed, AAAA added; the list read again for AAAA")
        << QStringList{kHome} << true << true
        << RestExchanges{list("records_home_a_stale_plain.json"), add("A", kV4), remove("A", "81.2.69.161"), list("records_home_a_current.json"),
                         add("AAAA", kV6)}
        << RestResults{{kHome, RecordType::A, Outcome::Updated, "changed"}, {kHome, RecordType::AAAA, Outcome::Updated, "created AAAA record"}};
    QTest::newRow("AAAA current in another notation")
        << QStringList{kHome} << false << true << RestExchanges{list("records_home_aaaa_current.json")}
        << RestResults{{kHome, RecordType::AAAA, Outcome::Unchanged, "already holds"}};
    QTest::newRow("the domain itself")
        << QStringList{"example.com"} << true << false
        << RestExchanges{list("records_apex_a_stale.json"), add("A", kV4, "added.json", "example.com"), remove("A", "81.2.69.161", "removed.json", "example.com")}
        << RestResults{{"example.com", RecordType::A, Outcome::Updated, "changed A record example.com"}};
    QTest::newRow("a host in no domain of the account: nothing written")
        << QStringList{"home.example.net"} << true << false << RestExchanges{list("records_none.json")}
        << RestResults{{"home.example.net", RecordType::A, Outcome::Rejected, "in no domain of this DreamHost account (it has example.com, myexample.com)"}};
    QTest::newRow("a record DreamHost manages")
        << QStringList{kHome} << true << false << RestExchanges{list("records_home_a_managed.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "managed by DreamHost (not editable)"}};
    QTest::newRow("two A values: refused")
        << QStringList{kHome} << true << false << RestExchanges{list("records_home_a_two.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "2 A records named home.example.com exist at DreamHost"}};
    QTest::newRow("wrong key: every record held")
        << QStringList{kHome} << true << true << RestExchanges{list("error_invalid_key.json")}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "DreamHost refused the API key (HTTP 200, error: invalid_key)"},
                       {kHome, RecordType::AAAA, Outcome::AuthFailed, "dns-remove_record"}};
    QTest::newRow("a key without the write commands: held at the add")
        << QStringList{kHome} << true << true << RestExchanges{list("records_none.json"), add("A", kV4, "error_cannot_access.json")}
        << RestResults{{kHome, RecordType::A, Outcome::AuthFailed, "this_key_cannot_access_this_cmd"},
                       {kHome, RecordType::AAAA, Outcome::AuthFailed, "this_key_cannot_access_this_cmd"}};
    QTest::newRow("an add refused: nothing removed")
        << QStringList{kHome} << true << false << RestExchanges{list("records_home_a_stale_plain.json"), add("A", kV4, "error_already_exists.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "DreamHost refused the request (HTTP 200, error: record_already_exists_not_editable)"}};
    QTest::newRow("the removal refused: the record is not reported updated")
        << QStringList{kHome} << true << false
        << RestExchanges{list("records_home_a_stale_plain.json"), add("A", kV4), remove("A", "81.2.69.161", "error_no_such_value.json")}
        << RestResults{{kHome, RecordType::A, Outcome::Rejected, "error: no_such_value"}};
    QTest::newRow("rate limited: held for a while")
        << QStringList{kHome} << true << true << RestExchanges{list("error_slow_down.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "DreamHost rate limit reached", false, 600},
                       {kHome, RecordType::AAAA, Outcome::RetryLater, "slow_down_bucko", false, 600}};
    QTest::newRow("an internal error: retried")
        << QStringList{kHome} << true << false << RestExchanges{list("records_none.json"), add("A", kV4, "error_internal.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "DreamHost server error (HTTP 200, error: internal_error_updating_zone)"}};
    QTest::newRow("HTML with 200: never a success")
        << QStringList{kHome} << true << false << RestExchanges{list("maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from DreamHost (HTTP 200): <!DOCTYPE html>", true}};
    QTest::newRow("JSON without a result: never a success")
        << QStringList{kHome} << true << false << RestExchanges{list("unknown.json")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from DreamHost (HTTP 200)", true}};
    QTest::newRow("an add answered with a page: never a success")
        << QStringList{kHome} << true << false << RestExchanges{list("records_none.json"), add("A", kV4, "maintenance.html")}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "unexpected reply from DreamHost (HTTP 200)", true}};
    QTest::newRow("502 page: retried")
        << QStringList{kHome} << true << false << RestExchanges{list("bad_gateway.html", 502)}
        << RestResults{{kHome, RecordType::A, Outcome::RetryLater, "DreamHost server error (HTTP 502)"}};
}

void TstDreamHostProvider::transaction()
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
    request.secret = kKey;
    request.credentials = {{"secret", kKey}};
    request.server = m_provider->info().defaultServer;
    runRestFlow(*m_provider, request, "dreamhost", {}, exchanges, results);
}

QTEST_GUILESS_MAIN(TstDreamHostProvider)
#include "tst_dreamhostprovider.moc"
