#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace Qddns::Test {

/// \brief Whether this build runs under AddressSanitizer (scripts/check-asan): its programs keep
/// freed memory in quarantine and map shadow memory, so bounds on a process's resident memory
/// mean nothing there (every other assertion still holds).
#if defined(__SANITIZE_ADDRESS__)
inline constexpr bool kAddressSanitizer = true;
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
inline constexpr bool kAddressSanitizer = true;
#else
inline constexpr bool kAddressSanitizer = false;
#endif
#else
inline constexpr bool kAddressSanitizer = false;
#endif

/// \brief What a program run by a test printed and how it ended (exitCode -1: crashed or hung).
struct ProcessRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonArray results() const { return QJsonDocument::fromJson(out).object().value(QStringLiteral("results")).toArray(); }
};

/// \brief Runs \a program while the test's event loop keeps serving the in-process fake
/// servers (a blocking wait would starve them).
inline ProcessRun runProgram(const QString &program, const QStringList &args,
                             const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                             const QByteArray &input = {}, int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, args);
    ProcessRun run;
    if (!process.waitForStarted(10000))
        return run;
    if (!input.isEmpty())
        process.write(input);
    process.closeWriteChannel();
    QDeadlineTimer deadline(timeoutMs);
    while (process.state() != QProcess::NotRunning && !deadline.hasExpired())
        QTest::qWait(10);
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

/// \brief Runs the qddns-agent binary of this build.
inline ProcessRun runAgent(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                           const QByteArray &input = {}, int timeoutMs = 30000)
{
    return runProgram(QStringLiteral(QDDNS_AGENT_BINARY), args, env, input, timeoutMs);
}

} // namespace Qddns::Test
