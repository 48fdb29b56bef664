#include "dns/dnsclient.h"
#include "dns/dnsupdate.h"
#include "dns/rcode.h"
#include "fakes/dnsservers.h"

#include <QSet>
#include <QSignalSpy>
#include <QTest>

using namespace Qddns::Dns;
using Qddns::Test::FakeDnsResponder;
using Qddns::Test::ReceivedDnsRequest;

namespace {

Name name(const char *text)
{
    return Name::fromText(QLatin1String(text)).value();
}

ResourceRecord aRecord(const char *owner, const char *address)
{
    ResourceRecord rr;
    rr.name = name(owner);
    rr.type = RRType::A;
    rr.ttl = 60;
    rr.rdata = AddressRdata{QHostAddress(QLatin1String(address))};
    return rr;
}

// The answer a well-behaved server gives: home.example.test A 81.2.69.160.
QByteArray answerA(const ReceivedDnsRequest &r, const char *address = "81.2.69.160")
{
    Message reply = FakeDnsResponder::replyTo(r.message);
    reply.aa = true;
    reply.answers.append(aRecord("home.example.test", address));
    return FakeDnsResponder::encode(reply);
}

// Runs one request to completion and returns its reply.
struct Exchange
{
    DnsClient client;
    std::optional<DnsReply> reply;
    quint64 handle = 0;

    void send(const FakeDnsResponder &server, const DnsClient::Options &options = fastOptions(),
              const Message &request = makeQuery(name("home.example.test"), RRType::A))
    {
        ServerAddress address{server.address().toString(), server.port()};
        handle = client.send(request, address, options, &client, [this](const DnsReply &r) { reply = r; });
    }
    static DnsClient::Options fastOptions()
    {
        DnsClient::Options o;
        o.timeout = std::chrono::milliseconds(300);
        return o;
    }
};

} // namespace

class TestDnsClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesServerAddresses_data();
    void parsesServerAddresses();
    void answersOverUdp();
    void answersOverIpv6();
    void randomIdsAndSourcePorts();
    void ignoresStrayDatagrams();
    void retriesAfterTimeout();
    void failsAfterRetries();
    void reportsMalformedReplyOnTimeout();
    void fallsBackToTcpWhenTruncated();
    void tcpOnlyAndSplitFrames();
    void tcpConnectionRefused();
    void capsReplySize();
    void tcpReplyMustMatch();
    void cancelAndAbortAll();
    void noCallbackWhenContextIsGone();
    void signedRequestGetsTsigCheck();
    void callbackNeverRunsInsideSend();
};

void TestDnsClient::parsesServerAddresses_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("error");
    QTest::newRow("name") << "ns1.example.test" << "ns1.example.test" << 53 << "";
    QTest::newRow("name:port") << "ns1.example.test:5300" << "ns1.example.test" << 5300 << "";
    QTest::newRow("ipv4:port") << "127.0.0.1:15353" << "127.0.0.1" << 15353 << "";
    QTest::newRow("bare ipv6") << "2a02:8070:d18f:5a00::53" << "2a02:8070:d18f:5a00::53" << 53 << "";
    QTest::newRow("[ipv6]:port") << "[::1]:5300" << "::1" << 5300 << "";
    QTest::newRow("port 0") << "127.0.0.1:0" << "" << 0 << "port \"0\" is not a number from 1 to 65535";
    QTest::newRow("port too big") << "127.0.0.1:65536" << "" << 0 << "port \"65536\" is not a number";
    QTest::newRow("no host") << ":53" << "" << 0 << "has no host";
    QTest::newRow("unclosed bracket") << "[::1:53" << "" << 0 << "'[' without ']'";
    QTest::newRow("bracketed name") << "[ns1]:53" << "" << 0 << "brackets hold an IPv6 address";
    QTest::newRow("bad ipv6") << "::1::2" << "" << 0 << "is not a valid IPv6 address";
    QTest::newRow("space") << "ns 1:53" << "" << 0 << "the host contains ' '";
}

