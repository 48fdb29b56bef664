#pragma once

// Helpers of the fault-injection tests (tests/agent/tst_fault*.cpp): a real qddns-agent process
// whose wall clock is moved with libfaketime, and what it left in its state directory.

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QProcessEnvironment>
#include <QString>

namespace Qddns::Test {

/// \brief libfaketime's preload library (Debian's faketime package); empty when not installed.
inline QString fakeTimeLibrary()
{
    for (const char *path : {"/usr/lib/x86_64-linux-gnu/faketime/libfaketime.so.1",
                             "/usr/lib/aarch64-linux-gnu/faketime/libfaketime.so.1",
                             "/usr/lib/faketime/libfaketime.so.1"}) {
        if (QFile::exists(QString::fromLatin1(path)))
            return QString::fromLatin1(path);
    }
    return {};
}

/// \brief The environment of an agent whose wall clock (CLOCK_REALTIME) runs \a seconds ahead
/// (behind, when negative) of the real one, as after an NTP step or a user setting the clock.
/// The monotonic and boot clocks stay true: a clock jump does not move them.
inline QProcessEnvironment shiftedClock(qint64 seconds,
                                        QProcessEnvironment env = QProcessEnvironment::systemEnvironment())
{
    env.insert(QStringLiteral("LD_PRELOAD"), fakeTimeLibrary());
    env.insert(QStringLiteral("FAKETIME"),
               (seconds < 0 ? QStringLiteral("-") : QStringLiteral("+")) + QString::number(qAbs(seconds)) + QLatin1Char('s'));
    env.insert(QStringLiteral("FAKETIME_DONT_FAKE_MONOTONIC"), QStringLiteral("1"));
    env.insert(QStringLiteral("FAKETIME_DONT_RESET"), QStringLiteral("1"));
    // libfaketime 0.9.10 on glibc >= 2.30 "fixes" the deadline of every wait on a monotonic
    // condition variable unless told not to, and with the monotonic clock left true that fix
    // makes the wait return at once: QThread::wait(5 s) returned after 0 ms (a 2-s worker; with
    // FAKETIME=+0s too), so every timeout in the agent was cut short. Without the fix the
    // deadline passes through unchanged, as it should when monotonic time is not faked.
    env.insert(QStringLiteral("FAKETIME_FORCE_MONOTONIC_FIX"), QStringLiteral("0"));
    // Under scripts/check-asan: libfaketime is preloaded ahead of the ASan runtime, which would
    // refuse to start. With Qt's waits intact the leak scan at exit stays on here too.
    const QString asan = env.value(QStringLiteral("ASAN_OPTIONS"));
    if (!asan.isEmpty())
        env.insert(QStringLiteral("ASAN_OPTIONS"), asan + QStringLiteral(":verify_asan_link_order=0"));
    return env;
}

/// \brief The JSON object in \a path; an empty object when missing or not valid JSON (\a ok says which).
inline QJsonObject readJsonObject(const QString &path, bool *ok = nullptr)
{
    QFile file(path);
    QJsonParseError error{};
    const QJsonDocument doc = file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll(), &error) : QJsonDocument();
    if (ok)
        *ok = doc.isObject();
    return doc.object();
}

/// \brief The records of \a stateDir/state.json (each with its address, lastAttempt, retryAfter...).
inline QList<QJsonObject> stateRecords(const QString &stateDir)
{
    QList<QJsonObject> list;
    const QJsonObject records = readJsonObject(QDir(stateDir).filePath(QStringLiteral("state.json")))
                                    .value(QStringLiteral("records")).toObject();
    for (auto it = records.begin(); it != records.end(); ++it)
        list.append(it.value().toObject());
    return list;
}

/// \brief Seconds from a record's last attempt to its next allowed one (-1 when it has none).
inline qint64 backoffSeconds(const QJsonObject &record)
{
    const QDateTime last = QDateTime::fromString(record.value(QStringLiteral("lastAttempt")).toString(), Qt::ISODateWithMs);
    const QDateTime next = QDateTime::fromString(record.value(QStringLiteral("retryAfter")).toString(), Qt::ISODateWithMs);
    return last.isValid() && next.isValid() ? last.secsTo(next) : -1;
}

} // namespace Qddns::Test
