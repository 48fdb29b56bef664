#include "state/history.h"
#include "core/atomicfile.h"

#include "config/configstore.h"
#include "core/logging.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace Qddns {

namespace {
QByteArray toLine(const HistoryEntry &e)
{
    const QJsonObject o{{QStringLiteral("time"), e.time.toUTC().toString(Qt::ISODateWithMs)},
                        {QStringLiteral("family"), familyName(e.family)},
                        {QStringLiteral("old"), e.oldAddress},
                        {QStringLiteral("new"), e.newAddress},
                        {QStringLiteral("detector"), e.detector}};
    return QJsonDocument(o).toJson(QJsonDocument::Compact) + '\n';
}

std::optional<HistoryEntry> fromLine(const QByteArray &line)
{
    const QJsonObject o = QJsonDocument::fromJson(line).object();
    HistoryEntry e;
    e.time = QDateTime::fromString(o.value(QStringLiteral("time")).toString(), Qt::ISODateWithMs);
    const QString family = o.value(QStringLiteral("family")).toString();
    if (!e.time.isValid() || (family != QLatin1String("ipv4") && family != QLatin1String("ipv6")))
        return std::nullopt; // a torn last line after a crash is skipped, not fatal
    e.family = family == QLatin1String("ipv4") ? Family::IPv4 : Family::IPv6;
    e.oldAddress = o.value(QStringLiteral("old")).toString();
    e.newAddress = o.value(QStringLiteral("new")).toString();
    e.detector = o.value(QStringLiteral("detector")).toString();
    return e;
}
} // namespace

IpHistory::IpHistory(const QString &directory, int maxEntries)
    : m_path(directory + QStringLiteral("/history.jsonl")), m_maxEntries(std::max(1, maxEntries))
{
}

bool IpHistory::append(const HistoryEntry &entry)
{
    if (m_lines < 0) {
        QFile file(m_path);
        m_lines = 0;
        if (file.open(QIODevice::ReadOnly)) {
            while (!file.atEnd())
                m_lines += file.readLine().endsWith('\n') ? 1 : 0;
        }
    }
    // Compact with some slack so the rewrite happens once per ~10 % of the bound, not per append.
    if (m_lines + 1 > m_maxEntries + m_maxEntries / 10) {
        QList<HistoryEntry> entries = read();
        entries.append(entry);
        entries = entries.mid(entries.size() - std::min<qsizetype>(entries.size(), m_maxEntries));
        QByteArray data;
        for (const HistoryEntry &e : std::as_const(entries))
            data += toLine(e);
        const auto written = writeFileAtomically(m_path, data);
        if (!written) {
            qCWarning(lcState).noquote() << "cannot compact the IP history:" << written.error();
            return false;
        }
        m_lines = int(entries.size());
        return true;
    }
    const QString dir = QFileInfo(m_path).absolutePath();
    if (!QFileInfo::exists(dir)) {
        QDir().mkpath(dir);
        QFile::setPermissions(dir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }
    QFile file(m_path);
    if (!file.open(QIODevice::ReadWrite | QIODevice::Append | QIODevice::Unbuffered)) {
        qCWarning(lcState).noquote() << "cannot append to the IP history" << m_path + QStringLiteral(":") << file.errorString();
        return false;
    }
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray line = toLine(entry);
    // After a crash mid-write the file may end in a torn line: start ours on a line of its own.
    if (file.size() > 0 && file.seek(file.size() - 1) && file.peek(1) != "\n")
        line.prepend('\n');
    // One write of a short line with O_APPEND: a crash leaves at worst a torn last line, skipped on read.
    // Unbuffered, so a full disk is reported here and not lost in close(); after a short write,
    // writing the rest is what makes the system say why (ENOSPC).
    qint64 written = file.write(line);
    if (written >= 0 && written < line.size()) {
        const qint64 rest = file.write(line.mid(written));
        written = rest < 0 ? rest : written + rest;
    }
    if (written != line.size()) {
        qCWarning(lcState).noquote() << "cannot append to the IP history" << m_path + QStringLiteral(":") << file.errorString();
        return false;
    }
    ++m_lines;
    return true;
}

QList<HistoryEntry> IpHistory::read(const QDateTime &since, const QDateTime &until) const
{
    QList<HistoryEntry> entries;
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    while (!file.atEnd()) {
        if (const auto e = fromLine(file.readLine()))
            entries.append(*e);
    }
    // The file keeps compaction slack past the bound; what is read never does.
    if (entries.size() > m_maxEntries)
        entries.remove(0, entries.size() - m_maxEntries);
    entries.removeIf([&since, &until](const HistoryEntry &e) {
        return (since.isValid() && e.time < since) || (until.isValid() && e.time >= until);
    });
    return entries;
}

} // namespace Qddns