void TestDnsClient::parsesServerAddresses()
{
    QFETCH(QString, text);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, error);
    const auto s = ServerAddress::parse(text);
    if (error.isEmpty()) {
        QVERIFY2(s.hasValue(), qPrintable(s.hasValue() ? QString() : s.error()));
        QCOMPARE(s->host, host);
        QCOMPARE(s->port, port);
        QCOMPARE(ServerAddress::parse(s->toString()).value().host, host);
    } else {
        QVERIFY(!s.hasValue());
        QVERIFY2(s.error().contains(error), qPrintable(s.error()));
    }
}

void TestDnsClient::answersOverUdp()
{
    FakeDnsResponder server;
    QVERIFY(server.listen());
    server.setHandler([](const ReceivedDnsRequest &r) { return QList<QByteArray>{answerA(r)}; });
    Exchange x;
    x.send(server);
    QTRY_VERIFY(x.reply.has_value());
    QVERIFY2(x.reply->ok(), qPrintable(x.reply->error));
    QVERIFY(!x.reply->viaTcp);
    QVERIFY(!x.reply->tsig.has_value());
    QCOMPARE(x.reply->message.answers.size(), 1);
    QCOMPARE(x.reply->message.answers[0].address(), QHostAddress(QStringLiteral("81.2.69.160")));
    QCOMPARE(x.reply->serverAddress, QHostAddress(QHostAddress::LocalHost));
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(!server.requests()[0].viaTcp);
    QCOMPARE(server.requests()[0].message.questions[0].name, name("home.example.test"));
    QCOMPARE(x.client.inFlight(), 0);
}

void TestDnsClient::answersOverIpv6()
{
    FakeDnsResponder server;
    if (!server.listen(QHostAddress::LocalHostIPv6))
        QSKIP("no IPv6 loopback here");
    server.setHandler([](const ReceivedDnsRequest &r) { return QList<QByteArray>{answerA(r)}; });
    Exchange x;
    x.send(server);
    QTRY_VERIFY(x.reply.has_value());
    QVERIFY2(x.reply->ok(), qPrintable(x.reply->error));
    QCOMPARE(x.reply->serverAddress, QHostAddress(QHostAddress::LocalHostIPv6));
}

void TestDnsClient::randomIdsAndSourcePorts()
{
    FakeDnsResponder server;
    QVERIFY(server.listen());
    server.setHandler([](const ReceivedDnsRequest &r) { return QList<QByteArray>{answerA(r)}; });
    DnsClient client;
    int answered = 0;
    for (int i = 0; i < 8; ++i)
        client.send(makeQuery(name("home.example.test"), RRType::A), {QStringLiteral("127.0.0.1"), server.port()}, {}, this,
                    [&answered](const DnsReply &r) { answered += r.ok() ? 1 : 0; });
    QTRY_COMPARE(answered, 8);
    QSet<quint16> ids;
    QSet<quint16> ports;
    for (const ReceivedDnsRequest &r : server.requests()) {
        ids.insert(r.message.id);
        ports.insert(r.peerPort);
    }
    // Eight draws of 16 bits: all equal only if something is not random at all.
    QVERIFY2(ids.size() >= 6, "request ids repeat");
    QVERIFY2(ports.size() >= 6, "source ports repeat");
}

void TestDnsClient::ignoresStrayDatagrams()
{
    // Before the real answer the client receives: a reply with another id, one for another
    // question, garbage, and a reply with the right id from another port. None of them counts.
    FakeDnsResponder server;
    QVERIFY(server.listen());
    server.setHandler([&server](const ReceivedDnsRequest &r) {
        Message otherId = FakeDnsResponder::replyTo(r.message);
        otherId.id = quint16(r.message.id + 1);
        otherId.answers.append(aRecord("home.example.test", "81.2.69.1"));
        Message otherQuestion = FakeDnsResponder::replyTo(r.message);
        otherQuestion.questions[0].name = name("evil.example.test");
        otherQuestion.answers.append(aRecord("evil.example.test", "81.2.69.2"));
        server.sendFromOtherPort(answerA(r, "81.2.69.3"), r.peer, r.peerPort);
        return QList<QByteArray>{FakeDnsResponder::encode(otherId), FakeDnsResponder::encode(otherQuestion),
                                 QByteArray("\x00\x01garbage", 9), answerA(r)};
    });
    Exchange x;
    x.send(server);
    QTRY_VERIFY(x.reply.has_value());
    QVERIFY2(x.reply->ok(), qPrintable(x.reply->error));
    QCOMPARE(x.reply->message.answers[0].address(), QHostAddress(QStringLiteral("81.2.69.160")));
    QCOMPARE(server.requests().size(), 1);
}

