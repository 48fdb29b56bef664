#include "dns/rcode.h"
#include "dns/tsig.h"

#include <QFile>
#include <QTest>

using namespace Qddns::Dns;

namespace {

constexpr quint64 kSignedAt = 1700000000;  // what generate.py signed with

QByteArray vector(const QString &name)
{
    QFile file(QStringLiteral(QDDNS_TEST_DATA "/dns/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("cannot read test vector %s", qPrintable(name));
    return file.readAll();
}

TsigKey testKey(const QString &algorithm)
{
    const QList<QByteArray> parts = vector(QStringLiteral("key.txt")).trimmed().split(' ');
    return TsigKey::fromBase64(QString::fromLatin1(parts[0]), algorithm, parts[1]).value();
}

// The request MAC the response chains to, from our own signature of the dnspython update.
QByteArray requestMac(const TsigKey &key)
{
    return tsigSign(vector(QStringLiteral("update_a.bin")), key, kSignedAt, 300).value().mac;
}

QByteArray reencode(const Message &m)
{
    return m.encode().value();
}

} // namespace

class TestTsig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void algorithms_data();
    void algorithms();
    void algorithmFromText();
    void signsLikeDnspython_data() { algorithms_data(); }
    void signsLikeDnspython();
    void verifiesDnspythonResponse_data() { algorithms_data(); }
    void verifiesDnspythonResponse();
    void rejectsTamperedResponse();
    void rejectsWrongKeyOrChain();
    void rejectsOtherKeyNameOrAlgorithm();
    void rejectsOldResponse();
    void reportsUnsigned();
    void reportsServerBadTime();
    void reportsServerBadSigWithoutMac();
    void rejectsTruncatedMac();
    void keyFromBase64Errors();
    void bindKeyFile();
    void bindKeyFileErrors_data();
    void bindKeyFileErrors();
    void rcodeNames();
};

void TestTsig::algorithms_data()
{
    QTest::addColumn<QString>("algorithm");
    QTest::addColumn<int>("macLength");
    QTest::newRow("hmac-sha256") << "hmac-sha256" << 32;
    QTest::newRow("hmac-sha512") << "hmac-sha512" << 64;
    QTest::newRow("hmac-sha384") << "hmac-sha384" << 48;
    QTest::newRow("hmac-sha224") << "hmac-sha224" << 28;
    QTest::newRow("hmac-sha1") << "hmac-sha1" << 20;
}

void TestTsig::algorithms()
{
    QFETCH(QString, algorithm);
    QFETCH(int, macLength);
    const auto a = tsigAlgorithmFromText(algorithm);
    QVERIFY(a.hasValue());
    QCOMPARE(tsigAlgorithmText(a.value()), algorithm);
    QCOMPARE(tsigAlgorithmName(a.value()).toText(), algorithm + '.');
    QCOMPARE(tsigMacLength(a.value()), macLength);
}

void TestTsig::algorithmFromText()
{
    QCOMPARE(tsigAlgorithmFromText(QStringLiteral("HMAC-SHA512.")).value(), TsigAlgorithm::HmacSha512);
    const auto md5 = tsigAlgorithmFromText(QStringLiteral("hmac-md5"));
    QVERIFY(!md5.hasValue());
    QCOMPARE(md5.error(), QStringLiteral("unsupported TSIG algorithm \"hmac-md5\" (supported: hmac-sha256, hmac-sha512, hmac-sha384, "
                                         "hmac-sha224, hmac-sha1)"));
    // Without an algorithm a key is hmac-sha256.
    QCOMPARE(TsigKey::fromBase64(QStringLiteral("k"), {}, "AAAA").value().algorithm, TsigAlgorithm::HmacSha256);
}

void TestTsig::signsLikeDnspython()
{
    QFETCH(QString, algorithm);
    QFETCH(int, macLength);
    const TsigKey key = testKey(algorithm);
    const auto s = tsigSign(vector(QStringLiteral("update_a.bin")), key, kSignedAt, 300);
    QVERIFY(s.hasValue());
    QCOMPARE(s->wire.toHex(), vector(QStringLiteral("update_a_%1.bin").arg(algorithm)).toHex());
    QCOMPARE(s->mac.size(), macLength);
    // And the signed request decodes with its TSIG last.
    const auto m = Message::decode(s->wire);
    QVERIFY(m.hasValue());
    QCOMPARE(m->tsigOffset, vector(QStringLiteral("update_a.bin")).size());
    QCOMPARE(m->tsigRdata()->mac, s->mac);
    QCOMPARE(m->tsigRdata()->originalId, quint16(0x4321));
}

void TestTsig::verifiesDnspythonResponse()
{
    QFETCH(QString, algorithm);
    const TsigKey key = testKey(algorithm);
    const QByteArray wire = vector(QStringLiteral("response_%1.bin").arg(algorithm));
    const Message response = Message::decode(wire).value();
    const TsigCheck check = tsigVerifyResponse(wire, response, key, requestMac(key), kSignedAt + 1);
    QVERIFY2(check.verified(), qPrintable(check.text));
    QCOMPARE(check.error, 0);
}

void TestTsig::rejectsTamperedResponse()
{
    const TsigKey key = testKey(QStringLiteral("hmac-sha256"));
    QByteArray wire = vector(QStringLiteral("response_hmac-sha256.bin"));
    wire[3] = char(wire[3] | 0x05);  // rcode NOERROR -> REFUSED, as a forger would like
    const Message response = Message::decode(wire).value();
    QCOMPARE(response.rcode, quint8(Refused));
    const TsigCheck check = tsigVerifyResponse(wire, response, key, requestMac(key), kSignedAt + 1);
    QCOMPARE(check.status, TsigCheck::Status::Invalid);
    QCOMPARE(check.error, BadSig);
    QVERIFY2(check.text.contains(QLatin1String("does not verify (BADSIG)")), qPrintable(check.text));
}

void TestTsig::rejectsWrongKeyOrChain()
{
    const TsigKey key = testKey(QStringLiteral("hmac-sha256"));
    const QByteArray wire = vector(QStringLiteral("response_hmac-sha256.bin"));
    const Message response = Message::decode(wire).value();

    TsigKey wrong = key;
    wrong.secret[0] = char(wrong.secret[0] ^ 1);
    QCOMPARE(tsigVerifyResponse(wire, response, wrong, requestMac(key), kSignedAt + 1).error, BadSig);

    // A response not chained to our request (another request's MAC) does not verify either.
    QByteArray otherMac = requestMac(key);
    otherMac[0] = char(otherMac[0] ^ 1);
    QCOMPARE(tsigVerifyResponse(wire, response, key, otherMac, kSignedAt + 1).status, TsigCheck::Status::Invalid);
    QCOMPARE(tsigVerifyResponse(wire, response, key, {}, kSignedAt + 1).status, TsigCheck::Status::Invalid);
}

void TestTsig::rejectsOtherKeyNameOrAlgorithm()
{
    const TsigKey key = testKey(QStringLiteral("hmac-sha256"));
    const QByteArray wire = vector(QStringLiteral("response_hmac-sha256.bin"));
    const Message response = Message::decode(wire).value();

    TsigKey otherName = key;
    otherName.name = Name::fromText(QStringLiteral("other-key")).value();
    TsigCheck check = tsigVerifyResponse(wire, response, otherName, requestMac(key), kSignedAt + 1);
    QCOMPARE(check.status, TsigCheck::Status::Invalid);
    QCOMPARE(check.text, QStringLiteral("the response is signed with key ddns-key., not other-key."));

    TsigKey otherAlgorithm = key;
    otherAlgorithm.algorithm = TsigAlgorithm::HmacSha512;
    check = tsigVerifyResponse(wire, response, otherAlgorithm, requestMac(key), kSignedAt + 1);
    QCOMPARE(check.status, TsigCheck::Status::Invalid);
    QCOMPARE(check.text, QStringLiteral("the response is signed with algorithm hmac-sha256., not hmac-sha512"));
}

void TestTsig::rejectsOldResponse()
{
    const TsigKey key = testKey(QStringLiteral("hmac-sha256"));
    const QByteArray wire = vector(QStringLiteral("response_hmac-sha256.bin"));
    const Message response = Message::decode(wire).value();
    // Signed at kSignedAt + 1 with fudge 300: 300 s later is still fine, 301 s is not.
    QVERIFY(tsigVerifyResponse(wire, response, key, requestMac(key), kSignedAt + 301).verified());
    const TsigCheck check = tsigVerifyResponse(wire, response, key, requestMac(key), kSignedAt + 302);
    QCOMPARE(check.status, TsigCheck::Status::Invalid);
    QCOMPARE(check.error, BadTime);
    QCOMPARE(check.clockOffset, -301);
    QVERIFY2(check.text.contains(QLatin1String("301 s behind our clock")), qPrintable(check.text));
}

void TestTsig::reportsUnsigned()
{
    const TsigKey key = testKey(QStringLiteral("hmac-sha256"));
    const QByteArray wire = vector(QStringLiteral("response_nxdomain.bin"));
    const TsigCheck check = tsigVerifyResponse(wire, Message::decode(wire).value(), key, requestMac(key), kSignedAt);
    QCOMPARE(check.status, TsigCheck::Status::Unsigned);
    QCOMPARE(check.text, QStringLiteral("the response (NXDOMAIN) is not signed"));
}

void TestTsig::reportsServerBadTime()
{
    const TsigKey key = testKey(QStringLiteral("hmac-sha256"));
    const QByteArray wire = vector(QStringLiteral("response_badtime_hmac-sha256.bin"));
    const Message response = Message::decode(wire).value();
    QCOMPARE(response.rcode, quint8(NotAuth));
    const TsigCheck check = tsigVerifyResponse(wire, response, key, requestMac(key), kSignedAt);
    QCOMPARE(check.status, TsigCheck::Status::ServerError);
    QCOMPARE(check.error, BadTime);
    QCOMPARE(check.clockOffset, 1000);
    QVERIFY2(check.text.contains(QLatin1String("BADTIME")) && check.text.contains(QLatin1String("1000 s ahead of ours")), qPrintable(check.text));

    // The same BADTIME answer with a broken MAC is not believed.
    QByteArray forged = wire;
    forged[forged.size() - 20] = char(forged[forged.size() - 20] ^ 1);
    QCOMPARE(tsigVerifyResponse(forged, Message::decode(forged).value(), key, requestMac(key), kSignedAt).status,
             TsigCheck::Status::Invalid);
}

void TestTsig::reportsServerBadSigWithoutMac()
{
    // RFC 8945 5.3.2: a server that cannot verify the request answers NOTAUTH with an empty MAC.
    const TsigKey key = testKey(QStringLiteral("hmac-sha256"));
    Message response = Message::decode(vector(QStringLiteral("response_hmac-sha256.bin"))).value();
    response.rcode = NotAuth;
    auto &tsig = std::get<TsigRdata>(response.additionals.last().rdata);
    tsig.mac.clear();
    tsig.error = BadSig;
    const QByteArray wire = reencode(response);
    const TsigCheck check = tsigVerifyResponse(wire, Message::decode(wire).value(), key, requestMac(key), kSignedAt);
    QCOMPARE(check.status, TsigCheck::Status::ServerError);
    QCOMPARE(check.error, BadSig);
    QCOMPARE(check.text, QStringLiteral("the server reports BADSIG: the signature does not verify: wrong secret"));
}

void TestTsig::rejectsTruncatedMac()
{
    const TsigKey key = testKey(QStringLiteral("hmac-sha256"));
    Message response = Message::decode(vector(QStringLiteral("response_hmac-sha256.bin"))).value();
    auto &tsig = std::get<TsigRdata>(response.additionals.last().rdata);
    tsig.mac.truncate(16);
    const QByteArray wire = reencode(response);
    const TsigCheck check = tsigVerifyResponse(wire, Message::decode(wire).value(), key, requestMac(key), kSignedAt + 1);
    QCOMPARE(check.status, TsigCheck::Status::Invalid);
    QCOMPARE(check.error, BadTrunc);
    QVERIFY2(check.text.contains(QLatin1String("16 bytes, expected 32 (BADTRUNC")), qPrintable(check.text));
}

void TestTsig::keyFromBase64Errors()
{
    auto key = TsigKey::fromBase64(QStringLiteral("ddns-key"), QStringLiteral("hmac-sha256"), "not base64!");
    QVERIFY(!key.hasValue());
    QCOMPARE(key.error(), QStringLiteral("TSIG key \"ddns-key\": the secret is not valid base64 (as tsig-keygen prints it)"));
    key = TsigKey::fromBase64(QStringLiteral("ddns-key"), QStringLiteral("hmac-sha256"), "  ");
    QCOMPARE(key.error(), QStringLiteral("TSIG key \"ddns-key\": the secret is empty"));
    key = TsigKey::fromBase64(QStringLiteral("bad key"), QStringLiteral("hmac-sha256"), "AAAA");
    QVERIFY(key.error().startsWith(QLatin1String("TSIG key name: name \"bad key\" contains a space")));
    key = TsigKey::fromBase64(QStringLiteral("k"), QStringLiteral("hmac-md5"), "AAAA");
    QVERIFY(key.error().startsWith(QLatin1String("unsupported TSIG algorithm \"hmac-md5\"")));
}

void TestTsig::bindKeyFile()
{
    // As `tsig-keygen -a hmac-sha512 home-key` prints it, with comments around.
    const QByteArray text = "# made by tsig-keygen\n"
                            "key \"home-key\" {\n"
                            "\talgorithm hmac-sha512;\n"
                            "\tsecret \"AQIDBAUGBwgJCgsMDQ4PEBESExQVFhcYGRobHB0eHyA=\";\n"
                            "};\n"
                            "/* a second key */ key other-key { algorithm hmac-sha1; secret \"AAAA\"; }; // end\n";
    auto key = TsigKey::fromBindKeyFile(text, QStringLiteral("home-key"));
    QVERIFY2(key.hasValue(), qPrintable(key.hasValue() ? QString() : key.error()));
    QCOMPARE(key->name.toText(), QStringLiteral("home-key."));
    QCOMPARE(key->algorithm, TsigAlgorithm::HmacSha512);
    QCOMPARE(key->secret, testKey(QStringLiteral("hmac-sha256")).secret);

    key = TsigKey::fromBindKeyFile(text, QStringLiteral("other-key"));
    QVERIFY(key.hasValue());
    QCOMPARE(key->algorithm, TsigAlgorithm::HmacSha1);
    QCOMPARE(key->secret, QByteArray(3, '\0'));

    // One key: no name needed.
    key = TsigKey::fromBindKeyFile("key \"k\" { algorithm hmac-sha256; secret \"AAAA\"; };");
    QVERIFY(key.hasValue());
    QCOMPARE(key->name.toText(), QStringLiteral("k."));
}

void TestTsig::bindKeyFileErrors_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("error");
    const QByteArray two = "key a { algorithm hmac-sha256; secret \"AAAA\"; };\nkey b { algorithm hmac-sha256; secret \"AAAA\"; };\n";
    QTest::newRow("empty") << QByteArray("# nothing\n") << "" << "key file: no key statement found";
    QTest::newRow("two keys, no name") << two << "" << "key file holds 2 keys (a, b): name the one to use";
    QTest::newRow("unknown name") << two << "c" << "key file has no key \"c\" (it has: a, b)";
    QTest::newRow("no secret") << QByteArray("key a { algorithm hmac-sha256; };") << ""
                               << "key file: key \"a\" needs both an algorithm and a secret";
    QTest::newRow("bad secret") << QByteArray("key a { algorithm hmac-sha256; secret \"%%%\"; };") << ""
                                << "key file: TSIG key \"a\": the secret is not valid base64 (as tsig-keygen prints it)";
    QTest::newRow("unknown algorithm") << QByteArray("key a { algorithm hmac-md5; secret \"AAAA\"; };") << ""
                                       << "key file: unsupported TSIG algorithm \"hmac-md5\"";
    QTest::newRow("unknown field") << QByteArray("key a {\n algorithm hmac-sha256;\n colour blue;\n};") << ""
                                   << "key file: line 3: unknown key field 'colour' (expected algorithm or secret)";
    QTest::newRow("missing semicolon") << QByteArray("key a { algorithm hmac-sha256 secret \"AAAA\"; };") << ""
                                       << "key file: line 1: expected ';', found 'secret'";
    QTest::newRow("not a key") << QByteArray("options { };") << "" << "key file: line 1: unexpected 'options' (a key file holds key statements)";
    QTest::newRow("open string") << QByteArray("key a { algorithm hmac-sha256; secret \"AAAA; };") << ""
                                 << "key file: line 1: a quoted string is not closed";
    QTest::newRow("open comment") << QByteArray("/* key a") << "" << "key file: line 1: a /* comment is not closed";
}

