// Proof that DNS serves what was published: PropagationChecker asks the zone's authoritative
// servers — a real BIND on loopback, updated with a signed RFC 2136 UPDATE, and a second
// "authoritative" responder that keeps answering the old address — until every one answers the
// new address. `published` until then, `propagated` after; a server still answering the old
// address when the rounds end is a warning naming it.
#include "dns/dnsclient.h"
#include "dns/dnsupdate.h"
#include "dns/rcode.h"
#include "engine/propagation.h"
#include "providers/providerregistry.h"
#include "fakes/dnsservers.h"
#include "fakes/netns.h"

#include <QSignalSpy>
#include <QTimer>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Test;
using namespace std::chrono_literals;

namespace {

const QString kOld = "81.2.69.161";
const QString kNew = "81.2.69.160";
const QString kHost = "home.example.test";

RecordEvent updated(const QString &address = kNew, const QString &previous = kOld)
{
    RecordEvent e;
    e.profile = "zone";
    e.host = kHost;
    e.type = RecordType::A;
    e.address = address;
    e.previous = previous;
    e.result = RecordEvent::Result::Updated;
    e.code = RecordEvent::Code::Updated;
    e.time = QDateTime::currentDateTimeUtc();
    return e;
}

Config configWith(const QStringList &nameservers, bool check = true)
{
    Profile p;
    p.name = "zone";
    p.provider = "rfc2136";
    p.hosts = {kHost};
    p.checkPropagation = check;
    p.nameservers = nameservers;
    Config c;
    c.profiles = {p};
    return c;
}

QString states(const PropagationStatus &s)
{
    QStringList list;
    for (const ServerAnswer &a : s.servers)
        list.append(a.server + '=' + serverAnswerStateName(a.state));
    return list.join(' ');
}

} // namespace

class TstPropagation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void publishedThenPropagated();
    void oneServerKeepsTheOldAddress();
    void serversFromTheNsLookup();
    void nsLookupFails();
    void aNewerUpdateRestartsTheCheck();
    void onlyUpdatesOfProfilesThatAsk();
    void configuration();
    void nsLookupThroughAResolver();

private:
    void nsLookupScenario();
    void setBindAddress(const QString &address);
    QString bind() const { return QString("127.0.0.1:%1").arg(m_bind->port()); }
    QString stale() const { return QString("127.0.0.1:%1").arg(m_stale.port()); }

    std::unique_ptr<DnsTestServer> m_bind;
    FakeDnsResponder m_stale;
};

void TstPropagation::initTestCase()
{
    // The namespace child needs no BIND: its loopback is down until the scenario brings it up.
    if (qEnvironmentVariableIsSet(kNetnsChildVariable))
        return;
    m_bind = DnsTestServer::create("bind");
    if (!m_bind->skipReason().isEmpty())
        QSKIP(qPrintable(m_bind->skipReason()));
    QVERIFY2(m_bind->start(), qPrintable(m_bind->error()));
    // An authoritative answer that never changes: a secondary that stopped transferring the zone.
    QVERIFY(m_stale.listen());
    m_stale.setHandler([](const ReceivedDnsRequest &r) {
        Dns::Message reply = FakeDnsResponder::replyTo(r.message);
        reply.aa = true;
        const Dns::Question q = r.message.questions.value(0);
        if (q.type == Dns::RRType::A)
            reply.answers.append({q.name, Dns::RRType::A, Dns::RRClass::IN, 60, Dns::AddressRdata{QHostAddress(kOld)}});
        return QList<QByteArray>{FakeDnsResponder::encode(reply)};
    });
}

void TstPropagation::cleanupTestCase()
{
    m_bind.reset();
}

void TstPropagation::init()
{
    if (m_bind)
        setBindAddress(kOld);
}

// What the provider does: one signed UPDATE replacing the A record at BIND.
void TstPropagation::setBindAddress(const QString &address)
{
    const DnsTestKey key = m_bind->key();
    Dns::DnsClient::Options options;
    options.tsigKey = Dns::TsigKey::fromBase64(key.name, key.algorithm, key.secret).value();
    const auto update = Dns::makeAddressUpdate(Dns::Name::fromText(m_bind->zone()).value(), Dns::Name::fromText(kHost).value(),
                                               QHostAddress(address), 60);
    Dns::DnsClient client;
    std::optional<Dns::DnsReply> reply;
    client.send(update.value(), {"127.0.0.1", m_bind->port()}, options, this, [&reply](const Dns::DnsReply &r) { reply = r; });
    QVERIFY(QTest::qWaitFor([&reply] { return reply.has_value(); }, 10000));
    QVERIFY2(reply->ok() && reply->message.rcode == 0 && reply->tsig && reply->tsig->verified(), qPrintable(reply->error));
}

