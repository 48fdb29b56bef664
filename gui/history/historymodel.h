#pragma once

#include "core/addressrules.h"
#include "state/history.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonArray>
#include <QList>

#include <optional>

namespace Qddns::Gui {

// A time span during which the public address of one family was `address`.
struct HistorySegment
{
    Family family = Family::IPv4;
    int index = -1;       // position in the family's segment list (stable across zoom levels)
    QString address;
    QDateTime start;      // UTC
    QDateTime end;        // UTC, exclusive; the family's last segment ends at the model's `now`
    QString detector;
    bool startIsChange = false; // false when `start` is the first address ever seen
    bool current = false;       // the family's last segment: the address still in use at `now`

    qint64 durationMs() const { return start.msecsTo(end); }
    bool operator==(const HistorySegment &) const = default;
};

// Per-family view of the agent's `history` reply.
struct FamilyHistory
{
    QList<HistorySegment> segments; // oldest first, contiguous
    QList<QDateTime> changePoints;  // times at which the address changed (old was non-empty)
    // Mean time between consecutive change points; empty with fewer than two changes.
    std::optional<qint64> meanChangeIntervalMs;

    int changeCount() const { return int(changePoints.size()); }
};

// The IP history: the table of entries (newest first, for a list view) plus the segments,
// change points and statistics per family that the timeline and the summary show.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TimeColumn, FamilyColumn, AddressColumn, PreviousColumn, DetectorColumn, ColumnCount };

    explicit HistoryModel(QObject *parent = nullptr);

    // `entries` as in the agent's `history` reply (oldest first; order is not relied upon).
    // Entries with an unreadable time, family or address are skipped and logged.
    void setEntries(const QJsonArray &entries, const QDateTime &now);

    QDateTime now() const { return m_now; }
    bool isEmpty() const { return m_entries.isEmpty(); }
    // Time of the earliest entry of any family; invalid when empty.
    QDateTime firstTime() const;
    const QList<HistoryEntry> &entries() const { return m_entries; } // oldest first

    const FamilyHistory &family(Family family) const { return family == Family::IPv4 ? m_v4 : m_v6; }
    const QList<HistorySegment> &segments(Family f) const { return family(f).segments; }
    const QList<QDateTime> &changePoints(Family f) const { return family(f).changePoints; }
    int changeCount(Family f) const { return family(f).changeCount(); }
    std::optional<qint64> meanChangeIntervalMs(Family f) const { return family(f).meanChangeIntervalMs; }
    // The segment of `family` that contains `time` (start <= time < end, or time == now for the
    // current one).
    std::optional<HistorySegment> segmentAt(Family family, const QDateTime &time) const;

    // "Your ISP changed your public IPv4 address 7 times; on average every 9.3 days."
    QString summary(Family family) const;
    // Address, from/to times and duration of a segment, for tooltips.
    static QString segmentDescription(const HistorySegment &segment);
    // "45 minutes" below an hour, "5.5 hours" below two days, else "9.3 days".
    static QString durationText(qint64 ms);
    static QString familyLabel(Family family); // "IPv4" / "IPv6"
    static QString timeText(const QDateTime &time); // local time, short locale format

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    static FamilyHistory build(const QList<HistoryEntry> &entries, Family family, const QDateTime &now);

    QList<HistoryEntry> m_entries; // oldest first
    FamilyHistory m_v4;
    FamilyHistory m_v6;
    QDateTime m_now;
};

} // namespace Qddns::Gui