void TestDnsClient::retriesAfterTimeout()
{
    FakeDnsResponder server;
    QVERIFY(server.listen());
    // Drops the first request; answers the second.
    server.setHandler([&server](const ReceivedDnsRequest &r) {
        return server.requests().size() == 1 ? QList<QByteArray>{} : QList<QByteArray>{answerA(r)};
    });
    Exchange x;
    x.send(server);
    QTRY_VERIFY(x.reply.has_value());
    QVERIFY2(x.reply->ok(), qPrintable(x.reply->error));
    QCOMPARE(server.requests().size(), 2);
    // A retry is the same request: same id, same bytes.
    QCOMPARE(server.requests()[1].wire, server.requests()[0].wire);
}

void TestDnsClient::failsAfterRetries()
{
    FakeDnsResponder server;
    QVERIFY(server.listen());
    Exchange x;
    DnsClient::Options options = Exchange::fastOptions();
    options.udpRetries = 2;
    x.send(server, options);
    QTRY_VERIFY(x.reply.has_value());
    QCOMPARE(x.reply->error, QStringLiteral("no answer from 127.0.0.1:%1 within 300 ms (3 attempts over UDP)").arg(server.port()));
    QCOMPARE(server.requests().size(), 3);
}

void TestDnsClient::reportsMalformedReplyOnTimeout()
{
    FakeDnsResponder server;
    QVERIFY(server.listen());
    // The right id, then a header claiming an answer that is not there.
    server.setHandler([](const ReceivedDnsRequest &r) {
        QByteArray bad = r.wire.left(12);
        bad[2] = char(0x80);
        bad[7] = 1;  // ANCOUNT 1 (ARCOUNT 1 for EDNS stays)
        return QList<QByteArray>{bad};
    });
    Exchange x;
    DnsClient::Options options = Exchange::fastOptions();
    options.udpRetries = 0;
    x.send(server, options);
    QTRY_VERIFY(x.reply.has_value());
    QVERIFY2(x.reply->error.contains(QLatin1String("(1 attempts over UDP); received only a malformed reply: header claims 1 questions and 2 records")),
             qPrintable(x.reply->error));
}

void TestDnsClient::fallsBackToTcpWhenTruncated()
{
    // UDP: TC set and no answers; TCP: 100 A records (more than 512 bytes).
    FakeDnsResponder server;
    QVERIFY(server.listen());
    server.setHandler([](const ReceivedDnsRequest &r) {
        Message reply = FakeDnsResponder::replyTo(r.message);
        if (!r.viaTcp) {
            reply.tc = true;
            return QList<QByteArray>{FakeDnsResponder::encode(reply)};
        }
        for (int i = 1; i <= 100; ++i)
            reply.answers.append(aRecord("home.example.test", qPrintable(QStringLiteral("81.2.69.%1").arg(i))));
        return QList<QByteArray>{FakeDnsResponder::encode(reply)};
    });
    Exchange x;
    x.send(server);
    QTRY_VERIFY(x.reply.has_value());
    QVERIFY2(x.reply->ok(), qPrintable(x.reply->error));
    QVERIFY(x.reply->viaTcp);
    QVERIFY(x.reply->wire.size() > 512);
    QCOMPARE(x.reply->message.answers.size(), 100);
    QCOMPARE(server.requests().size(), 2);
    QVERIFY(!server.requests()[0].viaTcp);
    QVERIFY(server.requests()[1].viaTcp);
    QCOMPARE(server.requests()[1].message.id, server.requests()[0].message.id);
}

void TestDnsClient::tcpOnlyAndSplitFrames()
{
    FakeDnsResponder server;
    QVERIFY(server.listen());
    server.setHandler([](const ReceivedDnsRequest &r) { return QList<QByteArray>{answerA(r)}; });
    server.setSplitTcpReplies(true);
    Exchange x;
    DnsClient::Options options = Exchange::fastOptions();
    options.tcpOnly = true;
    x.send(server, options);
    QTRY_VERIFY(x.reply.has_value());
    QVERIFY2(x.reply->ok(), qPrintable(x.reply->error));
    QVERIFY(x.reply->viaTcp);
    QCOMPARE(x.reply->message.answers[0].address(), QHostAddress(QStringLiteral("81.2.69.160")));
    QCOMPARE(server.requests().size(), 1);
    QVERIFY(server.requests()[0].viaTcp);
}