void TstPropagation::publishedThenPropagated()
{
    PropagationChecker checker;
    checker.setConfig(configWith({bind()}));
    checker.setSchedule({100ms, 100ms, 100ms, 100ms, 100ms, 100ms, 100ms, 100ms, 100ms, 100ms});
    QSignalSpy changed(&checker, &PropagationChecker::changed);
    // The provider said "updated", but BIND does not answer the new address yet.
    checker.onRecordEvent(updated());
    const PropagationStatus *s = checker.status("zone", kHost, RecordType::A);
    QVERIFY(s);
    QCOMPARE(propagationStateName(s->state), QString("published"));
    QVERIFY(s->checking);
    QTRY_VERIFY_WITH_TIMEOUT(checker.status("zone", kHost, RecordType::A)->checked.isValid(), 5000);
    s = checker.status("zone", kHost, RecordType::A);
    QCOMPARE(propagationStateName(s->state), QString("published"));
    QCOMPARE(states(*s), bind() + "=old");
    QCOMPARE(s->servers.first().addresses, QStringList{kOld});

    // Once BIND serves it, the next round says so.
    setBindAddress(kNew);
    QTRY_COMPARE_WITH_TIMEOUT(propagationStateName(checker.status("zone", kHost, RecordType::A)->state), QString("propagated"), 5000);
    s = checker.status("zone", kHost, RecordType::A);
    QCOMPARE(states(*s), bind() + "=current");
    QVERIFY(!s->checking);
    QVERIFY(s->warning.isEmpty());
    QVERIFY(changed.size() >= 3); // started, a round still old, propagated
}

void TstPropagation::oneServerKeepsTheOldAddress()
{
    setBindAddress(kNew);
    PropagationChecker checker;
    checker.setConfig(configWith({bind(), stale()}));
    checker.setSchedule({50ms, 50ms, 50ms});
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("zone home.example.test A: published but not propagated: 127.0.0.1:\\d+ still "
                                                          "answers the old address 81.2.69.161 after 4 checks"));
    const qsizetype before = m_stale.requests().size();
    checker.onRecordEvent(updated());
    QTRY_VERIFY_WITH_TIMEOUT(!checker.status("zone", kHost, RecordType::A)->checking, 5000);
    const PropagationStatus *s = checker.status("zone", kHost, RecordType::A);
    // Never a silent success: still published, with the lagging server named.
    QCOMPARE(propagationStateName(s->state), QString("published"));
    QCOMPARE(states(*s), bind() + "=current " + stale() + "=old");
    QVERIFY2(s->warning.startsWith(stale() + " still answers the old address " + kOld), qPrintable(s->warning));
    QCOMPARE(m_stale.requests().size() - before, 4); // the first round and three retries
    // Queries to an authoritative server ask for no recursion.
    QVERIFY(!m_stale.requests().last().message.rd);
}

void TstPropagation::serversFromTheNsLookup()
{
    setBindAddress(kNew);
    PropagationChecker checker;
    checker.setConfig(configWith({})); // "nameservers": "auto"
    QString asked;
    checker.setNameserverLookup([this, &asked](const QString &host, QObject *context, auto done) {
        asked = host;
        QTimer::singleShot(0, context, [this, done] { done(QStringList{bind()}); });
    });
    checker.onRecordEvent(updated());
    QTRY_COMPARE_WITH_TIMEOUT(propagationStateName(checker.status("zone", kHost, RecordType::A)->state), QString("propagated"), 5000);
    QCOMPARE(asked, kHost);
}

void TstPropagation::nsLookupFails()
{
    PropagationChecker checker;
    checker.setConfig(configWith({}));
    checker.setNameserverLookup([](const QString &, QObject *context, auto done) {
        QTimer::singleShot(0, context, [done] { done(Unexpected{QString("no NS records found for it or a parent domain")}); });
    });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("cannot check where home.example.test is published: no NS records"));
    checker.onRecordEvent(updated());
    QTRY_VERIFY_WITH_TIMEOUT(!checker.status("zone", kHost, RecordType::A)->checking, 5000);
    const PropagationStatus *s = checker.status("zone", kHost, RecordType::A);
    QCOMPARE(propagationStateName(s->state), QString("published"));
    QVERIFY(s->warning.contains("no NS records"));
}

