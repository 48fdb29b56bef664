// One test over every provider of the build (from the registry: every DynDNS2 preset, every
// GET-URL row, every REST file), its cases read from tests/data/providers/<id>/conformance.json:
// the exact requests for A, AAAA and both families where the provider takes them; an update; an
// unchanged record; refused credentials held; an HTML page and a malformed reply with HTTP 200 never
// read as success; and in no case a credential — raw, percent-encoded or in base64 — in a message
// or a logged request. A provider without its case file fails here. Signed requests are made at a
// fixed instant ("now" of the file or the case) with nonces of counting bytes.
#include "providers/providerregistry.h"
#include "providers/transport.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Qddns;

namespace {

const QString kV4 = "81.2.69.160";
const QString kV6 = "2a02:8070:d18f:5a00::10";
const QString kNow = "2026-12-07T12:00:00Z";
const QString kDataDir = QStringLiteral(QDDNS_TEST_DATA "/providers/");

// What every provider must show, and the rows of a case file that may say why it cannot.
const QStringList kKinds{"a", "aaaa", "dual", "updated", "unchanged", "badAuth", "html", "malformed"};

QString casePath(const QString &id)
{
    return kDataDir + id + "/conformance.json";
}

std::optional<QJsonObject> readCases(const QString &id, QString *error)
{
    QFile file(casePath(id));
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QString("provider \"%1\" has no conformance cases: write %2").arg(id, QDir(QStringLiteral(QDDNS_TEST_DATA "/../..")).relativeFilePath(file.fileName()));
        return std::nullopt;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject()) {
        *error = QString("%1: %2").arg(file.fileName(), parseError.errorString());
        return std::nullopt;
    }
    return doc.object();
}

QJsonObject merged(QJsonObject base, const QJsonObject &over)
{
    for (auto it = over.begin(); it != over.end(); ++it)
        base.insert(it.key(), it.value());
    return base;
}

UpdateRequest makeRequest(const ProviderInfo &info, const QJsonObject &profile, const QJsonObject &theCase)
{
    UpdateRequest r;
    r.profileName = "conformance";
    for (const QJsonValue &h : profile.value("hosts").toArray())
        r.hosts.append(h.toString());
    if (theCase.value("ipv4").toBool())
        r.ipv4 = QHostAddress(kV4);
    if (theCase.value("ipv6").toBool())
        r.ipv6 = QHostAddress(kV6);
    r.username = profile.value("username").toString();
    const QJsonObject credentials = profile.value("credentials").toObject();
    for (auto it = credentials.begin(); it != credentials.end(); ++it)
        r.credentials.insert(it.key(), it.value().toString());
    r.secret = r.credentials.value("secret");
    r.server = profile.contains("server") ? QUrl(profile.value("server").toString()) : info.defaultServer;
    if (profile.contains("ttl"))
        r.ttl = profile.value("ttl").toInt();
    r.options = profile.value("options").toObject();
    // Signed requests carry the time and nonces: fixed here, so the exact request can be written
    // down. The case file may name the instant ("now"); the n-th nonce is the bytes n, n+1, n+2, ….
    const QDateTime now = QDateTime::fromString(theCase.value("now").toString(kNow), Qt::ISODate);
    r.clock = [now] { return now; };
    r.random = [call = 0](int count) mutable {
        QByteArray bytes(count, Qt::Uninitialized);
        for (int i = 0; i < count; ++i)
            bytes[i] = char(call + i);
        ++call;
        return bytes;
    };
    return r;
}

