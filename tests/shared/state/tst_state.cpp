#include "config/config.h"
#include "state/state.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Qddns;

namespace {

const QString kSecret = "tok-3f9a1c7e5b2d";

RecordState fullRecord()
{
    RecordState r;
    r.address = "81.2.69.160";
    r.published = QDateTime(QDate(2024, 3, 1), QTime(10, 15, 30, 250), Qt::UTC);
    r.lastResult = "Updated";
    r.message = "good 81.2.69.160: the address was changed";
    r.lastAttempt = QDateTime(QDate(2024, 3, 2), QTime(8, 0, 0, 5), Qt::UTC);
    r.failures = 3;
    r.retryAfter = QDateTime(QDate(2024, 3, 2), QTime(8, 30), Qt::UTC);
    r.hold = "AuthFailed";
    r.fingerprint = "0123456789abcdef0123456789abcdef";
    r.secretFingerprint = "fedcba9876543210fedcba9876543210";
    return r;
}

void compareRecords(const RecordState &actual, const RecordState &expected)
{
    QCOMPARE(actual.address, expected.address);
    QCOMPARE(actual.published, expected.published);
    QCOMPARE(actual.lastResult, expected.lastResult);
    QCOMPARE(actual.message, expected.message);
    QCOMPARE(actual.lastAttempt, expected.lastAttempt);
    QCOMPARE(actual.failures, expected.failures);
    QCOMPARE(actual.retryAfter, expected.retryAfter);
    QCOMPARE(actual.hold, expected.hold);
    QCOMPARE(actual.fingerprint, expected.fingerprint);
    QCOMPARE(actual.secretFingerprint, expected.secretFingerprint);
}

Profile profile(const QString &name, const QStringList &hosts)
{
    Profile p;
    p.name = name;
    p.provider = "duckdns";
    p.hosts = hosts;
    return p;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeAll(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

template<typename T>
QString failure(const Expected<T, QString> &result)
{
    return result ? QString() : result.error();
}

} // namespace

class TstState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void recordRoundTrip_data();
    void recordRoundTrip();
    void emptyRecordWritesNothing();
    void stateRoundTrip();
    void storeSaveLoad();
    void storeHoldsNoSecret();
    void secretFingerprint();
    void loadMissingIsFresh();
    void loadCorrupt_data();
    void loadCorrupt();
    void prune();
};

void TstState::recordRoundTrip_data()
{
    QTest::addColumn<QDateTime>("time");

    QTest::newRow("utc with ms") << QDateTime(QDate(2024, 3, 1), QTime(10, 15, 30, 250), Qt::UTC);
    QTest::newRow("offset +02:00") << QDateTime(QDate(2024, 7, 1), QTime(23, 59, 59, 999), Qt::OffsetFromUTC, 7200);
    QTest::newRow("local time") << QDateTime(QDate(2025, 1, 31), QTime(0, 0, 1), Qt::LocalTime);
}

void TstState::recordRoundTrip()
{
    QFETCH(QDateTime, time);
    RecordState r = fullRecord();
    r.published = time;
    const QJsonObject json = r.toJson();
    // Times are written in UTC so a file moved across time zones means the same instants.
    QVERIFY2(json.value("published").toString().endsWith('Z'), qPrintable(json.value("published").toString()));
    compareRecords(RecordState::fromJson(json), r);
    // Through text too, as the store does.
    const QJsonObject reparsed = QJsonDocument::fromJson(QJsonDocument(json).toJson()).object();
    compareRecords(RecordState::fromJson(reparsed), r);
}

void TstState::emptyRecordWritesNothing()
{
    QVERIFY(RecordState().toJson().isEmpty());
    const RecordState r = RecordState::fromJson({});
    QVERIFY(r.address.isEmpty());
    QVERIFY(!r.published.isValid());
    QCOMPARE(r.failures, 0);
    QVERIFY(r.hold.isEmpty());
}

void TstState::stateRoundTrip()
{
    State state;
    state.record("home", "home.example.com", RecordType::A) = fullRecord();
    RecordState v6;
    v6.address = "2a02:8070:d18f:5a00::10";
    v6.lastResult = "Unchanged";
    v6.published = QDateTime(QDate(2024, 3, 3), QTime(1, 2, 3), Qt::UTC);
    state.record("home", "home.example.com", RecordType::AAAA) = v6;
    RecordState retry;
    retry.lastResult = "RetryLater";
    retry.failures = 1;
    retry.retryAfter = QDateTime(QDate(2024, 3, 3), QTime(1, 7, 3), Qt::UTC);
    state.record("cf", "www.example.com", RecordType::A) = retry;
    state.family(Family::IPv4) = {"81.2.69.161", "web https://api.ipify.org/",
                                  QDateTime(QDate(2024, 3, 3), QTime(1, 0, 0, 1), Qt::UTC)};
    state.family(Family::IPv6) = {"2a02:8070:d18f:5a00::11", "interface eth0",
                                  QDateTime(QDate(2024, 3, 3), QTime(1, 0, 0, 2), Qt::UTC)};

    const auto loaded = State::fromJson(state.toJson());
    QVERIFY2(loaded, qPrintable(failure(loaded)));
    QCOMPARE(loaded->recordCount(), 3);
    const RecordState *a = loaded->find("home", "home.example.com", RecordType::A);
    QVERIFY(a);
    compareRecords(*a, fullRecord());
    const RecordState *aaaa = loaded->find("home", "home.example.com", RecordType::AAAA);
    QVERIFY(aaaa);
    compareRecords(*aaaa, v6);
    const RecordState *r = loaded->find("cf", "www.example.com", RecordType::A);
    QVERIFY(r);
    compareRecords(*r, retry);
    QCOMPARE(loaded->find("cf", "www.example.com", RecordType::AAAA), nullptr);
    QCOMPARE(loaded->find("home", "www.example.com", RecordType::A), nullptr);

    for (Family f : {Family::IPv4, Family::IPv6}) {
        QCOMPARE(loaded->family(f).address, state.family(f).address);
        QCOMPARE(loaded->family(f).detector, state.family(f).detector);
        QCOMPARE(loaded->family(f).detected, state.family(f).detected);
    }
}

void TstState::storeSaveLoad()
{
    QTemporaryDir dir;
    const StateStore store(dir.filePath("qddns"));
    QCOMPARE(store.path(), dir.filePath("qddns") + "/state.json");

    State state;
    state.record("home", "home.example.com", RecordType::A) = fullRecord();
    state.family(Family::IPv4) = {"81.2.69.160", "web https://api.ipify.org/",
                                  QDateTime(QDate(2024, 3, 3), QTime(1, 0), Qt::UTC)};
    state.family(Family::IPv6) = {"2a02:8070:d18f:5a00::10", "command /usr/bin/upnpc",
                                  QDateTime(QDate(2024, 3, 3), QTime(1, 1), Qt::UTC)};
    const auto saved = store.save(state);
    QVERIFY2(saved, qPrintable(failure(saved)));
#ifdef Q_OS_UNIX
    constexpr auto all = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner
        | QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ExeGroup | QFileDevice::ReadOther
        | QFileDevice::WriteOther | QFileDevice::ExeOther;
    QCOMPARE(QFile::permissions(store.path()) & all, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QCOMPARE(QFile::permissions(store.directory()) & all,
             QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
#endif

    const auto loaded = StateStore(dir.filePath("qddns")).load();
    QVERIFY2(loaded, qPrintable(failure(loaded)));
    QCOMPARE(loaded->recordCount(), 1);
    compareRecords(*loaded->find("home", "home.example.com", RecordType::A), fullRecord());
    QCOMPARE(loaded->family(Family::IPv4).address, "81.2.69.160");
    QCOMPARE(loaded->family(Family::IPv4).detector, "web https://api.ipify.org/");
    QCOMPARE(loaded->family(Family::IPv6).address, "2a02:8070:d18f:5a00::10");
    QCOMPARE(loaded->family(Family::IPv6).detector, "command /usr/bin/upnpc");
    QCOMPARE(loaded->family(Family::IPv6).detected, QDateTime(QDate(2024, 3, 3), QTime(1, 1), Qt::UTC));

    // Saving again replaces the file.
    State next = *loaded;
    next.record("home", "home.example.com", RecordType::A).failures = 7;
    QVERIFY(store.save(next));
    QCOMPARE(store.load()->find("home", "home.example.com", RecordType::A)->failures, 7);
}

void TstState::storeHoldsNoSecret()
{
    QTemporaryDir dir;
    const StateStore store(dir.path());
    State state;
    const QByteArray fp = state.secretFingerprint(kSecret);
    RecordState &r = state.record("home", "home.example.com", RecordType::A);
    r.hold = "AuthFailed";
    r.secretFingerprint = fp;
    QVERIFY(store.save(state));

    const QByteArray file = readAll(store.path());
    QVERIFY(file.contains(fp));
    QVERIFY(!file.contains(kSecret.toUtf8()));
    QVERIFY(!file.contains(kSecret.toUtf8().toBase64()));
    QVERIFY(!file.contains(kSecret.toUtf8().toHex()));

    // Same salt after a restart: the same secret gives the same fingerprint, so a hold for a
    // refused secret survives; another secret gives another one and lifts it.
    const auto loaded = store.load();
    QVERIFY2(loaded, qPrintable(failure(loaded)));
    QCOMPARE(loaded->secretFingerprint(kSecret), fp);
    QCOMPARE(loaded->find("home", "home.example.com", RecordType::A)->secretFingerprint, fp);
    QVERIFY(loaded->secretFingerprint(kSecret + "x") != fp);
}

void TstState::secretFingerprint()
{
    const State a;
    const State b;
    const QByteArray fa = a.secretFingerprint(kSecret);
    QCOMPARE(fa.size(), 32);
    QVERIFY(!fa.contains(kSecret.toUtf8()));
    QCOMPARE(a.secretFingerprint(kSecret), fa);
    QVERIFY(a.secretFingerprint("other-secret") != fa);
    QVERIFY(a.secretFingerprint(QString()) != fa);
    // Random salt per state: two installations never share fingerprints of the same secret.
    QVERIFY(b.secretFingerprint(kSecret) != fa);
}

void TstState::loadMissingIsFresh()
{
    QTemporaryDir dir;
    const StateStore store(dir.filePath("never-created"));
    const auto loaded = store.load();
    QVERIFY2(loaded, qPrintable(failure(loaded)));
    QCOMPARE(loaded->recordCount(), 0);
    QVERIFY(loaded->family(Family::IPv4).address.isEmpty());
    QVERIFY(loaded->family(Family::IPv6).address.isEmpty());
    QCOMPARE(loaded->secretFingerprint(kSecret).size(), 32);
    QVERIFY(!QFile::exists(store.path())); // loading writes nothing
}

void TstState::loadCorrupt_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<QString>("errorPart");

    QTest::newRow("garbage") << QByteArray("\x01\x02 not json") << "not a state file";
    QTest::newRow("truncated") << QByteArray("{\"version\": 1, \"records\": {") << "not a state file";
    QTest::newRow("empty file") << QByteArray() << "not a state file";
    QTest::newRow("a list") << QByteArray("[1, 2]") << "not a state file";
    QTest::newRow("version 2") << QByteArray(R"({"version": 2, "records": {}})") << "unsupported state version";
    QTest::newRow("no version") << QByteArray(R"({"records": {}})") << "unsupported state version";
}

void TstState::loadCorrupt()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, errorPart);
    QTemporaryDir dir;
    const StateStore store(dir.path());
    QVERIFY(writeAll(store.path(), content));
    const auto loaded = store.load();
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().startsWith(store.path() + ": "), qPrintable(loaded.error()));
    QVERIFY2(loaded.error().contains(errorPart), qPrintable(loaded.error()));
    QCOMPARE(readAll(store.path()), content); // left alone for the user to look at
}

