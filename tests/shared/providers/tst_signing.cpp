// The request signers of the cloud DNS APIs against their providers' own published examples:
// AWS's Signature Version 4 test suite (docs.aws.amazon.com/general/latest/gr/signature-v4-test-suite.html,
// the get-vanilla family), Alibaba Cloud DNS's signature example (help.aliyun.com/document_detail/29747.html),
// Tencent Cloud's TC3-HMAC-SHA256 example (cloud.tencent.com/document/api/213/30654), Huawei Cloud's
// SDK-HMAC-SHA256 example (support.huaweicloud.com/devg-apisign), Baidu's bce-auth-v1 example
// (cloud.baidu.com/doc/Reference/s/njwvz1yfu) and BytePlus/Volcengine's canonical request example.
// The RSA signatures (Google's RS256 JWT, TransIP's SHA-512) are checked by the openssl program
// against a key pair the test makes.
#include "providers/signing/acsrpc.h"
#include "providers/signing/bceauth.h"
#include "providers/signing/canonicalrequest.h"
#include "providers/signing/ovhsignature.h"
#include "providers/signing/rsa.h"
#include "providers/signing/sdkhmac.h"
#include "providers/signing/sigv4.h"
#include "providers/signing/tc3.h"

#include "fakes/process.h"

#include <QJsonDocument>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qddns;
using namespace Qddns::Signing;

Q_DECLARE_METATYPE(HttpHeaders)

namespace {

QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate);
}

// AWS's test-suite credentials and scope (every get-vanilla case).
const SigV4Credentials kAwsSuite{"AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "service", {}};

void writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(data) != data.size())
        qFatal("cannot write %s", qPrintable(path));
}

} // namespace

class TstSigning : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void uriEncoding();
    void awsTestSuite_data();
    void awsTestSuite();
    void awsSigningKeyExample();
    void alibabaRpcExample();
    void tencentTc3Example();
    void huaweiSdkHmacExample();
    void baiduBceExample();
    void volcengineCanonicalRequestExample();
    void ovhSignatureConstruction();
    void rsaSignaturesVerifyWithOpenssl();
    void rsaKeyErrors();
};

void TstSigning::uriEncoding()
{
    // RFC 3986 as every scheme wants it: a space is %20, '*' is encoded, '~' is not.
    QCOMPARE(uriEncode("a b*c~d/é+="), QByteArray("a%20b%2Ac~d%2F%C3%A9%2B%3D"));
    QCOMPARE(uriEncode("/a b/c", true), QByteArray("/a%20b/c"));
    QCOMPARE(hostHeader(QUrl("https://route53.amazonaws.com/x")), QByteArray("route53.amazonaws.com"));
    QCOMPARE(hostHeader(QUrl("https://127.0.0.1:8443/x")), QByteArray("127.0.0.1:8443"));
    QCOMPARE(hostHeader(QUrl("http://[::1]:80/x")), QByteArray("[::1]"));
}