void TestDnsClient::tcpConnectionRefused()
{
    quint16 closedPort = 0;
    {
        FakeDnsResponder gone;
        QVERIFY(gone.listen());
        closedPort = gone.port();
    }
    DnsClient client;
    DnsClient::Options options = Exchange::fastOptions();
    options.tcpOnly = true;
    std::optional<DnsReply> reply;
    client.send(makeQuery(name("home.example.test"), RRType::A), {QStringLiteral("127.0.0.1"), closedPort}, options, this,
                [&reply](const DnsReply &r) { reply = r; });
    QTRY_VERIFY(reply.has_value());
    QVERIFY2(reply->error.startsWith(QStringLiteral("TCP to 127.0.0.1:%1 failed after 0 bytes of the reply: ").arg(closedPort)),
             qPrintable(reply->error));
    QVERIFY2(reply->error.contains(QLatin1String("refused")), qPrintable(reply->error));
}

void TestDnsClient::capsReplySize()
{
    FakeDnsResponder server;
    QVERIFY(server.listen());
    server.setHandler([](const ReceivedDnsRequest &r) {
        Message reply = FakeDnsResponder::replyTo(r.message);
        for (int i = 1; i <= 20; ++i)
            reply.answers.append(aRecord("home.example.test", "81.2.69.160"));
        return QList<QByteArray>{FakeDnsResponder::encode(reply)};
    });
    DnsClient::Options options = Exchange::fastOptions();
    options.maxReplyBytes = 200;
    options.udpRetries = 0;
    {
        Exchange x;
        x.send(server, options);
        QTRY_VERIFY(x.reply.has_value());
        QVERIFY2(x.reply->error.contains(QLatin1String("received only a reply of 355 bytes, more than the cap of 200")), qPrintable(x.reply->error));
    }
    {
        options.tcpOnly = true;
        Exchange x;
        x.send(server, options);
        QTRY_VERIFY(x.reply.has_value());
        QCOMPARE(x.reply->error, QStringLiteral("127.0.0.1:%1 announces a reply of 355 bytes over TCP, more than the cap of 200").arg(server.port()));
    }
}

void TestDnsClient::tcpReplyMustMatch()
{
    FakeDnsResponder server;
    QVERIFY(server.listen());
    server.setHandler([](const ReceivedDnsRequest &r) {
        Message reply = FakeDnsResponder::replyTo(r.message);
        reply.id = quint16(reply.id ^ 0x5555);
        return QList<QByteArray>{FakeDnsResponder::encode(reply)};
    });
    Exchange x;
    DnsClient::Options options = Exchange::fastOptions();
    options.tcpOnly = true;
    x.send(server, options);
    QTRY_VERIFY(x.reply.has_value());
    QVERIFY2(x.reply->error.startsWith(QLatin1String("a reply that does not match the request")), qPrintable(x.reply->error));
}

void TestDnsClient::cancelAndAbortAll()
{
    FakeDnsResponder server;
    QVERIFY(server.listen());  // never answers
    DnsClient client;
    DnsClient::Options slow;
    slow.timeout = std::chrono::seconds(60);
    QStringList errors;
    const ServerAddress address{QStringLiteral("127.0.0.1"), server.port()};
    const quint64 first = client.send(makeQuery(name("a.example.test"), RRType::A), address, slow, this,
                                      [&errors](const DnsReply &r) { errors.append(QStringLiteral("first: ") + r.error); });
    client.send(makeQuery(name("b.example.test"), RRType::A), address, slow, this,
                [&errors](const DnsReply &r) { errors.append(QStringLiteral("second: ") + r.error); });
    client.send(makeQuery(name("c.example.test"), RRType::A), address, slow, this,
                [&errors](const DnsReply &r) { errors.append(QStringLiteral("third: ") + r.error); });
    QTRY_COMPARE(server.requests().size(), 3);
    QCOMPARE(client.inFlight(), 3);
    client.cancel(first);
    QCOMPARE(client.inFlight(), 2);
    QTRY_COMPARE(errors, QStringList{QStringLiteral("first: cancelled")});
    client.abortAll();
    QCOMPARE(client.inFlight(), 0);
    QTRY_COMPARE(errors.size(), 3);
    QVERIFY(errors.contains(QStringLiteral("second: cancelled")));
    QVERIFY(errors.contains(QStringLiteral("third: cancelled")));
    client.cancel(first);  // already over: nothing happens
    QCoreApplication::processEvents();
    QCOMPARE(errors.size(), 3);
}