void TestTsig::bindKeyFileErrors()
{
    QFETCH(QByteArray, text);
    QFETCH(QString, name);
    QFETCH(QString, error);
    const auto key = TsigKey::fromBindKeyFile(text, name);
    QVERIFY(!key.hasValue());
    QVERIFY2(key.error().startsWith(error), qPrintable(key.error()));
}

void TestTsig::rcodeNames()
{
    QCOMPARE(rcodeName(NotAuth), QStringLiteral("NOTAUTH"));
    QCOMPARE(rcodeName(Refused), QStringLiteral("REFUSED"));
    QCOMPARE(rcodeName(16), QStringLiteral("BADVERS"));
    QCOMPARE(rcodeName(42), QStringLiteral("RCODE42"));
    QCOMPARE(tsigErrorName(16), QStringLiteral("BADSIG"));
    QCOMPARE(tsigErrorName(17), QStringLiteral("BADKEY"));
    QCOMPARE(tsigErrorName(18), QStringLiteral("BADTIME"));
    QCOMPARE(tsigErrorName(22), QStringLiteral("BADTRUNC"));
    QCOMPARE(tsigErrorName(0), QStringLiteral("NOERROR"));
    QVERIFY(rcodeMeaning(ServFail).contains(QLatin1String("try again")));
    QVERIFY(tsigErrorMeaning(BadTime).contains(QLatin1String("clocks differ")));
}

QTEST_GUILESS_MAIN(TestTsig)
#include "tst_tsig.moc"