void TstSigning::awsTestSuite_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("url");
    QTest::addColumn<HttpHeaders>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("sessionToken");
    QTest::addColumn<QByteArray>("authorization");

    const QByteArray credential = "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, ";
    const QByteArray plain = credential + "SignedHeaders=host;x-amz-date, Signature=";
    QTest::newRow("get-vanilla") << QByteArray("GET") << "https://example.amazonaws.com/" << HttpHeaders{} << QByteArray()
                                 << QString() << plain + "5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31";
    QTest::newRow("get-vanilla-query-order-key-case")
        << QByteArray("GET") << "https://example.amazonaws.com/?Param2=value2&Param1=value1" << HttpHeaders{} << QByteArray()
        << QString() << plain + "b97d918cfa904a5beff61c982a1b6f458b799221646efd99d3219ec94cdf2500";
    QTest::newRow("get-vanilla-query-unreserved")
        << QByteArray("GET")
        << "https://example.amazonaws.com/?-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz="
           "-._~0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
        << HttpHeaders{} << QByteArray() << QString() << plain + "9c3e54bfcdf0b19771a7f523ee5669cdf59bc7cc0884027167c21bb143a40197";
    QTest::newRow("get-utf8") << QByteArray("GET") << QString::fromUtf8("https://example.amazonaws.com/\u1234") << HttpHeaders{}
                              << QByteArray() << QString() << plain + "8318018e0b0f223aa2bbf98705b62bb787dc9c0e678f255a891fd03141be5d85";
    QTest::newRow("get-vanilla-utf8-query") << QByteArray("GET") << QString::fromUtf8("https://example.amazonaws.com/?\u1234=bar")
                                            << HttpHeaders{} << QByteArray() << QString()
                                            << plain + "2cdec8eed098649ff3a119c94853b13c643bcf08f8b0a1d91e12c9027818dd04";
    QTest::newRow("get-header-value-trim")
        << QByteArray("GET") << "https://example.amazonaws.com/"
        << HttpHeaders{{"My-Header1", " value1"}, {"My-Header2", " \"a   b   c\""}} << QByteArray() << QString()
        << credential + "SignedHeaders=host;my-header1;my-header2;x-amz-date, Signature=acc3ed3afb60bb290fc8d2dd0098b9911fcaa05412b367055dee359757a9c736";
    QTest::newRow("get-vanilla-with-session-token")
        << QByteArray("GET") << "https://example.amazonaws.com/" << HttpHeaders{} << QByteArray()
        << "6e86291e8372ff2a2260956d9b8aae1d763fbf315fa00fa31553b73ebf194267"
        << credential + "SignedHeaders=host;x-amz-date;x-amz-security-token, Signature=07ec1639c89043aa0e3e2de82b96708f198cceab042d4a97044c66dd9f74e7f8";
    QTest::newRow("post-vanilla") << QByteArray("POST") << "https://example.amazonaws.com/" << HttpHeaders{} << QByteArray()
                                  << QString() << plain + "5da7c1a2acd57cee7505fc6676e4e544621c30862966e37dddb68e92efbe5d6b";
    QTest::newRow("post-vanilla-query") << QByteArray("POST") << "https://example.amazonaws.com/?Param1=value1" << HttpHeaders{}
                                        << QByteArray() << QString()
                                        << plain + "28038455d6de14eafc1f9222cf5aa6f1a96197d7deb8263271d420d138af7f11";
    // The body is signed: its hash travels in x-amz-content-sha256 as the suite's request has it.
    QTest::newRow("post-x-www-form-urlencoded")
        << QByteArray("POST") << "https://example.amazonaws.com/"
        << HttpHeaders{{"Content-Type", "application/x-www-form-urlencoded"},
                       {"Content-Length", "13"},
                       {"x-amz-content-sha256", "9095672bbd1f56dfc5b65f3e153adc8731a4a654192329106275f4c7b24d0b6e"}}
        << QByteArray("Param1=value1") << QString()
        << credential + "SignedHeaders=content-length;content-type;host;x-amz-content-sha256;x-amz-date, "
                        "Signature=d3875051da38690788ef43de4db0d8f280229d82040bfac253562e56c3f20e0b";
}

void TstSigning::awsTestSuite()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, url);
    QFETCH(HttpHeaders, headers);
    QFETCH(QByteArray, body);
    QFETCH(QString, sessionToken);
    QFETCH(QByteArray, authorization);

    HttpRequest request;
    request.method = method;
    request.url = QUrl(url);
    request.headers = headers;
    request.body = body;
    SigV4Credentials credentials = kAwsSuite;
    credentials.sessionToken = sessionToken;
    signSigV4(request, credentials, utc("2015-08-30T12:36:00Z"));
    QCOMPARE(request.header("X-Amz-Date"), QByteArray("20150830T123600Z"));
    QCOMPARE(request.header("Authorization"), authorization);
    QCOMPARE(request.header("X-Amz-Security-Token"), sessionToken.toUtf8());

    // Signing again (a retry) replaces the signature instead of signing it.
    signSigV4(request, credentials, utc("2015-08-30T12:36:00Z"));
    QCOMPARE(request.header("Authorization"), authorization);
    QCOMPARE(std::count_if(request.headers.cbegin(), request.headers.cend(), [](const auto &h) { return h.first == "Authorization"; }), 1);
}

