#pragma once

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace Qddns::Test {

/// \brief Runs the real qddns-agent binary while the test's event loop keeps serving the
/// in-process fake servers (a blocking wait would starve them).
struct AgentRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    QJsonArray results() const { return QJsonDocument::fromJson(out).object().value(QStringLiteral("results")).toArray(); }
};

inline AgentRun runAgent(const QStringList &args, const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment(),
                         const QByteArray &input = {}, int timeoutMs = 30000)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(QDDNS_AGENT_BINARY), args);
    AgentRun run;
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

} // namespace Qddns::Test