void TestDnsClient::noCallbackWhenContextIsGone()
{
    FakeDnsResponder server;
    QVERIFY(server.listen());
    server.setHandler([](const ReceivedDnsRequest &r) { return QList<QByteArray>{answerA(r)}; });
    DnsClient client;
    auto *context = new QObject;
    bool called = false;
    bool witnessed = false;
    client.send(makeQuery(name("home.example.test"), RRType::A), {QStringLiteral("127.0.0.1"), server.port()}, {}, context,
                [&called](const DnsReply &) { called = true; });
    // A second request to the same server proves the answer came back meanwhile.
    client.send(makeQuery(name("home.example.test"), RRType::A), {QStringLiteral("127.0.0.1"), server.port()}, {}, this,
                [&witnessed](const DnsReply &) { witnessed = true; });
    delete context;
    QTRY_VERIFY(witnessed);
    QTRY_COMPARE(client.inFlight(), 0);
    // Callbacks are posted to the event loop: let every posted one run.
    QCoreApplication::processEvents();
    QVERIFY(!called);
}

void TestDnsClient::signedRequestGetsTsigCheck()
{
    // The responder answers unsigned: the reply arrives, and its check says so.
    FakeDnsResponder server;
    QVERIFY(server.listen());
    server.setHandler([](const ReceivedDnsRequest &r) {
        Message reply = FakeDnsResponder::replyTo(r.message);
        reply.rcode = Refused;
        return QList<QByteArray>{FakeDnsResponder::encode(reply)};
    });
    DnsClient::Options options = Exchange::fastOptions();
    options.tsigKey = TsigKey::fromBase64(QStringLiteral("ddns-key"), QStringLiteral("hmac-sha256"), "AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=").value();
    Exchange x;
    const auto update = makeAddressUpdate(name("example.test"), name("home.example.test"), QHostAddress(QStringLiteral("81.2.69.160")), 60);
    x.client.setClock([] { return qint64(1700000000); });
    x.send(server, options, update.value());
    QTRY_VERIFY(x.reply.has_value());
    QVERIFY2(x.reply->ok(), qPrintable(x.reply->error));
    QCOMPARE(x.reply->message.rcode, quint8(Refused));
    QVERIFY(x.reply->tsig.has_value());
    QCOMPARE(x.reply->tsig->status, TsigCheck::Status::Unsigned);
    // The request went out signed, at the client's clock.
    const ReceivedDnsRequest &sent = server.requests().constFirst();
    QVERIFY(sent.message.tsigRdata());
    QCOMPARE(sent.message.tsigRdata()->timeSigned, quint64(1700000000));
    QCOMPARE(sent.message.tsig()->name, name("ddns-key"));
    QCOMPARE(sent.message.tsigRdata()->originalId, sent.message.id);
}

void TestDnsClient::callbackNeverRunsInsideSend()
{
    // Even an immediate failure (a request that cannot be encoded) is reported from the event loop.
    DnsClient client;
    Message bad = makeQuery(name("home.example.test"), RRType::A);
    ResourceRecord rr = aRecord("home.example.test", "81.2.69.160");
    rr.type = RRType::AAAA;
    bad.answers.append(rr);
    std::optional<DnsReply> reply;
    client.send(bad, {QStringLiteral("127.0.0.1"), 9}, {}, this, [&reply](const DnsReply &r) { reply = r; });
    QVERIFY(!reply.has_value());
    QTRY_VERIFY(reply.has_value());
    QCOMPARE(reply->error, QStringLiteral("cannot encode the request: AAAA record cannot hold the address \"81.2.69.160\""));
}

QTEST_GUILESS_MAIN(TestDnsClient)
#include "tst_dnsclient.moc"
