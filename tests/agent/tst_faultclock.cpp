// Issue 16, faults: the wall clock jumping forward and backward under the real qddns-agent
// (libfaketime moves CLOCK_REALTIME only, as an NTP step or a wrong RTC would): no update storm,
// backoffs and holds still respected, and no record parked for the length of the jump.
#include "fakes/fakehttpserver.h"
#include "fakes/faultagent.h"
#include "fakes/fixtures.h"
#include "fakes/process.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qddns::Test;

namespace {
constexpr qint64 kDay = 86400;
constexpr qint64 kYear = 365 * kDay;
} // namespace

class TstFaultClock : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void shiftedClockKeepsQtWaits_data();
    void shiftedClockKeepsQtWaits();
    void jumpsCauseNoUpdateStorm();
    void backoffSurvivesAJumpBack();
    void holdSurvivesJumps();

private:
    ProcessRun once(qint64 clockOffset) const;
    int updates() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<FakeHttpServer> m_echo;
    std::unique_ptr<FakeHttpServer> m_provider;
};

void TstFaultClock::initTestCase()
{
    if (fakeTimeLibrary().isEmpty())
        QSKIP("libfaketime is not installed (Debian package faketime)");
}

void TstFaultClock::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(writeSecretFile(m_dir->filePath("secret"), "clock-s3cret"));
    m_echo = std::make_unique<FakeHttpServer>();
    m_provider = std::make_unique<FakeHttpServer>();
    QVERIFY(listenEchoAndDyndns2(*m_echo, *m_provider));
    QJsonArray profiles;
    for (int p = 0; p < 3; ++p)
        profiles.append(QJsonObject{{"name", QStringLiteral("p%1").arg(p)}, {"provider", "dyndns2"},
                                    {"server", m_provider->baseUrl().toString()},
                                    {"hosts", QJsonArray{QStringLiteral("h%1.example.org").arg(p)}}, {"username", "alice"},
                                    {"secret", QJsonObject{{"source", "file"}, {"path", m_dir->filePath("secret")}}}});
    const QJsonObject config{{"version", 1}, {"tls", QJsonObject{{"caFile", FakeHttpServer::caFile()}}},
                             {"detectors", QJsonObject{{"ipv4", QJsonArray{QJsonObject{{"type", "web"}, {"url", m_echo->baseUrl().toString()}}}},
                                                       {"ipv6", QJsonArray{}}}},
                             {"profiles", profiles}};
    QFile file(m_dir->filePath("config.json"));
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(config).toJson());
}

void TstFaultClock::cleanup()
{
    m_provider.reset();
    m_echo.reset();
    m_dir.reset();
}

ProcessRun TstFaultClock::once(qint64 clockOffset) const
{
    return runAgent({"once", "--json", "--config", m_dir->filePath("config.json"), "--state-dir", m_dir->filePath("state")},
                    shiftedClock(clockOffset));
}

int TstFaultClock::updates() const
{
    int n = 0;
    for (const RecordedRequest &r : m_provider->requests())
        n += r.path == QLatin1String("/nic/update") ? 1 : 0;
    return n;
}

void TstFaultClock::shiftedClockKeepsQtWaits_data()
{
    QTest::addColumn<qint64>("offset");
    QTest::newRow("a year ahead") << kYear;
    QTest::newRow("a year behind") << -kYear;
    QTest::newRow("no shift") << qint64(0);
}

// The harness itself: under shiftedClock() a Qt wait lasts as long as asked. With libfaketime's
// default "monotonic fix" every wait ended at once, so the agents here ran with every timeout cut
// short (and Qt gave up waiting for its HTTP thread at exit).
void TstFaultClock::shiftedClockKeepsQtWaits()
{
    QFETCH(qint64, offset);
    const ProcessRun run = runProgram(QStringLiteral(QDDNS_THREADWAIT_BINARY), {}, shiftedClock(offset));
    QVERIFY2(run.exitCode == 0, run.out + run.err);
    const QList<QByteArray> fields = run.out.trimmed().split(' ');
    QCOMPARE(fields.size(), 2);
    const qint64 waitedMs = fields.at(1).toLongLong();
    QVERIFY2(waitedMs >= 900 && waitedMs < 5000, run.out.constData());
}

void TstFaultClock::jumpsCauseNoUpdateStorm()
{
    QCOMPARE(once(0).exitCode, 0);
    QCOMPARE(updates(), 3);
    // Forward by a year: past the 25-day force interval, each record is confirmed once, then rests.
    QCOMPARE(once(kYear).exitCode, 0);
    QCOMPARE(updates(), 6);
    QCOMPARE(once(kYear + 60).exitCode, 0);
    QCOMPARE(updates(), 6);
    // Back to the true time, and further back: what was published "in the future" is not re-sent.
    for (const qint64 offset : {qint64(0), -kYear, -2 * kYear, qint64(0)}) { // (the test certificates start in 2020)
        const ProcessRun run = once(offset);
        QVERIFY2(run.exitCode == 0, run.out + run.err);
        QCOMPARE(updates(), 6);
        for (const QJsonValue &v : run.results())
            QCOMPARE(v.toObject().value("result").toString(), QStringLiteral("unchanged"));
    }
    // A real change is still published at once, whatever the clock says.
    m_echo->setReply({200, "81.2.69.161\n"});
    QCOMPARE(once(-kYear).exitCode, 0);
    QCOMPARE(updates(), 9);
}

void TstFaultClock::backoffSurvivesAJumpBack()
{
    m_provider->setReply({500, "down"});
    QCOMPARE(once(0).exitCode, 1);
    QCOMPARE(updates(), 3);
    const qint64 wait = backoffSeconds(stateRecords(m_dir->filePath("state")).at(0));
    QVERIFY2(wait >= 60 && wait <= 72, qPrintable(QString::number(wait)));

    // Forward by less than the backoff: still waiting; then the clock goes back by a year.
    QCOMPARE(once(30).exitCode, 1);
    QCOMPARE(updates(), 3);
    // A retry time a year ahead can only come from a clock that went back: the records are not
    // parked for that year; they are tried once more, and back off again from the new time.
    QCOMPARE(once(-kYear).exitCode, 1);
    QCOMPARE(updates(), 6);
    for (const QJsonObject &record : stateRecords(m_dir->filePath("state"))) {
        const qint64 again = backoffSeconds(record);
        QVERIFY2(again >= 120 && again <= 144, qPrintable(QString::number(again)));
    }
    QCOMPARE(once(-kYear + 30).exitCode, 1);
    QCOMPARE(updates(), 6);
    m_provider->setHandler([](const RecordedRequest &r) { return FakeReply{200, dyndns2GoodPerHost(r)}; });
    QCOMPARE(once(-kYear + 150).exitCode, 0);
    QCOMPARE(updates(), 9);
}

void TstFaultClock::holdSurvivesJumps()
{
    m_provider->setReply({200, "badauth"});
    QCOMPARE(once(0).exitCode, 1);
    QCOMPARE(updates(), 3);
    for (const qint64 offset : {kYear, -kYear, 10 * kYear, qint64(0)}) {
        QCOMPARE(once(offset).exitCode, 1);
        QCOMPARE(updates(), 3);
    }
}

QTEST_GUILESS_MAIN(TstFaultClock)
#include "tst_faultclock.moc"