// Every form in which a credential could escape: raw, percent-encoded, base64 (standard and URL
// alphabets, alone and as Basic's "user:secret").
QStringList leakForms(const UpdateRequest &request)
{
    QStringList forms;
    for (const QString &secret : request.credentials) {
        if (secret.isEmpty())
            continue;
        forms << secret << QString::fromLatin1(QUrl::toPercentEncoding(secret))
              << QString::fromLatin1(secret.toUtf8().toBase64())
              << QString::fromLatin1(secret.toUtf8().toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
        for (const QString &user : {request.username, request.hosts.value(0)})
            forms << QString::fromLatin1((user + ':' + secret).toUtf8().toBase64());
    }
    forms.removeDuplicates();
    return forms;
}

QString leakIn(const QString &text, const QStringList &forms)
{
    for (const QString &form : forms) {
        if (text.contains(form, Qt::CaseInsensitive))
            return form;
    }
    return {};
}

QString describe(const HttpRequest &r)
{
    QStringList headers;
    for (const auto &[name, value] : r.headers)
        headers << QString::fromLatin1(name + ": " + value);
    return QString::fromLatin1(r.method) + ' ' + r.url.toString(QUrl::FullyEncoded) + " [" + headers.join(", ") + "] "
        + QString::fromUtf8(r.body);
}

HttpRequest expectedRequest(const QJsonObject &o)
{
    HttpRequest r;
    r.method = o.value("method").toString("GET").toLatin1();
    r.url = QUrl(o.value("url").toString(), QUrl::StrictMode);
    for (const QJsonValue &h : o.value("headers").toArray())
        r.headers.append({h.toArray().at(0).toString().toLatin1(), h.toArray().at(1).toString().toUtf8()});
    if (o.contains("json"))
        r.body = QJsonDocument(o.value("json").toObject()).toJson(QJsonDocument::Compact);
    else
        r.body = o.value("body").toString().toUtf8();
    return r;
}

HttpReply reply(const QString &id, const QJsonObject &o)
{
    HttpReply r;
    r.status = o.value("status").toInt();
    r.error = o.value("error").toString();
    if (o.contains("bodyFile")) {
        QFile file(kDataDir + id + '/' + o.value("bodyFile").toString());
        if (!file.open(QIODevice::ReadOnly))
            qFatal("missing reply body %s", qPrintable(file.fileName()));
        r.body = file.readAll();
    } else if (o.value("body").isObject() || o.value("body").isArray()) {
        r.body = o.value("body").isObject() ? QJsonDocument(o.value("body").toObject()).toJson(QJsonDocument::Compact)
                                            : QJsonDocument(o.value("body").toArray()).toJson(QJsonDocument::Compact);
    } else {
        r.body = o.value("body").toString().toUtf8();
    }
    for (const QJsonValue &h : o.value("headers").toArray())
        r.headers.append({h.toArray().at(0).toString().toLatin1(), h.toArray().at(1).toString().toUtf8()});
    return r;
}

// The kinds a case shows, from what it asks and the results it must give.
QStringList kindsOf(const QJsonObject &c)
{
    QStringList kinds;
    const QJsonArray results = c.value("results").toArray();
    bool allSuccess = !results.isEmpty();
    for (const QJsonValue &v : results) {
        const QString outcome = v.toObject().value("outcome").toString();
        allSuccess = allSuccess && (outcome == "updated" || outcome == "unchanged");
        if (outcome == "updated")
            kinds << "updated";
        if (outcome == "unchanged")
            kinds << "unchanged";
        if (outcome == "auth-failed")
            kinds << "badAuth";
    }
    const bool v4 = c.value("ipv4").toBool();
    const bool v6 = c.value("ipv6").toBool();
    if (allSuccess)
        kinds << (v4 && v6 ? "dual" : v4 ? "a" : "aaaa");
    if (c.contains("kind"))
        kinds << c.value("kind").toString();
    return kinds;
}

} // namespace

class TstConformance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void everyProviderHasItsCases_data();
    void everyProviderHasItsCases();
    void cases_data();
    void cases();
    void noCasesWithoutAProvider();

private:
    std::unique_ptr<ProviderRegistry> m_registry;
};

void TstConformance::initTestCase()
{
    m_registry = std::make_unique<ProviderRegistry>();
    // The list comes from the registry: DynDNS2 presets, GET-URL rows and compiled providers alike.
    QVERIFY(m_registry->ids().size() > 10);
}

void TstConformance::everyProviderHasItsCases_data()
{
    QTest::addColumn<QString>("id");
    for (const QString &id : m_registry->ids())
        QTest::newRow(qPrintable(id)) << id;
}

void TstConformance::everyProviderHasItsCases()
{
    QFETCH(QString, id);
    const ProviderInfo &info = m_registry->find(id)->info();
    // Metadata every provider carries: its own documentation, unless it is a protocol for any server.
    if (info.category != ProviderCategory::Generic)
        QVERIFY2(info.documentation.scheme() == "https" && !info.documentation.host().isEmpty(), qPrintable(id));

    QString error;
    const auto file = readCases(id, &error);
    QVERIFY2(file, qPrintable(error));
    const QJsonArray cases = file->value("cases").toArray();
    QVERIFY2(!cases.isEmpty(), qPrintable(casePath(id)));
    QStringList shown;
    for (const QJsonValue &c : cases) {
        const QJsonObject o = c.toObject();
        QVERIFY2(!o.value("name").toString().isEmpty(), qPrintable(id));
        QVERIFY2(o.value("ipv4").toBool() || o.value("ipv6").toBool(), qPrintable(id + ": " + o.value("name").toString()));
        shown << kindsOf(o);
    }
    const QJsonObject notApplicable = file->value("notApplicable").toObject();
    for (const QString &kind : kKinds) {
        const bool needed = (kind == "a" && info.supportsIpv4) || (kind == "aaaa" && info.supportsIpv6)
            || (kind == "dual" && info.supportsIpv4 && info.supportsIpv6)
            || (kind != "a" && kind != "aaaa" && kind != "dual");
        if (shown.contains(kind))
            continue;
        // Only a provider that cannot tell "unchanged" from "updated" may go without that case, and it says why.
        const bool excused = kind == "unchanged" && !notApplicable.value(kind).toString().isEmpty();
        QVERIFY2(!needed || excused, qPrintable(QString("%1 has no \"%2\" case in %3").arg(id, kind, casePath(id))));
    }
}

