// qddns-threadwait: how long QThread::wait(5 s) really waits for a worker that sleeps 1 s, so a
// test can check that a preloaded clock faker (libfaketime) leaves Qt's monotonic waits alone.
// Prints "<returned> <elapsed ms>" and exits 0 when the wait saw the worker finish.
#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QThread>

#include <cstdio>
#include <memory>

int main(int argc, char **argv)
{
    const QCoreApplication app(argc, argv);
    const std::unique_ptr<QThread> worker(QThread::create([] { QThread::msleep(1000); }));
    worker->start();
    QElapsedTimer elapsed;
    elapsed.start();
    const bool finished = worker->wait(QDeadlineTimer(5000));
    std::printf("%d %lld\n", int(finished), static_cast<long long>(elapsed.elapsed()));
    if (!finished)
        worker->wait(); // a thread still running when its QThread is destroyed aborts the program
    return finished ? 0 : 1;
}