void TstState::prune()
{
    State state;
    const auto mark = [&state](const QString &p, const QString &h, RecordType t) {
        state.record(p, h, t).address = p + "/" + h;
    };
    mark("home", "a.example.com", RecordType::A);
    mark("home", "a.example.com", RecordType::AAAA);
    mark("home", "b.example.com", RecordType::A);   // host removed from the profile
    mark("gone", "a.example.com", RecordType::A);   // profile removed
    mark("duck", "myhome", RecordType::AAAA);
    mark("duck", "a.example.com", RecordType::A);   // host of another profile
    state.family(Family::IPv4).address = "81.2.69.160";
    QCOMPARE(state.recordCount(), 6);

    Config config;
    config.profiles = {profile("home", {"a.example.com", "c.example.com"}), profile("duck", {"myhome"})};
    state.prune(config);

    QCOMPARE(state.recordCount(), 3);
    QVERIFY(state.find("home", "a.example.com", RecordType::A));
    QCOMPARE(state.find("home", "a.example.com", RecordType::AAAA)->address, "home/a.example.com");
    QVERIFY(state.find("duck", "myhome", RecordType::AAAA));
    QCOMPARE(state.find("home", "b.example.com", RecordType::A), nullptr);
    QCOMPARE(state.find("gone", "a.example.com", RecordType::A), nullptr);
    QCOMPARE(state.find("duck", "a.example.com", RecordType::A), nullptr);
    QCOMPARE(state.find("home", "c.example.com", RecordType::A), nullptr); // prune creates nothing
    QCOMPARE(state.family(Family::IPv4).address, "81.2.69.160");

    state.prune(Config());
    QCOMPARE(state.recordCount(), 0);
    QCOMPARE(state.family(Family::IPv4).address, "81.2.69.160");
}

QTEST_GUILESS_MAIN(TstState)
#include "tst_state.moc"
