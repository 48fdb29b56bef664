#include "engine/logsink.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QString>

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

const char *levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg: return "debug";
    case QtInfoMsg: return "info";
    case QtWarningMsg: return "warning";
    case QtCriticalMsg: return "error";
    case QtFatalMsg: return "fatal";
    }
    return "info";
}

void handler(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QByteArray category = context.category ? QByteArray(context.category) : QByteArray("default");
    QByteArray line;
    if (g_journal)
        line = '<' + QByteArray::number(priority(type)) + '>' + category + ": " + message.toUtf8() + '\n';
    else
        line = QDateTime::currentDateTimeUtc().toString(Qt::ISODate).toUtf8() + ' ' + levelName(type) + ' ' + category
             + ": " + message.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}
} // namespace

void installLogSink(bool verbose)
{
    g_journal = qEnvironmentVariableIsSet("JOURNAL_STREAM");
    qInstallMessageHandler(handler);
    if (verbose)
        QLoggingCategory::setFilterRules(QStringLiteral("qddns.*.debug=true"));
}

} // namespace Qddns
