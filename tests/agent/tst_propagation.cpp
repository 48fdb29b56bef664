// Proof that DNS serves what was published: PropagationChecker asks the zone's authoritative
// servers — a real BIND on loopback, updated with a signed RFC 2136 UPDATE, and a second
// "authoritative" responder that keeps answering the old address — until every one answers the
// new address. `published` until then, `propagated` after; a server still answering the old
// address when the rounds end is a warning naming it.
#include "dns/dnsclient.h"
#include "dns/dnsupdate.h"
#include "engine/propagation.h"
#include "fakes/dnsservers.h"

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

private:
    void setBindAddress(const QString &address);
    QString bind() const { return QString("127.0.0.1:%1").arg(m_bind->port()); }
    QString stale() const { return QString("127.0.0.1:%1").arg(m_stale.port()); }

    std::unique_ptr<DnsTestServer> m_bind;
    FakeDnsResponder m_stale;
};

void TstPropagation::initTestCase()
{
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
}

QTEST_GUILESS_MAIN(TstPropagation)
#include "tst_propagation.moc"
