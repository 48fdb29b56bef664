#include "detect/detector.h"

#include "core/redact.h"

#include <QProcess>
#include <QTimer>

namespace Qddns {

QProcessEnvironment childEnvironment(const QStringList &withheld)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString &name : withheld)
        env.remove(name);
    // Where systemd puts the unit's credentials: a detector has no business there.
    env.remove(QStringLiteral("CREDENTIALS_DIRECTORY"));
    return env;
}

void runCommandDetector(const DetectorSpec &spec, Family family, QObject *context, AddressCallback done,
                        const QStringList &withheldEnvironment)
{
    auto *process = new QProcess(context);
    process->setProcessEnvironment(childEnvironment(withheldEnvironment));
    process->setProgram(spec.argv.value(0));
    process->setArguments(spec.argv.mid(1));
    process->setStandardInputFile(QProcess::nullDevice());
    auto answered = std::make_shared<bool>(false);
    auto answer = [process, answered, done](const AddressResult &result) {
        if (std::exchange(*answered, true))
            return;
        process->disconnect();
        if (process->state() != QProcess::NotRunning) {
            process->kill();
            process->waitForFinished(1000);
        }
        process->deleteLater();
        done(result);
    };

    QObject::connect(process, &QProcess::errorOccurred, process, [process, answer](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            answer(Unexpected{QStringLiteral("cannot start %1: %2").arg(process->program(), process->errorString())});
    });
    QObject::connect(process, &QProcess::finished, process, [process, answer, family](int code, QProcess::ExitStatus status) {
        if (status != QProcess::NormalExit || code != 0) {
            const QString err = QString::fromLocal8Bit(process->readAllStandardError().left(200)).simplified();
            answer(Unexpected{QStringLiteral("%1 exited with %2%3").arg(process->program())
                                  .arg(status == QProcess::NormalExit ? QStringLiteral("code %1").arg(code) : QStringLiteral("a crash"))
                                  .arg(err.isEmpty() ? QString() : QStringLiteral(": ") + err)});
            return;
        }
        answer(parseSingleAddress(process->readAllStandardOutput().left(4096), family));
    });
    auto *timer = new QTimer(process);
    timer->setSingleShot(true);
    QObject::connect(timer, &QTimer::timeout, process, [answer, spec] {
        answer(Unexpected{QStringLiteral("%1 did not finish within %2 s").arg(spec.argv.value(0)).arg(spec.timeout.count() / 1000.0)});
    });
    timer->start(spec.timeout);
    process->start(QIODevice::ReadOnly);
}

} // namespace Qddns
