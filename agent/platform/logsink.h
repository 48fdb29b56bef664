#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <QString>

namespace Qddns {

/// \brief One log message as the agent keeps it for `logs` and `log` events.
struct LogLine
{
    QDateTime time;
    QtMsgType type = QtInfoMsg;
    QString category;
    QString message;
};

/// \brief "debug", "info", "warning" or "error" (critical and fatal are errors).
QString logLevelName(QtMsgType type);
/// \brief Severity rank for level filters: debug 0, info 1, warning 2, error 3; -1 when unknown.
int logLevelRank(const QString &level);
inline int logLevelRank(QtMsgType type) { return logLevelRank(logLevelName(type)); }

/// \brief The recent log lines, in a ring ("Generate log" in the tray app), and a signal per line.
class LogBuffer : public QObject
{
    Q_OBJECT
public:
    static constexpr int kCapacity = 2000;
    static LogBuffer *instance();

    void append(const LogLine &line);
    /// \brief The newest \a limit lines at \a minimumRank or above, oldest first.
    QList<LogLine> lines(int minimumRank, int limit) const;

Q_SIGNALS:
    /// \brief Emitted in the buffer's thread, also for lines logged by other threads.
    void lineAdded(const Qddns::LogLine &line);

private:
    mutable QMutex m_mutex;
    QList<LogLine> m_ring;
    qsizetype m_next = 0;
};

/// \brief Installs the agent's message handler: one line per message on stderr, prefixed
/// with a syslog priority (<6>) when stderr is the journal (JOURNAL_STREAM), with a UTC
/// timestamp otherwise; every line also goes to the LogBuffer. \a verbose enables debug
/// output of every qddns category.
void installLogSink(bool verbose);

} // namespace Qddns
