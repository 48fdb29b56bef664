// HTTP value types: the one Retry-After parser every provider shares.
#include "core/http.h"

#include <QTest>

using namespace Qddns;
using namespace std::chrono_literals;

class TstHttp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void retryAfter_data();
    void retryAfter();
};

void TstHttp::retryAfter_data()
{
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("date");
    QTest::addColumn<qint64>("seconds");

    QTest::newRow("absent") << QByteArray() << QByteArray() << qint64(0);
    QTest::newRow("seconds") << QByteArray("120") << QByteArray() << qint64(120);
    QTest::newRow("spaces") << QByteArray(" 90 ") << QByteArray() << qint64(90);
    QTest::newRow("zero") << QByteArray("0") << QByteArray() << qint64(0);
    QTest::newRow("at the cap") << QByteArray("21600") << QByteArray() << qint64(21600);
    QTest::newRow("int max: capped at 6 h") << QByteArray("2147483647") << QByteArray() << qint64(21600);
    QTest::newRow("beyond 64 bits: capped") << QByteArray("99999999999999999999999") << QByteArray() << qint64(21600);
    QTest::newRow("negative: ignored") << QByteArray("-5") << QByteArray() << qint64(0);
    QTest::newRow("garbage: ignored") << QByteArray("soon") << QByteArray() << qint64(0);
    QTest::newRow("HTTP-date, 2 minutes after Date")
        << QByteArray("Mon, 07 Dec 2026 10:02:00 GMT") << QByteArray("Mon, 07 Dec 2026 10:00:00 GMT") << qint64(120);
    QTest::newRow("HTTP-date far away: capped")
        << QByteArray("Fri, 01 Jan 2094 00:00:00 GMT") << QByteArray("Mon, 07 Dec 2026 10:00:00 GMT") << qint64(21600);
    QTest::newRow("HTTP-date in the past") << QByteArray("Mon, 07 Dec 2026 09:00:00 GMT")
                                           << QByteArray("Mon, 07 Dec 2026 10:00:00 GMT") << qint64(0);
    QTest::newRow("HTTP-date without Date: ignored") << QByteArray("Mon, 07 Dec 2026 10:02:00 GMT") << QByteArray() << qint64(0);
}

void TstHttp::retryAfter()
{
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, date);
    QFETCH(qint64, seconds);
    HttpReply reply;
    reply.status = 429;
    if (!retryAfter.isNull())
        reply.headers.append({"Retry-After", retryAfter});
    if (!date.isNull())
        reply.headers.append({"Date", date});
    QCOMPARE(retryAfterDelay(reply).count(), seconds);
    QCOMPARE(kMaxRetryDelay, std::chrono::seconds(6h));
}

QTEST_GUILESS_MAIN(TstHttp)
#include "tst_http.moc"
