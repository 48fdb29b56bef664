#include "net/redact.h"

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

QTEST_GUILESS_MAIN(TstRedact)
#include "tst_redact.moc"