void TstConformance::cases_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QJsonObject>("profile");
    QTest::addColumn<QJsonObject>("theCase");
    for (const QString &id : m_registry->ids()) {
        QString error;
        const auto file = readCases(id, &error);
        if (!file)
            continue; // everyProviderHasItsCases reports it
        for (const QJsonValue &c : file->value("cases").toArray()) {
            QJsonObject o = c.toObject();
            if (file->contains("now") && !o.contains("now"))
                o.insert("now", file->value("now"));
            const QJsonObject profile = merged(file->value("profile").toObject(), o.value("profile").toObject());
            QTest::newRow(qPrintable(id + ": " + o.value("name").toString())) << id << profile << o;
        }
    }
}

void TstConformance::cases()
{
    QFETCH(QString, id);
    QFETCH(QJsonObject, profile);
    QFETCH(QJsonObject, theCase);

    const Provider *provider = m_registry->find(id);
    const UpdateRequest request = makeRequest(provider->info(), profile, theCase);
    const QStringList forms = leakForms(request);
    QVERIFY2(!forms.isEmpty() || provider->info().secret == Need::Unused, "a case profile needs its credentials");

    const auto tx = provider->start(request);
    const QJsonArray exchanges = theCase.value("exchanges").toArray();
    for (qsizetype i = 0; i < exchanges.size(); ++i) {
        const QJsonObject exchange = exchanges.at(i).toObject();
        const auto sent = tx->nextRequest();
        const HttpRequest want = expectedRequest(exchange.value("request").toObject());
        QVERIFY2(sent, qPrintable(QString("request %1 not sent; expected %2").arg(i).arg(describe(want))));
        // The exact request: method, URL, every header, the body.
        QCOMPARE(describe(*sent), describe(want));
        if (exchange.value("request").toObject().contains("json"))
            QCOMPARE(QJsonDocument::fromJson(sent->body).object(), exchange.value("request").toObject().value("json").toObject());
        // What logs and dry runs show of it masks every credential.
        const QString logged = describeRequest(*sent, request.secretValues());
        QVERIFY2(leakIn(logged, forms).isEmpty(), qPrintable(logged));

        const HttpReply answer = reply(id, exchange.value("reply").toObject());
        const QString kind = theCase.value("kind").toString();
        if ((kind == "html" || kind == "malformed") && i == exchanges.size() - 1) {
            QVERIFY2(answer.status == 200, "an HTML or malformed case ends with HTTP 200");
            QCOMPARE(answer.body.trimmed().startsWith('<'), kind == "html");
        }
        tx->handleReply(answer);
    }
    const auto extra = tx->nextRequest();
    QVERIFY2(!extra, extra ? qPrintable("one more request: " + describe(*extra)) : "");

    const QList<RecordResult> results = tx->results();
    const QJsonArray expected = theCase.value("results").toArray();
    QStringList got;
    QStringList want;
    // A reply the provider did not recognise is marked so (three in a row hold the record).
    for (const RecordResult &r : results)
        got << r.host + ' ' + recordTypeName(r.type) + ' ' + outcomeName(r.outcome) + (r.unexpected ? " unexpected" : "");
    for (const QJsonValue &v : expected) {
        const QJsonObject e = v.toObject();
        want << e.value("host").toString() + ' ' + e.value("type").toString() + ' ' + e.value("outcome").toString()
                + (e.value("unexpected").toBool() ? " unexpected" : "");
    }
    QCOMPARE(got, want);
    for (qsizetype i = 0; i < results.size(); ++i) {
        const RecordResult &r = results.at(i);
        QVERIFY2(r.message.contains(expected.at(i).toObject().value("message").toString()), qPrintable(r.message));
        QVERIFY2(leakIn(r.message, forms).isEmpty(), qPrintable(QString("credential in: ") + r.message));
        const QString kind = theCase.value("kind").toString();
        if (kind == "html" || kind == "malformed")
            QVERIFY2(!isSuccess(r.outcome), qPrintable(r.message));
    }
}

void TstConformance::noCasesWithoutAProvider()
{
    // A case file left behind by a removed or renamed provider would test nothing.
    const QStringList ids = m_registry->ids();
    for (const QString &dir : QDir(kDataDir).entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        if (QFile::exists(casePath(dir)))
            QVERIFY2(ids.contains(dir), qPrintable(QString("%1 has conformance cases but no provider").arg(dir)));
    }
}

QTEST_GUILESS_MAIN(TstConformance)
#include "tst_conformance.moc"