void TstPropagation::aNewerUpdateRestartsTheCheck()
{
    setBindAddress(kNew);
    PropagationChecker checker;
    checker.setConfig(configWith({stale()}));
    checker.setSchedule({200ms, 200ms, 200ms, 200ms, 200ms});
    checker.onRecordEvent(updated());
    QTRY_VERIFY_WITH_TIMEOUT(checker.status("zone", kHost, RecordType::A)->checked.isValid(), 5000);
    // The address went back: the lagging server is right after all, and the old check is dropped.
    checker.setConfig(configWith({stale(), bind()}));
    setBindAddress(kOld);
    checker.onRecordEvent(updated(kOld, kNew));
    QCOMPARE(checker.status("zone", kHost, RecordType::A)->address, kOld);
    QTRY_COMPARE_WITH_TIMEOUT(propagationStateName(checker.status("zone", kHost, RecordType::A)->state), QString("propagated"), 5000);
    QCOMPARE(states(*checker.status("zone", kHost, RecordType::A)), stale() + "=current " + bind() + "=current");
}

void TstPropagation::onlyUpdatesOfProfilesThatAsk()
{
    PropagationChecker checker;
    checker.setConfig(configWith({bind()}, false));
    checker.onRecordEvent(updated());
    QVERIFY(!checker.status("zone", kHost, RecordType::A));
    checker.setConfig(configWith({bind()}));
    RecordEvent unchanged = updated();
    unchanged.result = RecordEvent::Result::Unchanged;
    checker.onRecordEvent(unchanged);
    QVERIFY(!checker.status("zone", kHost, RecordType::A));

    // A check under way ends when the profile stops asking for it (or is removed).
    checker.setSchedule({50ms, 50ms, 50ms, 50ms, 50ms, 50ms});
    checker.onRecordEvent(updated());
    QVERIFY(checker.status("zone", kHost, RecordType::A));
    checker.setConfig(configWith({bind()}, false));
    QVERIFY(!checker.status("zone", kHost, RecordType::A));
    checker.setConfig(configWith({bind()}));
    checker.onRecordEvent(updated());
    QVERIFY(checker.status("zone", kHost, RecordType::A));
    checker.setConfig(Config{});
    QVERIFY(!checker.status("zone", kHost, RecordType::A));
}

// What a profile's `nameservers` turns into: "auto" (NS lookup), a list of servers in each
// accepted form, or absent (no check).
void TstPropagation::configuration()
{
    const QByteArray json = R"({"version": 1, "profiles": [
        {"name": "none", "provider": "duckdns", "hosts": ["n1"]},
        {"name": "auto", "provider": "duckdns", "hosts": ["a1"], "nameservers": "auto"},
        {"name": "list", "provider": "duckdns", "hosts": ["l1"],
         "nameservers": ["ns1.example.org", "ns2.example.org:5353", "127.0.0.1:53", "2001:4860:4802:32::a", "[::1]:5353"]}]})";
    const ProviderRegistry registry;
    const auto parsed = parseConfig(json, registry);
    QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().first().path + ": " + parsed.error().first().message));
    QCOMPARE(parsed->profiles.size(), 3);
    QVERIFY(!parsed->profiles.at(0).checkPropagation);
    QVERIFY(parsed->profiles.at(1).checkPropagation);
    QVERIFY(parsed->profiles.at(1).nameservers.isEmpty());
    QVERIFY(parsed->profiles.at(2).checkPropagation);
    QCOMPARE(parsed->profiles.at(2).nameservers,
             QStringList({"ns1.example.org", "ns2.example.org:5353", "127.0.0.1:53", "2001:4860:4802:32::a", "[::1]:5353"}));
}

// The real NS lookup (QDnsLookup) against a resolver on port 53 of a private network namespace's
// loopback: the host has no NS records, its parent has; a name under no zone ends in a warning.
// The servers found are then asked by name ("localhost", resolved like any server name).
void TstPropagation::nsLookupThroughAResolver()
{
    if (qEnvironmentVariableIsSet(kNetnsChildVariable))
        return nsLookupScenario();
    if (const QString why = namespaceUnavailable(); !why.isEmpty())
        QSKIP(qPrintable(why));
    QProcess child;
    startInNamespace(child, QStringLiteral("nsLookupThroughAResolver"));
    QVERIFY2(child.waitForFinished(60000), "the namespace child did not finish within 60 s");
    const QString output = QString::fromLocal8Bit(child.readAll()).trimmed();
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains("PASS   : TstPropagation::nsLookupThroughAResolver()"), qPrintable(output));
}

