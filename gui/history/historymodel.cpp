#include "history/historymodel.h"

#include "ipc/protocol.h"
#include "core/logging.h"

#include <QJsonObject>
#include <QLocale>

#include <algorithm>

namespace Qddns::Gui {

namespace {

constexpr qint64 HourMs = 3600 * 1000;
constexpr qint64 DayMs = 24 * HourMs;

std::optional<Family> parseFamily(const QString &text)
{
    if (text == familyName(Family::IPv4))
        return Family::IPv4;
    if (text == familyName(Family::IPv6))
        return Family::IPv6;
    return std::nullopt;
}

} // namespace

HistoryModel::HistoryModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void HistoryModel::setEntries(const QJsonArray &entries, const QDateTime &now)
{
    beginResetModel();
    m_now = now.toUTC();
    m_entries.clear();
    m_entries.reserve(entries.size());
    for (const QJsonValue &value : entries) {
        const QJsonObject o = value.toObject();
        HistoryEntry e;
        e.time = QDateTime::fromString(o.value(Ipc::Field::Time).toString(), Qt::ISODateWithMs).toUTC();
        const std::optional<Family> family = parseFamily(o.value(Ipc::Field::Family).toString());
        e.oldAddress = o.value(Ipc::Field::Old).toString();
        e.newAddress = o.value(Ipc::Field::New).toString();
        e.detector = o.value(Ipc::Field::Detector).toString();
        if (!e.time.isValid() || !family || e.newAddress.isEmpty()) {
            qCWarning(lcGui) << "history: skipping unreadable entry" << o;
            continue;
        }
        e.family = *family;
        m_entries.append(e);
    }
    // The agent sends oldest first; a stable sort keeps its order for equal times anyway.
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const HistoryEntry &a, const HistoryEntry &b) { return a.time < b.time; });
    m_v4 = build(m_entries, Family::IPv4, m_now);
    m_v6 = build(m_entries, Family::IPv6, m_now);
    endResetModel();
}

FamilyHistory HistoryModel::build(const QList<HistoryEntry> &entries, Family family, const QDateTime &now)
{
    FamilyHistory h;
    for (const HistoryEntry &e : entries) {
        if (e.family != family)
            continue;
        if (!h.segments.isEmpty()) {
            HistorySegment &previous = h.segments.last();
            previous.end = e.time;
            // A repeated report of the same address (agent restart) is no change.
            if (previous.address == e.newAddress)
                continue;
        }
        HistorySegment s;
        s.family = family;
        s.index = int(h.segments.size());
        s.address = e.newAddress;
        s.start = e.time;
        s.detector = e.detector;
        // The journal is bounded: its oldest entry may itself be a change.
        s.startIsChange = !e.oldAddress.isEmpty();
        if (s.startIsChange)
            h.changePoints.append(e.time);
        h.segments.append(s);
    }
    if (!h.segments.isEmpty()) {
        HistorySegment &last = h.segments.last();
        last.current = true;
        // A clock that went backwards must not give a negative segment.
        last.end = std::max(now.isValid() ? now : last.start, last.start);
    }
    if (h.changePoints.size() >= 2)
        h.meanChangeIntervalMs = h.changePoints.first().msecsTo(h.changePoints.last()) / (h.changePoints.size() - 1);
    return h;
}

QDateTime HistoryModel::firstTime() const
{
    return m_entries.isEmpty() ? QDateTime() : m_entries.first().time;
}

std::optional<HistorySegment> HistoryModel::segmentAt(Family f, const QDateTime &time) const
{
    const QList<HistorySegment> &list = segments(f);
    for (const HistorySegment &s : list) {
        if (s.start <= time && (time < s.end || (s.current && time == s.end)))
            return s;
    }
    return std::nullopt;
}

QString HistoryModel::familyLabel(Family family)
{
    return family == Family::IPv4 ? tr("IPv4") : tr("IPv6");
}

QString HistoryModel::timeText(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString HistoryModel::durationText(qint64 ms)
{
    const QLocale locale;
    if (ms < HourMs)
        return tr("%n minute(s)", nullptr, int(ms / 60000));
    if (ms < 2 * DayMs)
        return tr("%1 hours").arg(locale.toString(double(ms) / HourMs, 'f', 1));
    return tr("%1 days").arg(locale.toString(double(ms) / DayMs, 'f', 1));
}

QString HistoryModel::summary(Family f) const
{
    const FamilyHistory &h = family(f);
    const QString label = familyLabel(f);
    if (h.segments.isEmpty())
        return tr("No public %1 address recorded yet.").arg(label);
    if (h.changeCount() == 0)
        return tr("No change of your public %1 address recorded yet.").arg(label);
    if (!h.meanChangeIntervalMs)
        return tr("Your ISP changed your public %1 address %n time(s).", nullptr, h.changeCount()).arg(label);
    return tr("Your ISP changed your public %1 address %n time(s); on average every %2.", nullptr, h.changeCount())
        .arg(label, durationText(*h.meanChangeIntervalMs));
}

QString HistoryModel::segmentDescription(const HistorySegment &s)
{
    const QString period = s.current
        ? tr("since %1 (%2 so far)").arg(timeText(s.start), durationText(s.durationMs()))
        : tr("from %1 to %2 (%3)").arg(timeText(s.start), timeText(s.end), durationText(s.durationMs()));
    return tr("%1 address %2\n%3").arg(familyLabel(s.family), s.address, period);
}

int HistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int HistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant HistoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    // Newest first: the latest change is what a user looks for.
    const HistoryEntry &e = m_entries.at(m_entries.size() - 1 - index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case TimeColumn:
            return timeText(e.time);
        case FamilyColumn:
            return familyLabel(e.family);
        case AddressColumn:
            return e.newAddress;
        case PreviousColumn:
            return e.oldAddress.isEmpty() ? tr("(first seen)") : e.oldAddress;
        case DetectorColumn:
            return e.detector;
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TimeColumn)
        return QLocale().toString(e.time.toLocalTime(), QLocale::LongFormat);
    return {};
}

QVariant HistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case TimeColumn:
        return tr("Time");
    case FamilyColumn:
        return tr("Family");
    case AddressColumn:
        return tr("New address");
    case PreviousColumn:
        return tr("Previous address");
    case DetectorColumn:
        return tr("Detected by");
    default:
        return {};
    }
}

} // namespace Qddns::Gui
