#include "core/redact.h"

#include <QTest>

using namespace Qddns;

class TstRedact : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void credentialQueryKeys();
    void userInfo();
    void secretInPath();
    void secretInText();
    void basicCredentialsOfAnyAlignment_data();
    void basicCredentialsOfAnyAlignment();
    void secretInHost();
};

void TstRedact::credentialQueryKeys()
{
    const QUrl url(QStringLiteral("https://www.duckdns.org/update?domains=home&token=abcd-1234&ip=81.2.69.160"));
    const QString shown = redactUrl(url);
    QVERIFY(!shown.contains(QStringLiteral("abcd-1234")));
    QVERIFY(shown.contains(QStringLiteral("token=***")));
    QVERIFY(shown.contains(QStringLiteral("domains=home")));
    QVERIFY(shown.contains(QStringLiteral("ip=81.2.69.160")));
}

void TstRedact::userInfo()
{
    const QString shown = redactUrl(QUrl(QStringLiteral("https://user:hunter22@example.net/nic/update")));
    QVERIFY(!shown.contains(QStringLiteral("hunter22")));
    QVERIFY(!shown.contains(QStringLiteral("user:")));
}

void TstRedact::secretInPath()
{
    const QString secret = QStringLiteral("s3cr/et w+rd");
    QUrl url(QStringLiteral("https://example.net/update/"));
    url.setPath(QStringLiteral("/update/") + secret + QStringLiteral("/home"));
    const QString shown = redactUrl(url, {secret});
    QVERIFY2(!shown.contains(QStringLiteral("s3cr")), qPrintable(shown));
    QVERIFY(shown.contains(QStringLiteral("/home")));
}

void TstRedact::secretInText()
{
    const QString secret = QStringLiteral("p@ss:word");
    const QString basic = QString::fromLatin1(secret.toUtf8().toBase64());
    const QString text = QStringLiteral("a %1 b %2 c p%40ss%3Aword").arg(secret, basic);
    const QString shown = redactText(text, {secret});
    QCOMPARE(shown, QStringLiteral("a *** b *** c ***"));
}

void TstRedact::basicCredentialsOfAnyAlignment_data()
{
    QTest::addColumn<QString>("user");
    // base64(user:secret) holds base64(secret) only when len(user) + 1 is a multiple of 3.
    QTest::newRow("user of 2 (aligned)") << "me";
    QTest::newRow("user of 3") << "bob";
    QTest::newRow("user of 4") << "anna";
    QTest::newRow("user of 5 (aligned)") << "alice";
    QTest::newRow("e-mail user") << "me@example.org";
}

void TstRedact::basicCredentialsOfAnyAlignment()
{
    QFETCH(QString, user);
    const QString secret = QStringLiteral("hunter2-secret");
    const QString encoded = QString::fromLatin1((user + ':' + secret).toUtf8().toBase64());
    // A provider echoing the request's header in an error reply.
    const QString echoed = QStringLiteral("401 denied for Authorization: Basic %1 (try again)").arg(encoded);
    const QString shown = redactText(echoed, {secret});
    QVERIFY2(!shown.contains(encoded), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("Basic ***")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("(try again)")), qPrintable(shown));
    // The same base64 without the "Basic" word around it, and in base64url.
    const QString bare = redactText(QStringLiteral("value=") + encoded + QStringLiteral(";"), {secret});
    QCOMPARE(bare, QStringLiteral("value=***;"));
    const QString url = QString::fromLatin1((user + ':' + secret).toUtf8().toBase64(QByteArray::Base64UrlEncoding));
    QVERIFY2(!redactText(url, {secret}).contains(url), qPrintable(url));
    // Any Basic or Bearer credential, even of another secret, is masked whole.
    QCOMPARE(redactText(QStringLiteral("Authorization: Basic dTpw"), {}), QStringLiteral("Authorization: Basic ***"));
    QCOMPARE(redactText(QStringLiteral("Authorization: Bearer abcdefghijklmnop0123"), {}),
             QStringLiteral("Authorization: Bearer ***"));
}

void TstRedact::secretInHost()
{
    // QUrl lowercases the host: a secret with capitals placed there must still be masked.
    const QString secret = QStringLiteral("AbCdEf1234");
    const QUrl url(QStringLiteral("https://%1.dyn.example.net/update?host=home").arg(secret));
    QCOMPARE(url.host(), QStringLiteral("abcdef1234.dyn.example.net"));
    const QString shown = redactUrl(url, {secret});
    QVERIFY2(!shown.contains(QStringLiteral("abcdef1234"), Qt::CaseInsensitive), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral(".dyn.example.net/update?host=home")), qPrintable(shown));
    // An error text quoting the host as QUrl shows it.
    QVERIFY(!redactText(QStringLiteral("Host abcdef1234.dyn.example.net not found"), {secret}).contains(QStringLiteral("abcdef1234")));
}

QTEST_GUILESS_MAIN(TstRedact)
#include "tst_redact.moc"