void TstPropagation::nsLookupScenario()
{
    QVERIFY2(inFreshPrivateNamespace(), "refusing to bind port 53: not in a fresh private network namespace");
    QCOMPARE(ip("link set lo up"), QString());
    // The zone example.test: NS at the apex only, the record itself, NXDOMAIN elsewhere.
    const FakeDnsResponder::Handler zone = [](const ReceivedDnsRequest &r) {
        Dns::Message reply = FakeDnsResponder::replyTo(r.message);
        reply.aa = true;
        const Dns::Question q = r.message.questions.value(0);
        const QString name = q.name.toText();
        if (name == "example.test." && q.type == Dns::RRType::NS) {
            for (const char *ns : {"localhost.", "ns2.example.test."})
                reply.answers.append({q.name, Dns::RRType::NS, Dns::RRClass::IN, 60, Dns::NameRdata{Dns::Name::fromText(ns).value()}});
        } else if (name == kHost + "." && q.type == Dns::RRType::A) {
            reply.answers.append({q.name, Dns::RRType::A, Dns::RRClass::IN, 60, Dns::AddressRdata{QHostAddress(kNew)}});
        } else if (!name.endsWith("example.test.")) {
            reply.rcode = Dns::NXDomain;
        }
        return QList<QByteArray>{FakeDnsResponder::encode(reply)};
    };
    FakeDnsResponder resolver;
    QVERIFY(resolver.listen(QHostAddress::LocalHost, 53));
    resolver.setHandler(zone);
    // "localhost" may resolve to ::1 first: answer there too when the namespace has IPv6.
    FakeDnsResponder resolver6;
    if (resolver6.listen(QHostAddress::LocalHostIPv6, 53))
        resolver6.setHandler(zone);
    const auto asked = [&resolver](Dns::RRType type) {
        QStringList names;
        for (const ReceivedDnsRequest &r : resolver.requests()) {
            if (r.message.questions.value(0).type == type)
                names.append(r.message.questions.value(0).name.toText());
        }
        return names;
    };

    std::optional<Expected<QStringList, QString>> found;
    QObject context;
    PropagationChecker::lookupNameservers(kHost, &context, [&found](const Expected<QStringList, QString> &r) { found = r; },
                                          QHostAddress::LocalHost);
    QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10000);
    QVERIFY2(*found, *found ? "" : qPrintable(found->error()));
    QCOMPARE(found->value(), QStringList({"localhost", "ns2.example.test"}));
    QCOMPARE(asked(Dns::RRType::NS), QStringList({kHost + ".", "example.test."}));

    found.reset();
    PropagationChecker::lookupNameservers("home.nowhere.test", &context, [&found](const Expected<QStringList, QString> &r) { found = r; },
                                          QHostAddress::LocalHost);
    QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 10000);
    QVERIFY(!*found);
    QVERIFY2(found->error().startsWith("no NS records found for it or a parent domain"), qPrintable(found->error()));
    // Up to the domain under the top level, never the top level itself.
    QCOMPARE(asked(Dns::RRType::NS).mid(2), QStringList({"home.nowhere.test.", "nowhere.test."}));

    // "auto": the servers found are asked by name; the one that cannot be resolved is named.
    PropagationChecker checker;
    checker.setConfig(configWith({}));
    checker.setSchedule({});
    checker.setNameserverLookup([](const QString &host, QObject *context, auto done) {
        PropagationChecker::lookupNameservers(host, context, std::move(done), QHostAddress::LocalHost);
    });
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression("published but not propagated: ns2.example.test:53 did not answer "
                                                          "\\(cannot resolve the DNS server ns2.example.test"));
    checker.onRecordEvent(updated());
    QTRY_VERIFY_WITH_TIMEOUT(!checker.status("zone", kHost, RecordType::A)->checking, 20000);
    const PropagationStatus *s = checker.status("zone", kHost, RecordType::A);
    QCOMPARE(states(*s), "localhost:53=current ns2.example.test:53=error");
}

QTEST_GUILESS_MAIN(TstPropagation)
#include "tst_propagation.moc"