void TstSigning::awsSigningKeyExample()
{
    // "Examples of how to derive a signing key" (AWS General Reference): 20120215, us-east-1, iam.
    const SigV4Credentials credentials{"", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", "us-east-1", "iam", {}};
    QCOMPARE(sigV4SigningKey(credentials, "20120215", SigV4Scheme::aws()).toHex(),
             QByteArray("f4780e2d9f65fa895f9c67b32ce1baf0b0d8a43505a000a1a9e090d414db404d"));
}

void TstSigning::alibabaRpcExample()
{
    // The example of Alibaba Cloud DNS's "Signature mechanism": DescribeDomainRecords for example.com.
    const QueryParameters parameters{
        {"Format", "XML"},
        {"AccessKeyId", "testid"},
        {"Action", "DescribeDomainRecords"},
        {"SignatureMethod", "HMAC-SHA1"},
        {"DomainName", "example.com"},
        {"SignatureNonce", "f59ed6a9-83fc-473b-9cc6-99c95df3856e"},
        {"SignatureVersion", "1.0"},
        {"Version", "2015-01-09"},
        {"Timestamp", "2016-03-24T16:41:54Z"},
    };
    QCOMPARE("GET&%2F&" + uriEncode(acsRpcCanonicalQuery(parameters)),
             QByteArray("GET&%2F&AccessKeyId%3Dtestid%26Action%3DDescribeDomainRecords%26DomainName%3Dexample.com%26Format%3DXML"
                        "%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3Df59ed6a9-83fc-473b-9cc6-99c95df3856e%26SignatureVersion"
                        "%3D1.0%26Timestamp%3D2016-03-24T16%253A41%253A54Z%26Version%3D2015-01-09"));
    QCOMPARE(acsRpcSignature("GET", parameters, "testsecret"), QByteArray("uRpHwaSEt3J+6KQD//svCh/x+pI="));
    QVERIFY(acsRpcSignedQuery("GET", parameters, "testsecret").endsWith("&Signature=uRpHwaSEt3J%2B6KQD%2F%2FsvCh%2Fx%2BpI%3D"));

    // The common parameters qddns adds: JSON, the time in seconds, the nonce as given.
    const QueryParameters common = acsRpcParameters({{"Action", "DescribeSubDomainRecords"}}, "testid", "2015-01-09",
                                                    utc("2016-03-24T16:41:54.750Z"), "nonce");
    QVERIFY(common.contains(std::pair<QString, QString>("Timestamp", "2016-03-24T16:41:54Z")));
    QVERIFY(common.contains(std::pair<QString, QString>("Format", "JSON")));
    QVERIFY(common.contains(std::pair<QString, QString>("SignatureNonce", "nonce")));
}

void TstSigning::tencentTc3Example()
{
    // "Signature v3" of Tencent Cloud API 3.0: CVM DescribeInstances at 1551113065 (the key as
    // the documentation prints it, asterisks included).
    HttpRequest request;
    request.method = "POST";
    request.url = QUrl("https://cvm.tencentcloudapi.com/");
    request.headers = {{"Content-Type", "application/json; charset=utf-8"}, {"X-TC-Action", "DescribeInstances"}};
    request.body = R"({"Limit": 1, "Filters": [{"Values": ["\u672a\u547d\u540d"], "Name": "instance-name"}]})";
    signTc3(request, {"AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******", "Gu5t9xGARNpq86cd98joQYCN3*******", "cvm"},
            QDateTime::fromSecsSinceEpoch(1551113065, Qt::UTC));
    QCOMPARE(request.header("X-TC-Timestamp"), QByteArray("1551113065"));
    QCOMPARE(request.header("Authorization"),
             QByteArray("TC3-HMAC-SHA256 Credential=AKIDz8krbsJ5yKBZQpn74WFkmLPx3*******/2019-02-25/cvm/tc3_request, "
                        "SignedHeaders=content-type;host, Signature=2230eefd229f582d8b1b891af7107b91597240707d778ab3738f756258d7652c"));
}

void TstSigning::huaweiSdkHmacExample()
{
    // Huawei Cloud's "API signing algorithm": listing VPCs, its canonical request hashes to
    // b25362e6… and its signature is 7be66680….
    HttpRequest request;
    request.url = QUrl("https://service.region.example.com/v1/77b6a44cba5143ab91d13ab9a8ff44fd/vpcs?marker=13551d6b-755d-4757-b956-536f674975c0&limit=2");
    request.headers = {{"Content-Type", "application/json"}};
    HttpRequest dated = request;
    dated.headers.append({QByteArray("X-Sdk-Date"), QByteArray("20191115T033655Z")});
    const CanonicalRequest canonical = canonicalRequest(dated, allHeaderNames(dated), sha256Hex({}), true);
    QCOMPARE(sha256Hex(canonical.text), QByteArray("b25362e603ee30f4f25e7858e8a7160fd36e803bb2dfe206278659d71a9bcd7a"));

    signSdkHmac(request, "QTWAOYTTINDUT2QVKYUC", "MFyfvK41ba2giqM7Uio6PznpdUKGpownRZlmVmHc", utc("2019-11-15T03:36:55Z"));
    QCOMPARE(request.header("X-Sdk-Date"), QByteArray("20191115T033655Z"));
    QCOMPARE(request.header("Authorization"),
             QByteArray("SDK-HMAC-SHA256 Access=QTWAOYTTINDUT2QVKYUC, SignedHeaders=content-type;host;x-sdk-date, "
                        "Signature=7be6668032f70418fcc22abc52071e57aff61b84a1d2381bb430d6870f4f6ebe"));
}

void TstSigning::baiduBceExample()
{
    // "Generating the authentication string": a BOS UploadPart, Baidu's default signed headers.
    HttpRequest request;
    request.method = "PUT";
    request.url = QUrl("https://bj.bcebos.com/v1/test/myfolder/readme.txt?partNumber=9&uploadId=a44cc9bab11cbd156984767aad637851");
    request.headers = {{"Date", "Mon, 27 Apr 2015 16:23:49 +0800"},
                       {"Content-Type", "text/plain"},
                       {"Content-Length", "8"},
                       {"Content-Md5", "NFzcPqhviddjRNnSOGo4rw=="},
                       {"x-bce-date", "2015-04-27T08:23:49Z"}};
    const QString ak(32, QLatin1Char('a'));
    const QString sk(32, QLatin1Char('b'));
    const BceAuthString auth = bceAuthString(request, ak, sk, utc("2015-04-27T08:23:49Z"), 1800, {});
    QCOMPARE(auth.signingKey, QByteArray("1d5ce5f464064cbee060330d973218821825ac6952368a482a592e6615aef479"));
    QCOMPARE(auth.canonicalRequest, QByteArray("PUT\n/v1/test/myfolder/readme.txt\npartNumber=9&uploadId=a44cc9bab11cbd156984767aad637851\n"
                                               "content-length:8\ncontent-md5:NFzcPqhviddjRNnSOGo4rw%3D%3D\ncontent-type:text%2Fplain\n"
                                               "host:bj.bcebos.com\nx-bce-date:2015-04-27T08%3A23%3A49Z"));
    QCOMPARE(auth.authorization, QByteArray("bce-auth-v1/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/2015-04-27T08:23:49Z/1800//"
                                            "d74a04362e6a848f5b39b15421cb449427f419c95a480fd6b8cf9fc783e2999e"));

    // What qddns signs (host and x-bce-date, named): the same example's inputs give the value
    // Baidu's signing tool and other clients compute.
    const BceAuthString named = bceAuthString(request, ak, sk, utc("2015-04-27T08:23:49Z"), 1800, {"host", "x-bce-date"});
    QCOMPARE(named.authorization, QByteArray("bce-auth-v1/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa/2015-04-27T08:23:49Z/1800/host;x-bce-date/"
                                             "1b8de5a23a56eef657c69f94c621e7acd227d049a4ba577f537d5e5cebf0cf32"));
    // The canonical query sorts the whole encoded "name=value" strings (Baidu's own example).
    request.url = QUrl(QString::fromUtf8("https://bj.bcebos.com/?text&text1=\u6d4b\u8bd5&text10=test"));
    QVERIFY(bceAuthString(request, ak, sk, utc("2015-04-27T08:23:49Z"), 1800, {"host"})
                .canonicalRequest.contains("\ntext10=test&text1=%E6%B5%8B%E8%AF%95&text=\n"));
}

void TstSigning::volcengineCanonicalRequestExample()
{
    // BytePlus (Volcengine's international brand), "Signature example": IAM ListUsers at
    // 20201230T081805Z; its canonical request hashes to 4809ff4a….
    HttpRequest request;
    request.url = QUrl("https://iam.byteplusapi.com/?Action=ListUsers&Version=2018-01-01&Limit=10&Offset=0");
    request.headers = {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"},
                       {"X-Content-Sha256", sha256Hex({})},
                       {"X-Date", "20201230T081805Z"}};
    const CanonicalRequest canonical = canonicalRequest(request, allHeaderNames(request), sha256Hex({}));
    QCOMPARE(canonical.signedHeaders, QByteArray("content-type;host;x-content-sha256;x-date"));
    QCOMPARE(sha256Hex(canonical.text), QByteArray("4809ff4a3260bb6714f750191275cfcf0c16466951fcfd99187e69644b6ae020"));

    // The signer adds the same two headers and signs under the scope .../request.
    HttpRequest signedRequest = request;
    signedRequest.headers = {{"Content-Type", "application/x-www-form-urlencoded; charset=utf-8"}};
    const SigV4Credentials credentials{"AKLTexample", "secret", "ap-singapore-1", "iam", {}};
    signSigV4(signedRequest, credentials, utc("2020-12-30T08:18:05Z"), SigV4Scheme::volcengine());
    QCOMPARE(signedRequest.header("X-Date"), QByteArray("20201230T081805Z"));
    QCOMPARE(signedRequest.header("X-Content-Sha256"), sha256Hex({}));
    const QByteArray toSign = "HMAC-SHA256\n20201230T081805Z\n20201230/ap-singapore-1/iam/request\n"
                              "4809ff4a3260bb6714f750191275cfcf0c16466951fcfd99187e69644b6ae020";
    QCOMPARE(signedRequest.header("Authorization"),
             "HMAC-SHA256 Credential=AKLTexample/20201230/ap-singapore-1/iam/request, SignedHeaders=content-type;host;x-content-sha256;x-date, "
             "Signature=" + hmacSha256(sigV4SigningKey(credentials, "20201230", SigV4Scheme::volcengine()), toSign).toHex());
    // Volcengine's key has no prefix and ends the scope with "request".
    QCOMPARE(sigV4SigningKey(credentials, "20201230", SigV4Scheme::volcengine()),
             hmacSha256(hmacSha256(hmacSha256(hmacSha256("secret", "20201230"), "ap-singapore-1"), "iam"), "request"));
}

void TstSigning::ovhSignatureConstruction()
{
    // OVHcloud's "Signing requests": "$1$" + SHA1_HEX(AS+"+"+CK+"+"+METHOD+"+"+QUERY+"+"+BODY+"+"+TSTAMP),
    // QUERY being the full URL. The expected values are SHA-1 of those strings spelled out
    // (computed apart from qddns, with Python's hashlib), one without a body and one with.
    const QString as = "EgWIz07P0HYwtQDs";
    const QString ck = "MtSwSrPpNjqfVSmJhLbPyr2i45lSDPU1";
    QCOMPARE(ovhSignature(as, ck, "GET", "https://eu.api.ovh.com/1.0/domain/zone/example.com/record?fieldType=A&subDomain=home", {}, 1366560945),
             QByteArray("$1$5997d103683fbc3df8e17fa52fad29ed40177ad7"));
    QCOMPARE(ovhSignature(as, ck, "PUT", "https://eu.api.ovh.com/1.0/domain/zone/example.com/record/5118311412",
                          "{\"target\":\"81.2.69.160\"}", 1366560945),
             QByteArray("$1$db5195aea1cc2adf55dffe973b6bd29bb567c81d"));

    // signOvh: the four headers, the URL signed as it is sent (query included).
    HttpRequest request;
    request.url = QUrl("https://eu.api.ovh.com/1.0/domain/zone/example.com/record?fieldType=A&subDomain=home");
    signOvh(request, "7kbG7Bk7S9Nt7ZSV", as, ck, QDateTime::fromSecsSinceEpoch(1366560945, Qt::UTC));
    QCOMPARE(request.headers, (HttpHeaders{{"X-Ovh-Application", "7kbG7Bk7S9Nt7ZSV"},
                                           {"X-Ovh-Consumer", ck.toUtf8()},
                                           {"X-Ovh-Timestamp", "1366560945"},
                                           {"X-Ovh-Signature", "$1$5997d103683fbc3df8e17fa52fad29ed40177ad7"}}));
}

void TstSigning::rsaSignaturesVerifyWithOpenssl()
{
    const QString openssl = QStandardPaths::findExecutable("openssl");
    if (openssl.isEmpty())
        QSKIP("openssl is not installed (scripts/install-deps test)");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString key = dir.filePath("key.pem");
    const QString pub = dir.filePath("pub.pem");
    QCOMPARE(Test::runProgram(openssl, {"genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", key}).exitCode, 0);
    QCOMPARE(Test::runProgram(openssl, {"pkey", "-in", key, "-pubout", "-out", pub}).exitCode, 0);
    QFile keyFile(key);
    QVERIFY(keyFile.open(QIODevice::ReadOnly));
    const QByteArray pem = keyFile.readAll();

    // A JWT as Google's token endpoint wants it: RS256 over base64url(header).base64url(claims).
    const QJsonObject claims{{"iss", "dns-updater@example-project.iam.gserviceaccount.com"},
                             {"scope", "https://www.googleapis.com/auth/ndev.clouddns.readwrite"},
                             {"aud", "https://oauth2.googleapis.com/token"},
                             {"iat", 1765100000},
                             {"exp", 1765103600}};
    const auto jwt = jwtRs256(claims, pem, "0123abcd");
    QVERIFY2(jwt, jwt ? "" : qPrintable(jwt.error()));
    const QByteArrayList parts = jwt->split('.');
    QCOMPARE(parts.size(), 3);
    const auto decode = [](const QByteArray &part) {
        return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
    };
    QCOMPARE(decode(parts[0]), (QJsonObject{{"alg", "RS256"}, {"typ", "JWT"}, {"kid", "0123abcd"}}));
    QCOMPARE(decode(parts[1]), claims);
    QVERIFY(!parts[2].contains('=') && !parts[2].contains('+') && !parts[2].contains('/'));

    const QString data = dir.filePath("jwt-input");
    writeFile(data, parts[0] + '.' + parts[1]);
    writeFile(dir.filePath("jwt-sig"), QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding));
    const auto verify = [&](const char *digest, const QString &signature, const QString &input) {
        return Test::runProgram(openssl, {"dgst", digest, "-verify", pub, "-signature", signature, input});
    };
    Test::ProcessRun run = verify("-sha256", dir.filePath("jwt-sig"), data);
    QVERIFY2(run.exitCode == 0 && run.out.contains("Verified OK"), run.out + run.err);
    // A changed claim no longer verifies: the check above can fail.
    QJsonObject forged = claims;
    forged.insert("exp", 1865103600);
    writeFile(dir.filePath("jwt-forged"),
              parts[0] + '.' + QJsonDocument(forged).toJson(QJsonDocument::Compact).toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    QVERIFY(verify("-sha256", dir.filePath("jwt-sig"), dir.filePath("jwt-forged")).exitCode != 0);

    // TransIP signs its token request's body with SHA-512.
    const QByteArray body = R"({"login":"example","nonce":"0123456789abcdef"})";
    const auto signature = rsaSign(pem, body, RsaHash::Sha512);
    QVERIFY2(signature, signature ? "" : qPrintable(signature.error()));
    writeFile(dir.filePath("body"), body);
    writeFile(dir.filePath("body-sig"), *signature);
    run = verify("-sha512", dir.filePath("body-sig"), dir.filePath("body"));
    QVERIFY2(run.exitCode == 0 && run.out.contains("Verified OK"), run.out + run.err);
    QVERIFY(verify("-sha256", dir.filePath("body-sig"), dir.filePath("body")).exitCode != 0);
}

void TstSigning::rsaKeyErrors()
{
    // A broken key is named as such; the message never quotes it.
    const QByteArray broken = "-----BEGIN PRIVATE KEY-----\nMIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQCsecretsecret\n-----END PRIVATE KEY-----\n";
    const auto result = rsaSign(broken, "data", RsaHash::Sha256);
    QVERIFY(!result);
    QVERIFY2(result.error().contains("not an unencrypted PEM private key"), qPrintable(result.error()));
    QVERIFY(!result.error().contains("secretsecret"));
    QVERIFY(!rsaSign("not a key at all", "data", RsaHash::Sha256));
    QVERIFY(!jwtRs256({}, QByteArray(), QString()));
}

QTEST_GUILESS_MAIN(TstSigning)
#include "tst_signing.moc"
