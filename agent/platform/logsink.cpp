#include "platform/logsink.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

#include <cstdio>

namespace Qddns {

namespace {
bool g_journal = false;

int priority(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return 7;
    case QtInfoMsg: return 6;
    case QtWarningMsg: return 4;
    case QtCriticalMsg: return 3;
    case QtFatalMsg: return 2;
    }
    return 6;
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category = context.category ? QByteArray(context.category) : QByteArray("default");
    QByteArray line;
    if (g_journal)
        line = '<' + QByteArray::number(priority(type)) + '>' + category + ": " + message.toUtf8() + '\n';
    else
        line = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ' ' + logLevelName(type).toLatin1() + ' '
             + category + ": " + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);

    // A slot of lineAdded that logs would come back here: that line goes to stderr only.
    static thread_local bool inBuffer = false;
    if (inBuffer)
        return;
    inBuffer = true;
    LogBuffer::instance()->append({QDateTime::currentDateTimeUtc(), type, QString::fromUtf8(category), message});
    inBuffer = false;
}
} // namespace

QString logLevelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return QStringLiteral("debug");
    case QtInfoMsg: return QStringLiteral("info");
    case QtWarningMsg: return QStringLiteral("warning");
    case QtCriticalMsg:
    case QtFatalMsg: return QStringLiteral("error");
    }
    return QStringLiteral("info");
}

int logLevelRank(const QString &level)
{
    static const QStringList levels{QStringLiteral("debug"), QStringLiteral("info"), QStringLiteral("warning"), QStringLiteral("error")};
    return int(levels.indexOf(level));
}

LogBuffer *LogBuffer::instance()
{
    // Never destroyed: Qt still logs while static objects are torn down at exit.
    static LogBuffer *const buffer = new LogBuffer;
    return buffer;
}

void LogBuffer::append(const LogLine &line)
{
    {
        QMutexLocker lock(&m_mutex);
        if (m_ring.size() < kCapacity)
            m_ring.append(line);
        else
            m_ring[m_next] = line;
        m_next = (m_next + 1) % kCapacity;
    }
    if (QThread::currentThread() == thread())
        Q_EMIT lineAdded(line);
    else
        QMetaObject::invokeMethod(this, [this, line] { Q_EMIT lineAdded(line); }, Qt::QueuedConnection);
}

QList<LogLine> LogBuffer::lines(int minimumRank, int limit) const
{
    QMutexLocker lock(&m_mutex);
    QList<LogLine> out;
    const qsizetype n = m_ring.size();
    // Newest first, then reversed: the limit keeps the most recent lines.
    for (qsizetype i = 0; i < n && out.size() < limit; ++i) {
        const LogLine &line = m_ring.at((m_next - 1 - i + n) % n); // m_next == n until the ring is full
        if (logLevelRank(line.type) >= minimumRank)
            out.append(line);
    }
    std::reverse(out.begin(), out.end());
    return out;
}

void installLogSink(bool verbose)
{
    g_journal = qEnvironmentVariableIsSet("JOURNAL_STREAM");
    qInstallMessageHandler(handler);
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("qddns.*.debug=true"));
}

} // namespace Qddns
