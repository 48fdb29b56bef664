#pragma once

#include "portcheck/portcheck.h"

#include <QObject>
#include <QPointer>

#include <deque>
#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace Qddns::Gui {

/// Runs a port check asynchronously: per TCP port a connect to the local address (is something
/// listening?), a connect to each detected public address and the optional external probe; once per
/// check a lookup of the host name and the WAN flags. Loopback works like any other address: the
/// checker is a mechanism, the advice rules judge the addresses.
class PortChecker : public QObject
{
    Q_OBJECT
public:
    /// \a nam is used for the external probe; without one the checker makes its own.
    explicit PortChecker(QNetworkAccessManager *nam = nullptr, QObject *parent = nullptr);
    ~PortChecker() override;

    /// Starts a check; a running one is dropped silently. Results arrive through the signals and report().
    void start(const PortCheckRequest &request);
    /// Stops a running check: what is still open becomes Skipped, then finished() is emitted.
    void cancel();
    bool isRunning() const { return m_report.running; }
    const PortCheckReport &report() const { return m_report; }

    static constexpr int kMaxParallel = 8;

Q_SIGNALS:
    void progress(int done, int total);
    void nameChecked();
    void portUpdated(int row);
    void finished();

private:
    using Job = std::function<void()>;
    void stop();
    void pump();
    void jobDone(quint64 generation);
    void finish();
    void updateRow(int row);
    void lookUpName();
    void probe(int row, const QUrl &url);
    void connectTo(const QHostAddress &address, int port, std::function<void(const ConnectCheck &)> done);
    bool isCurrent(quint64 generation) const { return generation == m_generation; }

    QNetworkAccessManager *m_nam;
    PortCheckRequest m_request;
    PortCheckReport m_report;
    QObject *m_run = nullptr; ///< parent of this run's sockets and timers; dropped with the run
    QList<QPointer<QNetworkReply>> m_replies;
    std::deque<Job> m_queue;
    quint64 m_generation = 0; ///< callbacks of an earlier run compare and drop out
    int m_active = 0;
    int m_done = 0;
    int m_total = 0;
    int m_lookupId = -1;
};

} // namespace Qddns::Gui
